import { quoteIdent, quoteLiteral } from '$lib/data/sql-text';
import type { Mapping } from './mapping';

/**
 * An uploaded award history in the shape of the built-in award: one DuckDB schema per dataset
 * holding `editions`, `winners`, `categories`, `institutions`, `sources` and `conflicts` with the
 * built-in tables' very columns, so the dashboard's chart specs run on it unchanged once the schema
 * is first on the search path. Every name from the file goes through `quoteIdent`, the winner
 * filter's value through `quoteLiteral`; the statements are otherwise fixed text.
 */

/** How many values of a dimension keep their own id; the rest share `other` (a palette's worth). */
export const dimensionLimits = { category: 40, type: 7, level: 7 } as const;
export type DatasetDimension = keyof typeof dimensionLimits;

/** The schema of a dataset (table names are lower-case identifiers, so the name is one too). */
export function datasetSchema(table: string): string {
	return `award_${table}`;
}

/** The statements that (re)build a dataset's schema from its table and mapping, in order. */
export function datasetSchemaSql(table: string, columns: readonly string[], mapping: Mapping): string[] {
	const known = new Set(columns);
	const column = (name: string) => {
		if (!known.has(name)) throw new Error(`Unknown column ${JSON.stringify(name)}`);
		return quoteIdent(name);
	};
	const text = (name: string | undefined) =>
		name === undefined ? 'NULL::VARCHAR' : `NULLIF(trim(CAST(${column(name)} AS VARCHAR)), '')`;
	if (!mapping.year && !mapping.edition) throw new Error('A year or an edition column is needed');
	const s = quoteIdent(datasetSchema(table));
	const winnerIf = mapping.winnerIf;
	const isPrize = winnerIf
		? `coalesce(CAST(${column(winnerIf.column)} AS VARCHAR) = ${quoteLiteral(winnerIf.value)}, false)`
		: 'true';
	// Editions: one per award year in year order; with no year, one per edition value, numbered by
	// its number when it is one, else by first appearance, and the axis counts editions.
	const key = mapping.year ? 'year_value' : 'edition_value';
	const editionOrder = mapping.year
		? 'year_value'
		: 'TRY_CAST(edition_value AS INTEGER) NULLS LAST, min(row_id)';
	const candidates = mapping.candidates
		? 'max(candidates)::INTEGER'
		: winnerIf
			? 'sum(n)::INTEGER'
			: 'NULL::INTEGER';
	const dimensionIds = (Object.keys(dimensionLimits) as DatasetDimension[])
		.map(
			(dimension) =>
				`SELECT '${dimension}' AS dimension, ${dimension} AS value, coalesce(sum(n) FILTER (WHERE is_prize), 0) AS prizes, ` +
				`sum(n) AS n, ${dimensionLimits[dimension]} AS keep FROM ${s}.rows WHERE ${dimension} IS NOT NULL GROUP BY ${dimension}`
		)
		.join('\nUNION ALL\n');
	// A value's id through a join on the labels, not a subquery per row (5 s on 100,000 rows).
	const id = (dimension: DatasetDimension) => `l_${dimension}.id`;
	const labelled = (dimension: DatasetDimension, alias: string) =>
		`LEFT JOIN ${s}.labels AS l_${dimension} ON l_${dimension}.dimension = '${dimension}' AND l_${dimension}.value = ${alias}.${dimension}`;
	const like = (name: string) => `CREATE TABLE ${s}.${name} AS SELECT * FROM main.${name} LIMIT 0`;
	const roles = [
		mapping.year
			? `TRY_CAST(${column(mapping.year)} AS INTEGER) AS year_value`
			: 'NULL::INTEGER AS year_value',
		`${text(mapping.edition)} AS edition_value`,
		`${text(mapping.category)} AS category`,
		`${text(mapping.level)} AS level`,
		`${text(mapping.winner)} AS winner`,
		`${text(mapping.type)} AS type`,
		`${isPrize} AS is_prize`
	];
	const grouped = 'year_value, edition_value, category, level, winner, type, is_prize';
	return [
		`DROP SCHEMA IF EXISTS ${s} CASCADE`,
		`CREATE SCHEMA ${s}`,
		// The file's one pass: its rows grouped by every value the dashboard reads (`n` rows each), so
		// everything after reads groups, and a filter change counts groups, not the file's rows.
		`CREATE TABLE ${s}.source AS SELECT ${grouped}, count(*)::INTEGER AS n, min(row_id) AS row_id, ` +
			`${mapping.candidates ? 'max(candidates)' : 'NULL::INTEGER'} AS candidates FROM (SELECT rowid AS row_id, ${roles.join(', ')}` +
			`${mapping.candidates ? `, TRY_CAST(${column(mapping.candidates)} AS INTEGER) AS candidates` : ''} FROM main.${quoteIdent(table)}) ` +
			`GROUP BY ${grouped}`,
		`CREATE TABLE ${s}.keys AS SELECT ${key} AS key, dense_rank() OVER (ORDER BY ${editionOrder})::INTEGER AS edition, ` +
			`${mapping.year ? 'year_value' : `dense_rank() OVER (ORDER BY ${editionOrder})`}::INTEGER AS year ` +
			`FROM ${s}.source WHERE ${key} IS NOT NULL GROUP BY ${key}`,
		`CREATE TABLE ${s}.rows AS SELECT r.*, k.edition, k.year FROM ${s}.source AS r JOIN ${s}.keys AS k ON k.key = r.${key}`,
		// The values of each dimension by prizes won: the first `keep` get ids `c-1`, `t-1`, `l-1`…
		`CREATE TABLE ${s}.labels AS SELECT dimension, value, ` +
			`CASE WHEN rank <= keep THEN left(dimension, 1) || '-' || rank ELSE 'other' END AS id, rank::INTEGER AS rank ` +
			`FROM (SELECT *, row_number() OVER (PARTITION BY dimension ORDER BY prizes DESC, n DESC, value) AS rank FROM (\n${dimensionIds}\n))`,
		like('editions'),
		`INSERT INTO ${s}.editions BY NAME SELECT edition, year, 'complete' AS coverage, ${candidates} AS candidates ` +
			`FROM ${s}.rows GROUP BY edition, year`,
		// One row of `winners` per edition, category, level and winner; `prize_counts` says how many
		// prizes it stands for (the built-in award has a row per prize and no counts).
		`CREATE TABLE ${s}.prizes AS SELECT row_number() OVER (ORDER BY min(row_id))::INTEGER AS award_id, edition, ` +
			'category, level, winner, sum(n)::INTEGER AS awards ' +
			`FROM ${s}.rows WHERE is_prize GROUP BY edition, category, level, winner`,
		like('winners'),
		`INSERT INTO ${s}.winners BY NAME SELECT award_id, edition, ` +
			`${id('category')} AS category_id, category AS category_as_reported, ${id('level')} AS prize_level, ` +
			`level AS prize_as_reported, winner AS institution_id, winner AS institution_as_reported ` +
			`FROM ${s}.prizes AS r ${labelled('category', 'r')} ${labelled('level', 'r')}`,
		`CREATE TABLE ${s}.prize_counts AS SELECT award_id, awards FROM ${s}.prizes`,
		like('categories'),
		`INSERT INTO ${s}.categories BY NAME SELECT edition, category_id, ` +
			`CASE WHEN count(DISTINCT category) = 1 THEN any_value(category) END AS name_fr ` +
			`FROM (SELECT edition, category, ${id('category')} AS category_id FROM ${s}.rows AS r ${labelled('category', 'r')} WHERE category IS NOT NULL) ` +
			'GROUP BY edition, category_id',
		like('institutions'),
		// A winner's type is the one most of their prizes carry (a type is the winner's, as built in).
		`INSERT INTO ${s}.institutions BY NAME SELECT winner AS institution_id, winner AS name_fr, winner AS name_ar, ` +
			'winner AS name_en, winner AS short_name, arg_max(type, prizes) FILTER (WHERE type IS NOT NULL) AS type ' +
			`FROM (SELECT winner, ${id('type')} AS type, sum(n) AS prizes FROM ${s}.rows AS r ${labelled('type', 'r')} ` +
			'WHERE is_prize AND winner IS NOT NULL GROUP BY ALL) GROUP BY winner',
		like('sources'),
		like('conflicts'),
		`DROP TABLE ${s}.source`,
		`DROP TABLE ${s}.keys`,
		`DROP TABLE ${s}.prizes`
	];
}

/** The search path that shows a dataset (or the built-in award, `undefined`) to the chart specs. */
export function searchPathSql(table: string | undefined): string {
	return `SET search_path = ${quoteLiteral(table ? `${datasetSchema(table)},main` : 'main')}`;
}
