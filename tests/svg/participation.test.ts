import type { ComponentProps } from 'svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import GroupedBars from '$lib/charts/GroupedBars.svelte';
import { palette } from '$lib/charts/palette';
import type { ParticipationRow } from '$lib/catalog';
import { createFormatters, locales, type Lang } from '$lib/i18n';
import { messagesFor } from '$lib/i18n/catalog';
import { chartRows } from './data';
import { renderSvg } from './render';

// Every award year of the committed data, as the participation chart's query returns it.
let rows: ParticipationRow[] = [];
beforeAll(async () => {
	rows = await chartRows<ParticipationRow>('participation');
}, 60_000);
const measures = ['candidates', 'administrations', 'prizes', 'winning_institutions'] as const;

type Extra = Partial<
	Pick<ComponentProps<typeof GroupedBars<ParticipationRow>>, 'groupNote' | 'selected' | 'onselect'>
>;

function participationSvg(lang: Lang, extra: Extra = {}): string {
	const messages = messagesFor(lang);
	const format = createFormatters(lang);
	return renderSvg(GroupedBars<ParticipationRow>, {
		rows,
		dir: locales[lang].dir,
		title: messages.participation.title,
		description: 'committed data',
		series: measures.map((key, index) => ({
			key,
			label: messages.participation.series[key],
			color: palette[index],
			value: (row: ParticipationRow) => row[key]
		})),
		group: (row: ParticipationRow) => String(row.year),
		groupLabel: (row: ParticipationRow) => format.year(row.year),
		isGap: (row: ParticipationRow) => row.edition === null,
		labels: { notReported: messages.chart.notReported, gap: messages.chart.noEdition },
		formatNumber: format.number,
		...extra
	});
}

describe('participation chart SVG', () => {
	it.each(['en', 'ar'] as const)('%s snapshot', async (lang) => {
		const svg = participationSvg(lang);
		await expect(svg).toMatchFileSnapshot(`./__snapshots__/participation-${locales[lang].dir}.svg`);
	});

	it('is an accessible image with a title and description', () => {
		const svg = participationSvg('fr');
		expect(svg).toMatch(/role="img"/);
		expect(svg).toMatch(/<title id="[^"]+-title">Participation par édition<\/title>/);
		expect(svg).toMatch(/<desc id="[^"]+-desc">committed data<\/desc>/);
	});

	it('draws not-reported values as hatched placeholders and gaps as labelled, never as bars', () => {
		const svg = participationSvg('en');
		const values = rows
			.filter((row) => row.edition !== null)
			.flatMap((row) => measures.map((key) => row[key]));
		const gaps = rows.filter((row) => row.edition === null);
		// The data has both kinds, and years with no edition (2009, 2013, 2020).
		expect(values.filter((value) => value === null).length).toBeGreaterThan(0);
		expect(gaps.length).toBeGreaterThan(0);
		expect(svg.match(/class="not-reported"/g)).toHaveLength(values.filter((value) => value === null).length);
		expect(svg.match(/class="bar"/g)).toHaveLength(values.filter((value) => value !== null).length);
		expect(svg).toContain('>no edition</text>');
		for (const gap of gaps) expect(svg).not.toMatch(new RegExp(`data-group="${gap.year}"`));
	});

	it('mirrors in Arabic: value axis on the right, the first year on the right', () => {
		const ltr = participationSvg('en');
		const rtl = participationSvg('ar');
		const firstYearX = (svg: string) => Number(svg.match(/<text class="group-label" x="([\d.]+)"/)![1]);
		expect(firstYearX(rtl)).toBeGreaterThan(firstYearX(ltr));
		const axisLabelX = (svg: string) => Number(svg.match(/<g class="y-axis"[^>]*>.*?<text x="([\d.]+)"/)![1]);
		expect(axisLabelX(ltr)).toBeLessThan(100);
		expect(axisLabelX(rtl)).toBeGreaterThan(620);
	});
});

describe('participation chart keyboard data cursor', () => {
	/** Interactive, with a note under the 2019 edition (the one with both participation counts). */
	const liveSvg = (lang: Lang, selected?: string) =>
		participationSvg(lang, {
			groupNote: (row) => (row.year === 2019 ? '⚠ sources disagree' : ''),
			selected,
			onselect: () => {}
		});

	it('is a group of buttons in one roving tab stop, each announcing its value', () => {
		const svg = liveSvg('en');
		const marks = rows.filter((row) => row.edition !== null).length * measures.length;
		expect(svg).toMatch(/role="group"/);
		// One button per edition and measure, reported or not; a year with no edition has none.
		expect(svg.match(/role="button"/g)).toHaveLength(marks);
		expect(svg.match(/tabindex="0"/g)).toHaveLength(1);
		expect(svg.match(/tabindex="-1"/g)).toHaveLength(marks - 1);
		// 2010 reports 9 candidate services (MAP); 2005 reports none.
		expect(svg).toContain('aria-label="2010 · Candidate services: 9"');
		expect(svg).toContain('aria-label="2005 · Candidate services: not reported"');
		// The group's note (here a conflict flag) is part of every bar's name in that year.
		expect(svg).toContain('aria-label="2019 (⚠ sources disagree) · Candidate services: 35"');
	});

	it('marks the bars of the selected year as pressed', () => {
		const svg = liveSvg('en', '2010');
		expect(svg.match(/aria-pressed="true"/g)).toHaveLength(measures.length);
		expect(svg.match(/data-group="2010"[^>]*aria-pressed="true"/g)).toHaveLength(measures.length);
	});

	it('stays a static image with no tab stop when not interactive', () => {
		const svg = participationSvg('ar');
		expect(svg).toMatch(/role="img"/);
		expect(svg).not.toMatch(/tabindex|role="button"/);
	});
});
