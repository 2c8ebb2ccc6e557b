import type { SqlEngine, SqlValue } from '$lib/data/engine';
import { quoteIdent } from '$lib/data/sql-text';
import { tables } from '$lib/data/tables';
import { categoryIds, coverages, prizeLevels } from '$lib/data/vocabularies';
import { ImportError } from './errors';

/**
 * "Add an edition": a CSV in the shape of the built-in `editions` or `winners` table, checked with
 * the built-in column types and vocabularies (static/data/README.md), then appended to the
 * built-in table in this browser's engine. Rows are inserted through bound parameters with an
 * explicit CAST per column: no user text is ever put into the SQL.
 */
export type EditionKind = 'editions' | 'winners';

/** The vocabularies of static/data/README.md that an added row must use. */
export const vocabularies: Record<string, readonly string[]> = {
	category_id: categoryIds,
	prize_level: prizeLevels,
	coverage: coverages
};

/** Most rows an added edition may hold (the largest real edition has a few dozen prizes). */
export const MAX_EDITION_ROWS = 2000;

export type EditionRule =
	'type' | 'vocabulary' | 'duplicate' | 'unknown-edition' | 'unknown-institution' | 'required';

function spec(kind: EditionKind) {
	const found = tables.find((table) => table.name === kind);
	if (!found) throw new Error(`No built-in table ${kind}`);
	return found;
}

/** The built-in table whose columns the header holds exactly (same names, same order). */
export function editionKind(header: string[]): EditionKind | undefined {
	for (const kind of ['editions', 'winners'] as const) {
		const names = Object.keys(spec(kind).columns);
		if (names.length === header.length && names.every((name, i) => name === header[i])) return kind;
	}
	return undefined;
}

const integer = /^-?\d{1,9}$/;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(value: string): boolean {
	const m = isoDate.exec(value);
	if (!m) return false;
	const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
	return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

async function column(engine: SqlEngine, sql: string): Promise<Set<string>> {
	const result = await engine.run(sql, []);
	return new Set(result.toArray().map((row) => String(Object.values(row.toJSON())[0])));
}

function refuse(
	file: string,
	line: number,
	columnIndex: number,
	name: string,
	value: string,
	rule: EditionRule
) {
	return new ImportError('invalid-value', {
		file,
		line,
		column: columnIndex + 1,
		columnName: name,
		detail: { value, rule }
	});
}

/**
 * Checks every row against the built-in table: types, vocabularies, keys not already used, and
 * references (a winner's edition and institution) that exist. The first problem is thrown as an
 * `invalid-value` ImportError naming its line and column. Line numbers count the header as 1.
 */
export async function checkEdition(
	engine: SqlEngine,
	kind: EditionKind,
	rows: (string | null)[][],
	file: string
): Promise<void> {
	if (rows.length > MAX_EDITION_ROWS)
		throw new ImportError('too-many-rows', { file, detail: { count: rows.length, limit: MAX_EDITION_ROWS } });
	const columns = Object.entries(spec(kind).columns);
	const key = kind === 'editions' ? 'edition' : 'award_id';
	const keys = await column(engine, `SELECT ${key}::VARCHAR FROM ${kind}`);
	const years = kind === 'editions' ? await column(engine, 'SELECT year::VARCHAR FROM editions') : new Set();
	const editions =
		kind === 'winners' ? await column(engine, 'SELECT edition::VARCHAR FROM editions') : new Set();
	const institutions =
		kind === 'winners' ? await column(engine, 'SELECT institution_id FROM institutions') : new Set();
	const seen = new Set<string>();
	rows.forEach((row, r) => {
		const line = r + 2;
		columns.forEach(([name, type], c) => {
			const value = row[c];
			const fail = (rule: EditionRule) => refuse(file, line, c, name, value ?? '', rule);
			if (value === null) {
				if (name === key || name === 'year' || name === 'edition' || name in vocabularies)
					throw fail('required');
				return;
			}
			if (type === 'INTEGER' && !integer.test(value)) throw fail('type');
			if (type === 'DATE' && !validDate(value)) throw fail('type');
			if (name in vocabularies && !vocabularies[name].includes(value)) throw fail('vocabulary');
			if (name === key && (keys.has(String(Number(value))) || seen.has(String(Number(value)))))
				throw fail('duplicate');
			if (kind === 'editions' && name === 'year' && years.has(String(Number(value)))) throw fail('duplicate');
			if (kind === 'winners' && name === 'edition' && !editions.has(String(Number(value))))
				throw fail('unknown-edition');
			if (kind === 'winners' && name === 'institution_id' && !institutions.has(value))
				throw fail('unknown-institution');
		});
		seen.add(String(Number(row[columns.findIndex(([name]) => name === key)])));
	});
}

/** Appends checked rows to the built-in table, all or nothing (one transaction). */
export async function appendEdition(
	engine: SqlEngine,
	kind: EditionKind,
	rows: (string | null)[][]
): Promise<void> {
	const types = Object.values(spec(kind).columns);
	const sql =
		`INSERT INTO ${quoteIdent(kind)} VALUES (` +
		types.map((type, i) => `CAST($${i + 1} AS ${type})`).join(', ') +
		')';
	await engine.run('BEGIN TRANSACTION', []);
	try {
		for (const row of rows) await engine.run(sql, row as SqlValue[]);
		await engine.run('COMMIT', []);
	} catch (error) {
		await engine.run('ROLLBACK', []).catch(() => undefined);
		throw error;
	}
}

/** Every row of a (merged) built-in table, header first, as text for a CSV export. */
export async function tableForExport(
	engine: SqlEngine,
	kind: EditionKind
): Promise<{ header: string[]; rows: (string | null)[][] }> {
	const header = Object.keys(spec(kind).columns);
	const order = kind === 'editions' ? 'edition' : 'award_id';
	const result = await engine.run(
		`SELECT ${header.map((name) => `${quoteIdent(name)}::VARCHAR AS ${quoteIdent(name)}`).join(', ')} ` +
			`FROM ${quoteIdent(kind)} ORDER BY ${quoteIdent(order)}`,
		[]
	);
	return {
		header,
		rows: result.toArray().map((row) => header.map((name) => (row[name] === null ? null : String(row[name]))))
	};
}
