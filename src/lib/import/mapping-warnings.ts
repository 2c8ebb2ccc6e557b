import type { SqlEngine } from '$lib/data/engine';
import { toRows, type PlainRow } from '$lib/data/rows';
import { quoteIdent } from '$lib/data/sql-text';
import type { Mapping } from './mapping';

/** What DuckDB counts of one column of an uploaded table (NULL and empty text are not values). */
export interface ColumnProfile {
	column: string;
	values: number;
	distinct: number;
	/** Values that read as a whole number, and the smallest and largest of them. */
	whole: number;
	min: number | null;
	max: number | null;
}

/** One count per column, in one pass over the table: every column name goes through `quoteIdent`. */
export function profileSql(table: string, columns: readonly string[]): string {
	const parts = columns.flatMap((name, i) => {
		const text = `NULLIF(trim(CAST(${quoteIdent(name)} AS VARCHAR)), '')`;
		const whole = `TRY_CAST(${text} AS INTEGER)`;
		return [
			`count(${text})::INTEGER AS v${i}`,
			`count(DISTINCT ${text})::INTEGER AS d${i}`,
			`count(${whole})::INTEGER AS w${i}`,
			`min(${whole})::INTEGER AS lo${i}`,
			`max(${whole})::INTEGER AS hi${i}`
		];
	});
	return `SELECT count(*)::INTEGER AS row_count, ${parts.join(', ')} FROM ${quoteIdent(table)}`;
}

export async function profileColumns(
	engine: SqlEngine,
	table: string,
	columns: readonly string[]
): Promise<{ rows: number; columns: ColumnProfile[] }> {
	const [row] = toRows<PlainRow>(await engine.run(profileSql(table, columns), []));
	const n = (key: string) => (row[key] === null ? null : Number(row[key]));
	return {
		rows: Number(row.row_count),
		columns: columns.map((column, i) => ({
			column,
			values: n(`v${i}`) ?? 0,
			distinct: n(`d${i}`) ?? 0,
			whole: n(`w${i}`) ?? 0,
			min: n(`lo${i}`),
			max: n(`hi${i}`)
		}))
	};
}

/** A column that cannot do the job of its role, with better columns when the table has some. */
export type MappingWarning =
	| { code: 'year-text'; column: string; count: number; suggestions: string[] }
	| { code: 'flag-constant'; column: string; suggestions: string[] }
	| { code: 'category-unique'; column: string; suggestions: string[] };

const SUGGESTIONS = 3;

/**
 * The warnings of a mapping: a year column holding text, a winner flag with one value on every row
 * (it cannot tell winners from nominees), a category with a different value on every row.
 */
export function mappingWarnings(
	profile: { rows: number; columns: ColumnProfile[] },
	mapping: Mapping
): MappingWarning[] {
	const of = (name: string | undefined) => profile.columns.find((c) => c.column === name);
	const mapped = new Set(Object.values(mapping).filter((v): v is string => typeof v === 'string'));
	const others = (keep: (c: ColumnProfile) => boolean, except: string) =>
		profile.columns
			.filter((c) => c.column !== except && !mapped.has(c.column) && keep(c))
			.map((c) => c.column)
			.slice(0, SUGGESTIONS);
	const warnings: MappingWarning[] = [];
	const year = of(mapping.year);
	if (year && year.whole < year.values)
		warnings.push({
			code: 'year-text',
			column: year.column,
			count: year.values - year.whole,
			suggestions: others(
				(c) => c.values > 0 && c.whole === c.values && (c.min ?? 0) >= 1000 && (c.max ?? 0) <= 2999,
				year.column
			)
		});
	const flag = of(mapping.winnerIf?.column);
	if (flag && flag.distinct <= 1)
		warnings.push({
			code: 'flag-constant',
			column: flag.column,
			suggestions: others((c) => c.distinct === 2, flag.column)
		});
	const category = of(mapping.category);
	if (category && category.values > 1 && category.distinct === category.values)
		warnings.push({
			code: 'category-unique',
			column: category.column,
			suggestions: others((c) => c.distinct >= 2 && c.distinct <= category.values / 2, category.column)
		});
	return warnings;
}

/** The values of a column with how many rows hold each, the commonest first (the winner filter's choices). */
export async function columnValues(
	engine: SqlEngine,
	table: string,
	column: string,
	limit = 50
): Promise<{ value: string; rows: number }[]> {
	const text = `CAST(${quoteIdent(column)} AS VARCHAR)`;
	return toRows<{ value: string; rows: number }>(
		await engine.run(
			`SELECT ${text} AS value, count(*)::INTEGER AS rows FROM ${quoteIdent(table)} ` +
				`WHERE ${text} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${Math.floor(limit)}`,
			[]
		)
	);
}
