import Papa from 'papaparse';
import type { PlainValue } from './rows';

/** First characters that make a spreadsheet treat a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a cell a spreadsheet would execute, with a leading apostrophe. */
export function neutraliseCell(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * CSV of a result (header + rows), safe to open in a spreadsheet: text cells starting with
 * `=`, `+`, `-`, `@`, tab or carriage return are neutralised; null is an empty cell; numbers stay
 * numbers (a negative number is a number, not a formula).
 */
export function toCsv(columns: string[], rows: PlainValue[][]): string {
	const cell = (value: PlainValue): string | number | boolean =>
		value === null ? '' : typeof value === 'string' ? neutraliseCell(value) : value;
	return Papa.unparse(
		{ fields: columns.map(neutraliseCell), data: rows.map((row) => row.map(cell)) },
		{ newline: '\r\n', quotes: false }
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
