import { describe, expect, it } from 'vitest';
import { layoutGroupedBars, NOT_REPORTED_HEIGHT } from '$lib/charts/core/grouped-bars';

type Row = { year: number; a: number | null; b: number | null; gap?: boolean };
const rows: Row[] = [
	{ year: 2005, a: 10, b: null },
	{ year: 2006, a: null, b: null, gap: true },
	{ year: 2007, a: 0, b: 5 }
];
const base = {
	rows,
	group: (row: Row) => String(row.year),
	isGap: (row: Row) => row.gap === true,
	series: [
		{ key: 'a', label: 'A', color: '#000', value: (row: Row) => row.a },
		{ key: 'b', label: 'B', color: '#111', value: (row: Row) => row.b }
	],
	width: 400,
	height: 200
};

describe('layoutGroupedBars', () => {
	const ltr = layoutGroupedBars({ ...base, dir: 'ltr' });
	const rtl = layoutGroupedBars({ ...base, dir: 'rtl' });

	it('draws no bar for a gap and a placeholder, not a zero, for a value not reported', () => {
		expect(ltr.bars.map((bar) => `${bar.group}:${bar.series}`)).toEqual([
			'2005:a',
			'2005:b',
			'2007:a',
			'2007:b'
		]);
		const missing = ltr.bars.find((bar) => bar.group === '2005' && bar.series === 'b')!;
		expect(missing.value).toBeNull();
		expect(missing.height).toBe(NOT_REPORTED_HEIGHT);
		const zero = ltr.bars.find((bar) => bar.group === '2007' && bar.series === 'a')!;
		expect(zero.value).toBe(0);
		expect(zero.height).toBe(0);
	});

	it('scales heights linearly from the baseline', () => {
		const ten = ltr.bars.find((bar) => bar.value === 10)!;
		const five = ltr.bars.find((bar) => bar.value === 5)!;
		expect(ten.height).toBeCloseTo(five.height * 2, 6);
	});

	it('runs time left to right in ltr and right to left in rtl', () => {
		const x = (layout: typeof ltr) => layout.groups.map((g) => g.x);
		expect(x(ltr)[0]).toBeLessThan(x(ltr)[2]);
		expect(x(rtl)[0]).toBeGreaterThan(x(rtl)[2]);
		expect(ltr.margin.left).toBeGreaterThan(ltr.margin.right);
		expect(rtl.margin.right).toBeGreaterThan(rtl.margin.left);
	});

	it('keeps every mark inside the plot area', () => {
		for (const layout of [ltr, rtl])
			for (const bar of layout.bars) {
				expect(bar.x).toBeGreaterThanOrEqual(layout.plot.left);
				expect(bar.x + bar.width).toBeLessThanOrEqual(layout.plot.right + 1e-9);
				expect(bar.y + bar.height).toBeCloseTo(layout.plot.bottom, 9);
			}
	});

	it('has integer ticks only', () => {
		expect(ltr.yTicks.every((tick) => Number.isInteger(tick.value))).toBe(true);
		expect(ltr.yTicks[0].value).toBe(0);
	});
});
