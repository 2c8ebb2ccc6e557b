/**
 * The one CSV writer. Two outputs share it:
 * - canonical CSV (comma, `\n`, cells verbatim, no BOM): what the upload worker produces, the browser
 *   stores and DuckDB's `read_csv` loads (`readCsvSql`). It round-trips exactly through the upload
 *   parser. No BOM: it never leaves the page, and `read_csv` would take a BOM into the first column name.
 * - spreadsheet CSV (CRLF as RFC 4180 says, formula-like text neutralised): every download.
 *   `csvDownload` adds the UTF-8 BOM, so Excel reads Arabic and accents right; every CSV download
 *   goes through it.
 */

/** A cell as CSV: quoted when it holds a separator, a quote, a line break, edge spaces, or is ''. */
function csvCell(value: string | null): string {
	if (value === null) return '';
	if (value === '' || /[",;|\t\r\n]/.test(value) || value !== value.trim())
		return `"${value.replaceAll('"', '""')}"`;
	return value;
}

function writeCsv(
	header: readonly string[],
	rows: readonly (readonly (string | null)[])[],
	newline: string,
	end: string
): string {
	// A one-column empty row is written `""`, so it is not mistaken for a blank line.
	const line = (row: readonly (string | null)[]) =>
		row.length === 1 && (row[0] === null || row[0] === '') ? '""' : row.map(csvCell).join(',');
	return [header, ...rows].map(line).join(newline) + end;
}

/** Canonical CSV of parsed rows (empty string and null both become an empty cell: unknown). */
export function toCanonicalCsv(
	header: readonly string[],
	rows: readonly (readonly (string | null)[])[]
): string {
	return writeCsv(header, rows, '\n', '\n');
}

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

/** Spreadsheet CSV of a result (header + rows), every cell and column name neutralised. */
export function toSpreadsheetCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
	const cell = (value: unknown) => (value === null || value === undefined ? null : neutraliseCell(value));
	return writeCsv(
		columns.map(neutraliseCell),
		rows.map((row) => row.map(cell)),
		'\r\n',
		''
	);
}

/** Spreadsheet CSV of exactly `columns` of record rows, in that order (a chart's data table, say). */
export function recordsToSpreadsheetCsv(
	rows: readonly Record<string, unknown>[],
	columns: readonly string[]
): string {
	return toSpreadsheetCsv(
		columns,
		rows.map((row) => columns.map((column) => row[column]))
	);
}

/** A CSV download: the UTF-8 BOM first (the one place it is added), then the text. */
export function csvDownload(text: string): Blob {
	return new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' });
}
