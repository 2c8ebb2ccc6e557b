/** How many groups a by-group chart draws before the rest become one "other" layer. */
export const TOP_GROUPS = 7;

/**
 * The groups a stacked chart draws: the `limit` largest by total count keep their own layer, the
 * rest are summed into one `other` layer, so a file with hundreds of categories draws readable
 * bars instead of one-pixel slivers (the data table still lists every group).
 */
export function topGroups<Row extends { group: string | null; prizes: number }>(
	rows: readonly Row[],
	label: (group: string | null) => string,
	limit = TOP_GROUPS
): { keys: string[]; others: number; keyOf: (row: Row) => string } {
	const totals = new Map<string, number>();
	for (const row of rows) totals.set(label(row.group), (totals.get(label(row.group)) ?? 0) + row.prizes);
	const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	// One group more than the limit is drawn itself: an "other" of one group says nothing more.
	const kept = ranked.length <= limit + 1 ? ranked : ranked.slice(0, limit);
	const keys = new Set(kept.map(([key]) => key));
	const others = ranked.length - kept.length;
	return {
		keys: kept.map(([key]) => key),
		others,
		keyOf: (row) => (keys.has(label(row.group)) ? label(row.group) : OTHER)
	};
}

/** The key of the summed layer (not a value a file can hold: it has a control character). */
export const OTHER = '\u0000other';
