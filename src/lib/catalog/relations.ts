import categoriesSql from '$lib/data/sql/relations/categories.sql?raw';
import editionsSql from '$lib/data/sql/relations/editions.sql?raw';
import prizesSql from '$lib/data/sql/relations/prizes.sql?raw';
import withheldSql from '$lib/data/sql/relations/withheld.sql?raw';
import yearsSql from '$lib/data/sql/relations/years.sql?raw';
import { crossFilterClause, dimensions, type Dimension } from './dimensions';

/**
 * The relations a view's statement reads as `filtered_<name>`: each cut to the year range and to
 * the view's cross-filters, by a clause generated here, once, for the view's rows and its sources
 * alike. A relation is filtered only by the dimensions it has (a category existed whatever the
 * type of its winners).
 */
const relations: { name: string; sql: string; has: readonly Dimension[] }[] = [
	{ name: 'years', sql: yearsSql, has: [] },
	{ name: 'editions', sql: editionsSql, has: [] },
	{ name: 'categories', sql: categoriesSql, has: ['category'] },
	{ name: 'prizes', sql: prizesSql, has: dimensions },
	// A withheld prize's type is NULL: a type filter leaves none, as it leaves no recorded prize.
	{ name: 'withheld', sql: withheldSql, has: dimensions }
];

/** SQL text without its leading comment lines (the relation's comments stay in its file). */
const withoutComments = (sql: string) =>
	sql
		.split('\n')
		.filter((line) => !line.trimStart().startsWith('--'))
		.join('\n')
		.trim();

/** Splits a statement into its leading comment lines and the statement itself. */
function splitHeader(sql: string): { header: string; body: string } {
	const lines = sql.trim().split('\n');
	const first = lines.findIndex((line) => !line.trimStart().startsWith('--'));
	return { header: lines.slice(0, first).join('\n'), body: lines.slice(first).join('\n') };
}

const indent = (text: string) => text.replace(/^/gm, '    ');

/**
 * A view's statement: the `filtered_*` relations it reads, generated for the dimensions it is
 * filtered by, joined to the statement's own `WITH` if it has one.
 */
export function buildStatement(sql: string, filteredBy: readonly Dimension[]): string {
	const { header, body } = splitHeader(sql);
	const used = relations.filter((relation) => new RegExp(`\\bfiltered_${relation.name}\\b`).test(body));
	if (used.length === 0) return sql.trim();
	const ctes = used.map(
		(relation) =>
			`filtered_${relation.name} AS (\n    SELECT *\n    FROM (\n${indent(indent(withoutComments(relation.sql)))}\n    )\n` +
			`    WHERE ${crossFilterClause(filteredBy, relation.has)}\n)`
	);
	const own = /^WITH\s+/i.exec(body);
	const rest = own ? `,\n${body.slice(own[0].length)}` : `\n${body}`;
	return `${header ? `${header}\n` : ''}WITH ${ctes.join(',\n')}${rest}`;
}

/** The sources behind a view's rows: `cites` selects the `source_ids` of the rows it shows. */
export function buildSourcesStatement(cites: string, filteredBy: readonly Dimension[]): string {
	const { body } = splitHeader(cites);
	return buildStatement(
		'-- The source documents behind the rows this view shows under the current filters.\n' +
			`WITH cited AS (\n${indent(body)}\n),\n` +
			"ids AS (SELECT DISTINCT unnest(string_split(source_ids, ';')) AS source_id FROM cited)\n" +
			'SELECT s.source_id, s.url, s.outlet, s.published\n' +
			'FROM ids\nJOIN sources AS s ON s.source_id = ids.source_id\n' +
			'ORDER BY s.published NULLS LAST, s.source_id',
		filteredBy
	);
}
