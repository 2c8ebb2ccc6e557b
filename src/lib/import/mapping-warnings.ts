import type { SqlEngine } from '$lib/data/engine';
import { toRows, type PlainRow } from '$lib/data/rows';
import { quoteIdent } from '$lib/data/sql-text';
import type { Mapping } from './mapping';

/** What DuckDB counts of one column of an uploaded table (NULL and empty text are not values). */
export interface ColumnProfile {
	column: string;
	values: number;
	/** Its distinct values; null where they were not counted (`reviewMapping` counts them only where needed). */
	distinct: number | null;
	/** Values that read as a whole number, and the smallest and largest of them. */
	whole: number;
	min: number | null;
	max: number | null;
}

/**
 * The first characters a text DuckDB reads as a whole number can start with (after `trim`, which
 * leaves tabs and line breaks): its casts skip white space, take a sign, digits or a decimal point.
 * A text starting otherwise cannot cast, and is not asked to: a cast that fails costs ten times one
 * that succeeds (the text columns of a 1,000,000-row upload, seconds). `mapping-profile.test.ts`
 * holds the two to the same answers.
 */
const NUMBER_STARTS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '+', '-', '.', ' ']
	.map((c) => `'${c}'`)
	.concat([9, 10, 11, 12, 13].map((code) => `chr(${code})`))
	.join(', ');

/** `TRY_CAST(text AS INTEGER)`, not tried on a text that cannot start a number. */
export function wholeOfText(text: string): string {
	return `CASE WHEN (${text})[1] IN (${NUMBER_STARTS}) THEN TRY_CAST(${text} AS INTEGER) END`;
}

/**
 * A column's values as text (trimmed; NULL and empty text are not values) and as whole numbers,
 * as SQL over its DuckDB type: an integer column is counted as it is (its text and its cast back
 * are the number itself), a text column is trimmed, any other goes through its text.
 */
function columnExpressions(name: string, type: string): { text: string; distinct: string; whole: string } {
	const column = quoteIdent(name);
	if (/^U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?$/.test(type))
		return { text: column, distinct: column, whole: `TRY_CAST(${column} AS INTEGER)` };
	const text =
		type === 'VARCHAR' ? `NULLIF(trim(${column}), '')` : `NULLIF(trim(CAST(${column} AS VARCHAR)), '')`;
	return {
		text,
		distinct: text,
		whole: type === 'VARCHAR' ? wholeOfText(text) : `TRY_CAST(${text} AS INTEGER)`
	};
}

/**
 * One count per column, in one pass over the table: every column name goes through `quoteIdent`.
 * Distinct values (a hash of every value) only of the columns `counted` keeps.
 */
export function profileSql(
	table: string,
	columns: readonly { name: string; type: string }[],
	counted: (name: string) => boolean = () => true
): string {
	const parts = columns.flatMap(({ name, type }, i) => {
		const { text, distinct, whole } = columnExpressions(name, type);
		return [
			`count(${text})::INTEGER AS v${i}`,
			counted(name) ? `count(DISTINCT ${distinct})::INTEGER AS d${i}` : `NULL::INTEGER AS d${i}`,
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
	columns: readonly string[],
	counted?: (name: string) => boolean
): Promise<{ rows: number; columns: ColumnProfile[] }> {
	const described = toRows<{ column_name: string; column_type: string }>(
		await engine.run(`SELECT column_name, column_type FROM (DESCRIBE ${quoteIdent(table)})`, [])
	);
	const typeOf = new Map(described.map((row) => [row.column_name, row.column_type]));
	const typed = columns.map((name) => ({ name, type: typeOf.get(name) ?? 'VARCHAR' }));
	const [row] = toRows<PlainRow>(await engine.run(profileSql(table, typed, counted), []));
	const n = (key: string) => (row[key] === null ? null : Number(row[key]));
	return {
		rows: Number(row.row_count),
		columns: columns.map((column, i) => ({
			column,
			values: n(`v${i}`) ?? 0,
			distinct: n(`d${i}`),
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
	if (flag && flag.distinct !== null && flag.distinct <= 1)
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
			suggestions: others(
				(c) => c.distinct !== null && c.distinct >= 2 && c.distinct <= category.values / 2,
				category.column
			)
		});
	return warnings;
}

/**
 * The warnings of a mapping over a table. Distinct values cost most of a profile (a hash of every
 * value of every column); they are counted first only for the winner flag and the category, and
 * for every column only when one of those two warns (its suggestions need them).
 */
export async function reviewMapping(
	engine: SqlEngine,
	table: string,
	columns: readonly string[],
	mapping: Mapping
): Promise<MappingWarning[]> {
	const roles = new Set([mapping.winnerIf?.column, mapping.category]);
	const first = mappingWarnings(
		await profileColumns(engine, table, columns, (name) => roles.has(name)),
		mapping
	);
	if (first.every((warning) => warning.code === 'year-text')) return first;
	return mappingWarnings(await profileColumns(engine, table, columns), mapping);
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
