import { describe, expect, it } from 'vitest';
import { specById } from '$lib/catalog';
import { anyFilter, ignoredFilters, pendingFilters } from '$lib/ui/filter-scope';

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

describe('pendingFilters: what a view follows but its figures do not answer yet', () => {
	it.each([
		// Rows of the previous filters: the added one is pending, the one they answer is not.
		['repeat-winners', { from: 2010, to: 2016, type: 'ministry' }, { from: 2010, to: 2016 }, ['type']],
		// The prerendered rows answer no filter: every filter the view follows is pending.
		['categories', { type: 'ministry', level: 'excellence' }, {}, ['type', 'level']],
		['categories', { from: 2014 }, {}, ['years']],
		// A filter removed is pending too: the figures still count it.
		['categories', {}, { type: 'ministry' }, ['type']],
		// A view's own dimension (its highlight) and the edition it details are followed.
		['institution-types', { type: 'ministry' }, {}, ['type']],
		['edition-detail', { edition: 9 }, {}, ['edition']],
		// Filters a view does not follow are never pending (it says it ignores them).
		['participation', { type: 'ministry', level: 'excellence' }, {}, []],
		['edition-detail', { from: 2014, category: 'e-content' }, {}, []],
		// Rows that answer the asked filters: nothing pending.
		['categories', { type: 'ministry', from: 2010 }, { type: 'ministry', from: 2010 }, []]
	])('%s asked %j, showing %j → %j', (id, asked, shown, expected) => {
		expect(pendingFilters(spec(id), asked, shown)).toEqual(expected);
	});
});

describe('anyFilter', () => {
	it('is true when any filter is set, false for none', () => {
		expect(anyFilter({})).toBe(false);
		expect(anyFilter({ type: undefined })).toBe(false);
		expect(anyFilter({ edition: 3 })).toBe(true);
	});
});
