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

/** A filter whose choice a chart may not show yet: the year range counts as one. */
export type PendingFilter = ScopedFilter | 'edition';

/**
 * The filters a chart follows (reads, or highlights with its marks) that the rows it shows do not
 * answer yet: the page asks `asked`, the rows answer `shown`. Before the engine is ready, a
 * question the build did not answer keeps the chart on the rows it had, and it must say so.
 */
export function pendingFilters(
	chart: Pick<ChartSpec, 'reads' | 'marks'>,
	asked: Filters,
	shown: Filters
): PendingFilter[] {
	const follows = (key: keyof Filters) => chart.reads.includes(key) || chart.marks === key;
	const pending: PendingFilter[] = [];
	if (follows('from') && (asked.from !== shown.from || asked.to !== shown.to)) pending.push('years');
	for (const key of ['edition', 'category', 'type', 'level'] as const)
		if (follows(key) && asked[key] !== shown[key]) pending.push(key);
	return pending;
}

/** Whether any filter is set: figures that are never filtered (the key facts) then say so. */
export function anyFilter(filters: Filters): boolean {
	return Object.values(filters).some((value) => value !== undefined);
}
