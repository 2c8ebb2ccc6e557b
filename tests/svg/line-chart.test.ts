import { beforeAll, describe, expect, it } from 'vitest';
import LineChart from '$lib/charts/LineChart.svelte';
import type { ParticipationRow } from '$lib/catalog';
import { createFormatters, locales, type Lang } from '$lib/i18n';
import { messagesFor } from '$lib/i18n/catalog';
import { chartRows } from './data';
import { renderSvg } from './render';

// Prizes per award year from the committed data: years with no edition, and the inferred 2011
// edition with no record, are not reported, so the line breaks there.
let rows: ParticipationRow[] = [];
beforeAll(async () => {
	rows = await chartRows<ParticipationRow>('participation');
}, 60_000);

function lineSvg(lang: Lang): string {
	const messages = messagesFor(lang);
	const format = createFormatters(lang);
	return renderSvg(LineChart<ParticipationRow>, {
		rows,
		label: (row: ParticipationRow) => format.year(row.year),
		value: (row: ParticipationRow) => row.prizes,
		title: messages.participation.series.prizes,
		description: 'committed data',
		notReported: messages.chart.notReported,
		formatNumber: format.number,
		dir: locales[lang].dir
	});
}

/** Runs of consecutive reported values: one line segment each. */
function runs(values: (number | null)[]): number {
	return values.filter((value, i) => value !== null && (i === 0 || values[i - 1] === null)).length;
}

describe('line chart SVG', () => {
	it.each(['en', 'ar'] as const)('%s snapshot', async (lang) => {
		await expect(lineSvg(lang)).toMatchFileSnapshot(`./__snapshots__/line-chart-${locales[lang].dir}.svg`);
	});

	it('draws a point per reported value, a tick per unknown one, and breaks the line at unknowns', () => {
		const svg = lineSvg('en');
		const values = rows.map((row) => row.prizes);
		// The data has both, or this test would prove nothing.
		expect(values.filter((value) => value === null).length).toBeGreaterThan(0);
		expect(svg.match(/<circle class="point"/g)).toHaveLength(values.filter((value) => value !== null).length);
		expect(svg.match(/<line class="not-reported"/g)).toHaveLength(
			values.filter((value) => value === null).length
		);
		expect(svg.match(/<path class="segment"/g)).toHaveLength(runs(values));
	});

	it('mirrors in Arabic: the first year on the right, the value axis on the right', () => {
		const firstX = (svg: string) => Number(svg.match(/<circle class="point" cx="([\d.]+)"/)![1]);
		expect(firstX(lineSvg('ar'))).toBeGreaterThan(firstX(lineSvg('en')));
		const axisLabelX = (svg: string) => Number(svg.match(/<g class="y-axis"[^>]*>.*?<text x="([\d.]+)"/)![1]);
		expect(axisLabelX(lineSvg('ar'))).toBeGreaterThan(axisLabelX(lineSvg('en')));
	});

	it('is an accessible image naming each value, reported or not', () => {
		const svg = lineSvg('en');
		expect(svg).toMatch(/role="img"/);
		const unknown = rows.find((row) => row.prizes === null)!;
		expect(svg).toContain(`<title>${unknown.year}: not reported</title>`);
		const known = rows.find((row) => row.prizes !== null)!;
		expect(svg).toContain(`<title>${known.year}: ${known.prizes}</title>`);
	});
});
