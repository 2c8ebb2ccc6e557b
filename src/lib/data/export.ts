import Papa from 'papaparse';

/** Characters that make a spreadsheet read a cell as a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell value made safe to open in a spreadsheet: formula-like text gets a leading apostrophe. */
export function neutraliseCell(value: unknown): string {
	if (value === null || value === undefined) return '';
	const text = typeof value === 'string' ? value : String(value);
	return typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * CSV of exactly `columns` of `rows`, in that order, with spreadsheet formula injection neutralised
 * (text cells starting with =, +, -, @, tab or CR get a leading apostrophe; numbers stay numbers, so a
 * negative number is not mangled). Unknown (null/undefined) is an empty cell, never 0.
 */
export function toSafeCsv(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
	const data = rows.map((row) => columns.map((column) => neutraliseCell(row[column])));
	return Papa.unparse({ fields: [...columns], data }, { newline: '\r\n' });
}
