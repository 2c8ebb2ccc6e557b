import type { GroupStatus } from '$lib/charts/core/stacked-bars';

/** A row of a chart over award years: the year, its edition (null: none) and its count. */
interface YearRow {
	year: number;
	edition: number | null;
	prizes: number | null;
}

/**
 * The time axis of a view's rows: every year they carry (the queries keep one row per award
 * year), and the years drawn without a bar: no edition (`gap`), or an edition whose record has
 * nothing to count (`not-reported`), never drawn as zero.
 */
export function yearAxis(rows: readonly YearRow[]): { years: number[]; status: Map<string, GroupStatus> } {
	const years = [...new Set(rows.map((row) => row.year))];
	const status = new Map<string, GroupStatus>();
	for (const year of years) {
		const own = rows.filter((row) => row.year === year);
		if (own.some((row) => row.prizes !== null)) continue;
		status.set(String(year), own.every((row) => row.edition === null) ? 'gap' : 'not-reported');
	}
	return { years, status };
}

/** Rows that carry a count (the rows that only keep a year on the axis are left out). */
export const counted = <Row extends YearRow>(rows: readonly Row[]): (Row & { prizes: number })[] =>
	rows.filter((row): row is Row & { prizes: number } => row.prizes !== null && row.prizes > 0);
