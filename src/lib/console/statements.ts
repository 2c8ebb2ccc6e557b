import { quoteIdent } from '$lib/data/sql-text';
import lockdownSql from './sql/lockdown.sql?raw';

/** Largest SQL text the console accepts (bytes of UTF-8). */
export const MAX_SQL_BYTES = 100 * 1024;

/** The lockdown statements, in order (comments dropped), shared by the browser console and its tests. */
export function lockdownStatements(): string[] {
	return lockdownSql
		.split('\n')
		.map((line) => line.replace(/--.*$/, '').trim())
		.filter(Boolean)
		.map((line) => line.replace(/;$/, ''));
}

/** Why a statement was refused before it reached DuckDB. */
export class ConsoleRefusal extends Error {
	constructor(
		message: string,
		readonly offset: number | null = null
	) {
		super(message);
		this.name = 'ConsoleRefusal';
	}
}

/**
 * Statements the console never runs, even though the lockdown already makes most of them harmless:
 * they touch extensions, files or settings, which a read-and-explore console has no use for.
 */
const REFUSED = new Set([
	'INSTALL',
	'LOAD',
	'PRAGMA',
	'SET',
	'RESET',
	'ATTACH',
	'DETACH',
	'COPY',
	'EXPORT',
	'IMPORT',
	'USE',
	'CHECKPOINT',
	'FORCE',
	'UPDATE_EXTENSIONS',
	'CALL'
]);

/**
 * The statements of a SQL text with their start offsets, splitting on `;` outside strings,
 * quoted identifiers and comments. Comments are blanked (same length) so offsets stay true.
 */
export function splitStatements(sql: string): { text: string; offset: number }[] {
	const out: { text: string; offset: number }[] = [];
	let start = 0;
	let i = 0;
	let clean = '';
	while (i < sql.length) {
		const ch = sql[i];
		if (ch === "'" || ch === '"') {
			let j = i + 1;
			while (j < sql.length) {
				if (sql[j] === ch) {
					if (sql[j + 1] === ch) j += 2;
					else break;
				} else j++;
			}
			clean += sql.slice(i, j + 1);
			i = j + 1;
		} else if (ch === '-' && sql[i + 1] === '-') {
			const end = sql.indexOf('\n', i);
			const j = end === -1 ? sql.length : end;
			clean += ' '.repeat(j - i);
			i = j;
		} else if (ch === '/' && sql[i + 1] === '*') {
			const end = sql.indexOf('*/', i + 2);
			const j = end === -1 ? sql.length : end + 2;
			clean += sql.slice(i, j).replace(/[^\n]/g, ' ');
			i = j;
		} else if (ch === ';') {
			out.push({ text: clean.slice(start), offset: start });
			clean += ' ';
			i++;
			start = i;
		} else {
			clean += ch;
			i++;
		}
	}
	out.push({ text: clean.slice(start), offset: start });
	return out
		.map(({ text, offset }) => {
			const lead = text.length - text.trimStart().length;
			return { text: text.trim(), offset: offset + lead };
		})
		.filter((statement) => statement.text.length > 0);
}

/** Size of a SQL text in bytes of UTF-8 (what the 100 KB limit counts). */
export function sqlBytes(sql: string): number {
	return new TextEncoder().encode(sql).length;
}

/**
 * Checks a SQL text before it runs: size limit, no empty text, and no statement that touches
 * extensions, files or settings. Throws a `ConsoleRefusal` naming the statement's position.
 */
export function guardSql(sql: string): void {
	if (sqlBytes(sql) > MAX_SQL_BYTES)
		throw new ConsoleRefusal(`The SQL text is larger than ${MAX_SQL_BYTES / 1024} KB; shorten it.`);
	const statements = splitStatements(sql);
	if (statements.length === 0) throw new ConsoleRefusal('There is no SQL to run.');
	for (const statement of statements) {
		const keyword = /^[A-Za-z_]+/.exec(statement.text)?.[0]?.toUpperCase() ?? '';
		if (REFUSED.has(keyword))
			throw new ConsoleRefusal(
				`${keyword} statements are not allowed in this console: it reads the built-in tables only, with no files, network, extensions or settings.`,
				statement.offset
			);
	}
}

/** A table of the console's schema browser and autocomplete. */
export interface SchemaTable {
	name: string;
	rows: number;
	columns: { name: string; type: string }[];
}

/** `CREATE`-style schema query used by the console: tables and their columns, in order. */
export const SCHEMA_SQL = `SELECT c.table_name AS table_name, c.column_name AS column_name, c.data_type AS data_type
FROM information_schema.columns c
WHERE c.table_schema = 'main'
ORDER BY c.table_name, c.ordinal_position`;

/** Reads tables, columns and row counts through any engine's `run` (console or prerender). */
export async function readSchema(
	run: (sql: string) => Promise<Iterable<Record<string, unknown> | null>>
): Promise<SchemaTable[]> {
	const byName = new Map<string, SchemaTable>();
	for (const row of await run(SCHEMA_SQL)) {
		const name = String(row?.table_name);
		let entry = byName.get(name);
		if (!entry) byName.set(name, (entry = { name, rows: 0, columns: [] }));
		entry.columns.push({ name: String(row?.column_name), type: String(row?.data_type) });
	}
	for (const entry of byName.values()) {
		for (const row of await run(`SELECT count(*)::DOUBLE AS n FROM ${quoteIdent(entry.name)}`))
			entry.rows = Number(row?.n ?? 0);
	}
	return [...byName.values()];
}

/** Arrow type names (as the result grid shows them) that hold numbers. */
export function isNumericType(type: string): boolean {
	return /^(Int|Uint|Float|Decimal)/.test(type);
}

/** Which columns of a result a quick chart can draw: one label column and one numeric column. */
export interface QuickChartColumns {
	/** Default label column (index). */
	label: number;
	/** Default value column (index). */
	value: number;
	/** Every numeric column, the possible value columns. */
	numeric: number[];
}

/**
 * The default quick chart of a result, or null when it has no label and numeric column pair. The
 * label is the first non-numeric column (or, when every column is numeric, the first column, e.g.
 * an edition number); the value is the first numeric column other than the label.
 */
export function quickChartColumns(columns: readonly { type: string }[]): QuickChartColumns | null {
	const numeric = columns.flatMap((column, i) => (isNumericType(column.type) ? [i] : []));
	const text = columns.findIndex((column) => !isNumericType(column.type));
	const label = text !== -1 ? text : numeric.length >= 2 ? numeric[0] : -1;
	const value = numeric.find((i) => i !== label);
	if (label === -1 || value === undefined) return null;
	return { label, value, numeric };
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The 1-based line and column of a UTF-16 offset in a text (where an error points). The column
 * counts characters as a reader sees them (graphemes: an emoji or an accented letter is one).
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset).split('\n');
	return { line: before.length, column: [...graphemes.segment(before[before.length - 1])].length + 1 };
}
