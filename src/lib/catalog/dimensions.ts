import type { SqlParams } from '$lib/data/engine';
import type { Filters } from '$lib/data/filters';

/** The dimensions a mark can filter the other views by (cross-filtering). */
export const dimensions = ['category', 'type', 'level'] as const;
export type Dimension = (typeof dimensions)[number];

/** The column that holds each dimension, the same in every relation that has it. */
export const dimensionColumn: Record<Dimension, string> = {
	category: 'category_id',
	type: 'type',
	level: 'prize_level'
};

/**
 * The WHERE clause of a relation cut to the filters: the year range, then each dimension the view
 * is filtered by that the relation has. A parameter bound to NULL means "any": no magic values.
 */
export function crossFilterClause(by: readonly Dimension[], has: readonly Dimension[]): string {
	return [
		'($from IS NULL OR year >= $from)',
		'($to IS NULL OR year <= $to)',
		...by
			.filter((dimension) => has.includes(dimension))
			.map((dimension) => `($${dimension} IS NULL OR ${dimensionColumn[dimension]} = $${dimension})`)
	].join('\n      AND ');
}

/** The statement parameters of a set of filters: every parameter bound, NULL where not set. */
export function filterParams(filters: Filters): SqlParams {
	return {
		from: filters.from ?? null,
		to: filters.to ?? null,
		edition: filters.edition ?? null,
		...Object.fromEntries(dimensions.map((dimension) => [dimension, filters[dimension] ?? null]))
	};
}
