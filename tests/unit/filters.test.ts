import { describe, expect, it } from 'vitest';
import { filtersToSearch, parseFilters } from '$lib/data/filters';

describe('parseFilters', () => {
	it.each([
		['?from=2014&to=2021', { from: 2014, to: 2021 }],
		[
			'?edition=13&type=ministry&category=e-content&level=excellence',
			{ edition: 13, type: 'ministry', category: 'e-content', level: 'excellence' }
		],
		['?from=abc&to=20211&edition=-1', {}],
		['?type=<script>&category=E-CONTENT&level=', {}],
		["?category=x'%20OR%201=1", {}],
		['', {}]
	])('%s', (search, expected) => {
		expect(parseFilters(new URLSearchParams(search))).toEqual(expected);
	});
});

describe('filtersToSearch', () => {
	it('writes a stable order and nothing for no filters', () => {
		expect(filtersToSearch({ type: 'ministry', to: 2021, from: 2014 })).toBe(
			'?from=2014&to=2021&type=ministry'
		);
		expect(filtersToSearch({})).toBe('');
	});

	it('round-trips through parseFilters', () => {
		const filters = {
			from: 2010,
			to: 2019,
			edition: 13,
			category: 'mobile-app',
			type: 'public-establishment',
			level: 'encouragement'
		};
		expect(parseFilters(new URLSearchParams(filtersToSearch(filters)))).toEqual(filters);
	});
});
