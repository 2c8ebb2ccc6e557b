import Papa from 'papaparse';
import type { PlainValue } from './rows';

/** First characters that make a spreadsheet read a cell as a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell made safe to open in a spreadsheet: formula-like text gets a leading apostrophe; numbers
 * stay numbers (a negative number is not a formula); unknown (null/undefined) is empty, never 0.
 */
export function neutraliseCell(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value !== 'string') return String(value);
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/** CSV of a result (header + rows), every cell and column name neutralised; CRLF as RFC 4180 says. */
export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
	return Papa.unparse(
		{ fields: columns.map(neutraliseCell), data: rows.map((row) => row.map(neutraliseCell)) },
		{ newline: '\r\n' }
	);
}

/** CSV of exactly `columns` of record rows, in that order (a chart's data table, say). */
export function toSafeCsv(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
	return toCsv(
		columns,
		rows.map((row) => columns.map((column) => row[column]))
	);
}

/** JSON of a result: an array of objects keyed by column name. */
export function toJson(columns: string[], rows: PlainValue[][]): string {
	return JSON.stringify(
		rows.map((row) => Object.fromEntries(columns.map((name, i) => [name, row[i]]))),
		null,
		2
	);
}
