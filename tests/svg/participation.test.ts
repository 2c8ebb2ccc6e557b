import type { ComponentProps } from 'svelte';
import { describe, expect, it } from 'vitest';
import GroupedBars from '$lib/charts/GroupedBars.svelte';
import { palette } from '$lib/charts/palette';
import type { ParticipationRow } from '$lib/catalog';
import { createFormatters, locales, messagesFor, type Lang } from '$lib/i18n';
import { renderSvg } from './render';

const rows: ParticipationRow[] = [
	{
		year: 2005,
		edition: 1,
		coverage: 'partial',
		candidates: null,
		administrations: null,
		prizes: 2,
		winning_institutions: 2,
		conflicts: null
	},
	{
		year: 2006,
		edition: 2,
		coverage: 'missing',
		candidates: null,
		administrations: null,
		prizes: null,
		winning_institutions: null,
		conflicts: null
	},
	{
		year: 2007,
		edition: null,
		coverage: null,
		candidates: null,
		administrations: null,
		prizes: null,
		winning_institutions: null,
		conflicts: null
	},
	{
		year: 2008,
		edition: 3,
		coverage: 'complete',
		candidates: 9,
		administrations: null,
		prizes: 3,
		winning_institutions: 2,
		conflicts: null
	},
	{
		year: 2009,
		edition: 4,
		coverage: 'complete',
		candidates: 35,
		administrations: 20,
		prizes: 1,
		winning_institutions: 1,
		conflicts: null
	}
];
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
		description: 'fixture',
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
		expect(svg).toMatch(/<desc id="[^"]+-desc">fixture<\/desc>/);
	});

	it('draws not-reported values as hatched placeholders and gaps as labelled, never as bars', () => {
		const svg = participationSvg('en');
		// 2005: 2 unknown measures; 2006 (record missing): 4; 2008: 1; 2009: 0.
		expect(svg.match(/class="not-reported"/g)).toHaveLength(7);
		expect(svg.match(/class="bar"/g)).toHaveLength(9);
		expect(svg).toContain('>no edition</text>');
		expect(svg).not.toMatch(/data-group="2007"/);
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
	/** Interactive, with a note under 2009 and a year maybe selected. */
	const liveSvg = (lang: Lang, selected?: string) =>
		participationSvg(lang, {
			groupNote: (row) => (row.year === 2009 ? '⚠ sources disagree' : ''),
			selected,
			onselect: () => {}
		});

	it('is a group of buttons in one roving tab stop, each announcing its value', () => {
		const svg = liveSvg('en');
		expect(svg).toMatch(/role="group"/);
		// 4 editions × 4 measures = 16 bars; the year with no edition has none.
		expect(svg.match(/role="button"/g)).toHaveLength(16);
		expect(svg.match(/tabindex="0"/g)).toHaveLength(1);
		expect(svg.match(/tabindex="-1"/g)).toHaveLength(15);
		expect(svg).toContain('aria-label="2008 · Candidate services: 9"');
		expect(svg).toContain('aria-label="2005 · Candidate services: not reported"');
		// The group's note (here a conflict flag) is part of every bar's name in that year.
		expect(svg).toContain('aria-label="2009 (⚠ sources disagree) · Candidate services: 35"');
	});

	it('marks the bars of the selected year as pressed', () => {
		const svg = liveSvg('en', '2008');
		expect(svg.match(/aria-pressed="true"/g)).toHaveLength(4);
		expect(svg.match(/data-group="2008"[^>]*aria-pressed="true"/g)).toHaveLength(4);
	});

	it('stays a static image with no tab stop when not interactive', () => {
		const svg = participationSvg('ar');
		expect(svg).toMatch(/role="img"/);
		expect(svg).not.toMatch(/tabindex|role="button"/);
	});
});
