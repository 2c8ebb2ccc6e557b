import { describe, expect, it } from 'vitest';
import { filterPrerendered } from '$lib/data/offline-filter';

const rows = [
	{ year: 2005, edition: 1, prizes: 3 },
	{ year: 2006, edition: null, prizes: null },
	{ year: 2014, edition: 9, prizes: 7 },
	{ year: 2021, edition: 14, prizes: 5 }
];

describe('filterPrerendered', () => {
	it('applies the year range on rows with a year, inclusive', () => {
		expect(filterPrerendered(rows, { from: 2006, to: 2014 })).toEqual({
			rows: [rows[1], rows[2]],
			notApplied: []
		});
		expect(filterPrerendered(rows, { from: 2015 }).rows).toEqual([rows[3]]);
		expect(filterPrerendered(rows, {})).toEqual({ rows, notApplied: [] });
	});

	it('names the filters it cannot apply and leaves the rows alone for them', () => {
		expect(filterPrerendered(rows, { edition: 9, type: 'ministry', to: 2010 })).toEqual({
			rows: [rows[0], rows[1]],
			notApplied: ['edition', 'type']
		});
	});

	it('cannot apply a year range to rows without a year', () => {
		const noYear = [{ category: 'e-content', winners: 4 }];
		expect(filterPrerendered(noYear, { from: 2014, level: 'excellence' })).toEqual({
			rows: noYear,
			notApplied: ['from', 'level']
		});
	});
});
