import { describe, expect, it } from 'vitest';
import { specById } from '$lib/catalog';
import { anyFilter, ignoredFilters } from '$lib/ui/filter-scope';

const spec = (id: string) => specById(id)!;

describe('ignoredFilters: what a view says it is not filtered by', () => {
	it.each([
		// The participation chart is the award's own record: only the years slice it.
		['participation', { type: 'ministry', from: 2014 }, ['type']],
		['participation', { category: 'e-content', level: 'excellence' }, ['category', 'level']],
		// A view's own dimension is highlighted, not ignored.
		['institution-types', { type: 'ministry' }, []],
		['prize-levels', { type: 'ministry', level: 'excellence' }, []],
		// The edition detail shows one edition, whatever the years and dimensions.
		['edition-detail', { from: 2014, category: 'e-content' }, ['years', 'category']],
		// The edition filter only chooses the detail.
		['categories', { edition: 8 }, []]
	])('%s with %j → %j', (id, filters, expected) => {
		expect(ignoredFilters(spec(id), filters)).toEqual(expected);
	});
});

describe('anyFilter', () => {
	it('is true when any filter is set, false for none', () => {
		expect(anyFilter({})).toBe(false);
		expect(anyFilter({ type: undefined })).toBe(false);
		expect(anyFilter({ edition: 3 })).toBe(true);
	});
});
