import { describe, expect, it } from 'vitest';
import { thinTimeLabels } from '$lib/charts/core/time-axis';
import { scaleLinear } from 'd3-scale';
import { createValueScale, linearScale } from '$lib/charts/core/value-scale';
import { layoutStackedBars } from '$lib/charts/core/stacked-bars';
import { OTHER, topGroups } from '$lib/ui/data/top-groups';
import { yearAxis } from '$lib/ui/views/year-axis';

const years = (first: number, count: number) => Array.from({ length: count }, (_, i) => String(first + i));

describe('thinTimeLabels', () => {
	it.each([
		// [years, band in px, expected step between labelled years]
		[5, 100, 1],
		[17, 40, 1],
		[17, 20, 2],
		[120, 3, 20],
		[150, 1.5, 25]
	])('%i years at %i px per year: a label every %i years, on round years', (count, band, step) => {
		const keys = years(1900, count);
		const labelled = [...thinTimeLabels(keys, keys, band)].map((i) => Number(keys[i]));
		expect(labelled.length).toBeGreaterThan(0);
		for (let i = 1; i < labelled.length; i++) expect(labelled[i] - labelled[i - 1]).toBe(step);
		if (step > 1) expect(labelled.every((year) => year % step === 0)).toBe(true);
		// Labels never collide: the room between two labelled years holds a 4-digit label.
		expect(step * band).toBeGreaterThanOrEqual(4 * 0.62 * 11);
	});
});

describe('linearScale', () => {
	// Every mark must land where d3's scaleLinear put it: same domain nicing, ticks and arithmetic.
	const lows = [0, -3, -0.4, 2];
	const highs = [0, 0.07, 1, 9, 10, 37.5, 99, 1234, 250_000];
	const ranges: [number, number][] = [
		[300, 0],
		[0, 356.5],
		[612, 12]
	];
	it.each([2, 5, 6, 10])('matches d3 scaleLinear exactly, niced with %i ticks', (count) => {
		for (const low of lows)
			for (const high of highs)
				for (const range of ranges) {
					if (high < low) continue;
					const ours = linearScale([low, high], range, count);
					const d3 = scaleLinear().domain([low, high]).nice(count).range(range);
					expect(ours.ticks(count)).toEqual(d3.ticks(count));
					for (const value of [low, high, (low + high) / 3, ...d3.ticks(count), high * 1.7])
						expect(ours(value)).toBe(d3(value));
				}
	});
});

describe('createValueScale', () => {
	it.each([1, 7, 8, 9, 11, 35, 99, 1234])('the top tick covers the highest value (%i)', (top) => {
		const { ticks } = createValueScale(0, top, [300, 0], 5, true);
		expect(Math.max(...ticks)).toBeGreaterThanOrEqual(top);
	});
	it('a stacked chart whose bar reaches 9 gets an axis to 10, not 8', () => {
		const layout = layoutStackedBars({
			groups: ['2017', '2018'],
			stacks: [{ key: 'a', label: 'a', color: '#000' }],
			data: [
				{ group: '2017', stack: 'a', value: 9 },
				{ group: '2018', stack: 'a', value: 4 }
			],
			mode: 'count',
			width: 400,
			height: 300,
			dir: 'ltr'
		});
		expect(layout.yTicks.map((tick) => tick.value).at(-1)).toBe(10);
		// The 9 bar stays inside the plot.
		expect(Math.min(...layout.segments.map((s) => s.y))).toBeGreaterThanOrEqual(layout.plot.top);
	});
});

describe('topGroups', () => {
	const rows = (counts: number[]) => counts.map((prizes, i) => ({ group: `c${i}`, prizes }));
	it('keeps every group when one more than the limit', () => {
		const top = topGroups(rows([5, 4, 3]), (g) => g ?? '', 2);
		expect(top).toMatchObject({ keys: ['c0', 'c1', 'c2'], others: 0 });
	});
	it('sums the smallest groups into "other"', () => {
		const top = topGroups(rows([1, 9, 5, 2, 7]), (g) => g ?? '', 2);
		expect(top.keys).toEqual(['c1', 'c4']);
		expect(top.others).toBe(3);
		expect(top.keyOf({ group: 'c0', prizes: 1 })).toBe(OTHER);
		expect(top.keyOf({ group: 'c1', prizes: 9 })).toBe('c1');
	});
});

describe('yearAxis', () => {
	it('keeps every year: no edition as a gap, an edition with nothing recorded as not reported', () => {
		const axis = yearAxis([
			{ year: 2010, edition: 5, prizes: 3 },
			{ year: 2011, edition: 6, prizes: null },
			{ year: 2012, edition: 7, prizes: 0 },
			{ year: 2013, edition: null, prizes: null }
		]);
		expect(axis.years).toEqual([2010, 2011, 2012, 2013]);
		expect([...axis.status]).toEqual([
			['2011', 'not-reported'],
			['2013', 'gap']
		]);
	});
});
