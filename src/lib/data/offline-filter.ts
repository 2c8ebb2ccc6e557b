import type { Filters } from './filters';
import type { PlainRow } from './rows';

/**
 * Filters an embed applies without the query engine (embeds never download DuckDB): the year range,
 * on rows that carry a numeric `year`, which is exactly what the year filters mean in every query.
 * Every other filter (edition, category, type, level) changes what a query computes (counts,
 * groupings), so filtering prerendered rows by it would show wrong numbers: the embed names them
 * as not applied and links to the full view instead. The dashboard takes the year range the same
 * way for the charts whose rows are one per year (`yearSlice` in the catalog).
 */
export interface OfflineFilterResult<Row> {
	rows: Row[];
	/** Filters present in the request that the rows do not reflect. */
	notApplied: (keyof Filters)[];
}

const order: (keyof Filters)[] = ['from', 'to', 'edition', 'category', 'type', 'level'];

export function filterPrerendered<Row extends PlainRow>(
	rows: Row[],
	filters: Filters
): OfflineFilterResult<Row> {
	const hasYear = rows.length > 0 && rows.every((row) => typeof row.year === 'number');
	const notApplied = order.filter(
		(key) => filters[key] !== undefined && !((key === 'from' || key === 'to') && hasYear)
	);
	if (!hasYear) return { rows, notApplied };
	const from = filters.from ?? -Infinity;
	const to = filters.to ?? Infinity;
	return {
		rows: rows.filter((row) => (row.year as number) >= from && (row.year as number) <= to),
		notApplied
	};
}
