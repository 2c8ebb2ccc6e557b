import type { Filters } from '$lib/data/filters';
import { categoryIds, institutionTypes, prizeLevels } from '$lib/data/vocabularies';

/**
 * The dashboard's single-filter states: no filter, each value of each dimension, each edition
 * and each year range the filter bar offers (open at either end). A click on a mark or one change
 * of the filter bar from the default view lands on one of them.
 */
export function singleFilterStates(editions: readonly { edition: number; year: number }[]): Filters[] {
	const years = [...new Set(editions.map((e) => e.year))].sort((a, b) => a - b);
	const ends = [undefined, ...years];
	const ranges: Filters[] = ends.flatMap((from) =>
		ends
			.filter((to) => (from !== undefined || to !== undefined) && (from ?? -Infinity) <= (to ?? Infinity))
			.map((to) => ({ from, to }))
	);
	return [
		{},
		...categoryIds.map((category) => ({ category })),
		...institutionTypes.map((type) => ({ type })),
		...prizeLevels.map((level) => ({ level })),
		...editions.map(({ edition }) => ({ edition })),
		...ranges.map((range) =>
			Object.fromEntries(Object.entries(range).filter(([, value]) => value !== undefined))
		)
	];
}
