import type { ChartSpec } from '$lib/catalog';
import type { Filters } from '$lib/data/filters';

/** A filter a reader can set that a view may not follow: the year range counts as one. */
export type ScopedFilter = 'years' | 'category' | 'type' | 'level';

/**
 * The active filters a chart does not follow, so it can say so beside itself. Its own dimension
 * does not count (it highlights the choice instead), nor the edition (it only picks the detail).
 */
export function ignoredFilters(chart: Pick<ChartSpec, 'reads' | 'marks'>, filters: Filters): ScopedFilter[] {
	const ignored: ScopedFilter[] = [];
	const years = filters.from !== undefined || filters.to !== undefined;
	if (years && !chart.reads.includes('from')) ignored.push('years');
	for (const key of ['category', 'type', 'level'] as const)
		if (filters[key] !== undefined && !chart.reads.includes(key) && chart.marks !== key) ignored.push(key);
	return ignored;
}

/** Whether any filter is set: figures that are never filtered (the key facts) then say so. */
export function anyFilter(filters: Filters): boolean {
	return Object.values(filters).some((value) => value !== undefined);
}
