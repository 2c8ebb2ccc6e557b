import { describe, expect, it } from 'vitest';
import LineChart from '$lib/charts/LineChart.svelte';
import { layoutLine } from '$lib/charts/core/line-chart';
import { estimateTextWidth } from '$lib/charts/core/text-width';
import { isNumericType, quickChartColumns } from '$lib/console/statements';
import { renderSvg } from '../svg/render';

describe('quickChartColumns', () => {
	it('picks the first text column as label and the first numeric column as value', () => {
		expect(
			quickChartColumns([{ type: 'Int32' }, { type: 'Utf8' }, { type: 'Float64' }, { type: 'Decimal[10e2]' }])
		).toEqual({ label: 1, value: 0, numeric: [0, 2, 3] });
	});
	it('uses the first column as label when every column is numeric (an edition number, say)', () => {
		expect(quickChartColumns([{ type: 'Int32' }, { type: 'Int64' }])).toEqual({
			label: 0,
			value: 1,
			numeric: [0, 1]
		});
	});
	it('offers no chart without a label and a numeric column', () => {
		expect(quickChartColumns([{ type: 'Utf8' }, { type: 'Date32<DAY>' }])).toBeNull();
		expect(quickChartColumns([{ type: 'Int32' }])).toBeNull();
		expect(quickChartColumns([])).toBeNull();
		expect(isNumericType('Uint8')).toBe(true);
		expect(isNumericType('Utf8')).toBe(false);
	});
});

describe('layoutLine', () => {
	const values = [10, 20, null, 5, 0];
	const labels = values.map((_, i) => String(2000 + i));
	const ltr = layoutLine({ values, width: 400, height: 200, dir: 'ltr', labels });
	const rtl = layoutLine({ values, width: 400, height: 200, dir: 'rtl', labels });

	it('runs in reading order: left to right, and mirrored in Arabic', () => {
		const xs = ltr.points.map((point) => point.x);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
		const rxs = rtl.points.map((point) => point.x);
		expect(rxs).toEqual([...rxs].sort((a, b) => b - a));
		expect(ltr.points[0].x).toBeCloseTo(ltr.plot.left + (ltr.plot.right - ltr.plot.left) / 10);
		expect(rtl.points[0].x).toBeCloseTo(rtl.plot.right - (rtl.plot.right - rtl.plot.left) / 10);
		// The value axis stands on the reading side: more room on the left in ltr, on the right in rtl.
		expect(ltr.margin.left).toBeGreaterThan(ltr.margin.right);
		expect(rtl.margin.right).toBeGreaterThan(rtl.margin.left);
	});

	it('breaks the line at an unknown value instead of drawing it as zero', () => {
		expect(ltr.points[2]).toMatchObject({ y: null, value: null });
		expect(ltr.segments).toHaveLength(2);
		expect(ltr.segments[0].match(/[ML]/g)).toEqual(['M', 'L']);
		expect(ltr.segments[1].match(/[ML]/g)).toEqual(['M', 'L']);
		// A real zero is a point on the zero line.
		expect(ltr.points[4].y).toBeCloseTo(ltr.plot.bottom);
		expect(ltr.points[1].y).toBeLessThan(ltr.points[0].y!);
	});

	it('includes zero and negative values in the scale', () => {
		const layout = layoutLine({ values: [-5, 5], width: 300, height: 150, dir: 'ltr', labels: ['a', 'b'] });
		const ticks = layout.yTicks.map((tick) => tick.value);
		expect(ticks).toContain(0);
		// -5 and 5 are the ends of the (already nice) scale: the bottom and top of the plot.
		expect(layout.points[0].y).toBeCloseTo(layout.plot.bottom);
		expect(layout.points[1].y).toBeCloseTo(layout.plot.top);
		for (const point of layout.points) {
			expect(point.y).toBeGreaterThanOrEqual(layout.plot.top);
			expect(point.y).toBeLessThanOrEqual(layout.plot.bottom);
		}
	});

	it('thins the labels by their widths so they do not collide: round years, or every k-th label', () => {
		const values = Array.from({ length: 50 }, (_, i) => i);
		const years = layoutLine({
			values,
			width: 400,
			height: 200,
			dir: 'ltr',
			labels: values.map((i) => String(1990 + i))
		});
		// 50 years in ~350 px: 7 px a year, so a label every 5 or 10 years, on round years.
		expect(years.labelled.length).toBeLessThan(50);
		expect(years.labelled.length).toBeGreaterThan(2);
		for (const i of years.labelled) expect((1990 + i) % 5).toBe(0);
		const words = layoutLine({
			values,
			width: 400,
			height: 200,
			dir: 'ltr',
			labels: values.map((i) => `category number ${i}`)
		});
		const gaps = words.labelled.slice(1).map((i, k) => words.points[i].x - words.points[words.labelled[k]].x);
		expect(gaps.length).toBeGreaterThan(0);
		// Each label (~100 px at 11 px) keeps clear of the next one.
		for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(estimateTextWidth('category number 49', 11));
	});
});

describe('LineChart (SSR)', () => {
	const rows = [
		{ label: '2005', value: 12 },
		{ label: '2006', value: null },
		{ label: '2007 <b>', value: 30 }
	];
	const props = {
		rows,
		label: (row: (typeof rows)[number]) => row.label,
		value: (row: (typeof rows)[number]) => row.value,
		title: 'Prizes by year',
		description: 'Line of prizes for each year',
		notReported: 'not reported',
		formatNumber: (value: number) => String(value)
	};
	it('draws a point per reported value, a marker for the unknown one, and an accessible name', () => {
		const svg = renderSvg(LineChart, { ...props, dir: 'ltr' as const });
		expect(svg.match(/<circle class="point"/g)).toHaveLength(2);
		expect(svg.match(/class="not-reported"/g)).toHaveLength(1);
		expect(svg).toContain('role="img"');
		expect(svg).toMatch(/<title id="[^"]+-title">Prizes by year<\/title>/);
		expect(svg).toMatch(/<desc id="[^"]+-desc">Line of prizes for each year<\/desc>/);
		expect(svg).toContain('2006: not reported');
		// Labels are text, never markup.
		expect(svg).toContain('2007 &lt;b>');
		expect(svg).not.toContain('<b>');
	});
	it('mirrors in Arabic: the first point is on the right', () => {
		const cx = (svg: string) =>
			[...svg.matchAll(/<circle class="point" cx="([\d.]+)"/g)].map((m) => Number(m[1]));
		const ltr = cx(renderSvg(LineChart, { ...props, dir: 'ltr' as const }));
		const rtl = cx(renderSvg(LineChart, { ...props, dir: 'rtl' as const }));
		expect(ltr[0]).toBeLessThan(ltr[1]);
		expect(rtl[0]).toBeGreaterThan(rtl[1]);
	});
});
