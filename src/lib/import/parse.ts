import Papa from 'papaparse';
import { ImportError } from './errors';

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'DATE' | 'BOOLEAN';

export interface ParseLimits {
	maxColumns: number;
	/** Longest field, in characters. */
	maxFieldChars: number;
}

export const defaultLimits: ParseLimits = { maxColumns: 500, maxFieldChars: 1_000_000 };

export interface ParsedTable {
	header: string[];
	/** Original header cells (before de-duplication and naming of empty ones). */
	rawHeader: string[];
	rows: (string | null)[][];
	types: ColumnType[];
	delimiter: string;
	newline: '\n' | '\r\n' | '\r';
}

const candidates = [',', ';', '\t', '|'];

/**
 * Scans the text once, outside quoted fields: which line endings occur (mixing them is refused),
 * whether a quote is left open (refused, naming the line where it opened), and counts each
 * candidate delimiter on the first line.
 */
export function scan(text: string, file: string): { newline: '\n' | '\r\n' | '\r'; firstLine: string } {
	let inQuote = false;
	let quoteLine = 0;
	let line = 1;
	let kind: '\n' | '\r\n' | '\r' | undefined;
	let firstLineEnd = -1;
	let fieldStart = true;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (inQuote) {
			if (c === '"') {
				if (text[i + 1] === '"') i++;
				else inQuote = false;
			} else if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
			continue;
		}
		if (c === '"' && fieldStart) {
			inQuote = true;
			quoteLine = line;
			fieldStart = false;
			continue;
		}
		if (c === '\r' || c === '\n') {
			const here: '\n' | '\r\n' | '\r' = c === '\n' ? '\n' : text[i + 1] === '\n' ? '\r\n' : '\r';
			if (kind === undefined) kind = here;
			else if (kind !== here) throw new ImportError('mixed-line-endings', { file, line });
			if (firstLineEnd === -1) firstLineEnd = i;
			if (here === '\r\n') i++;
			line++;
			fieldStart = true;
			continue;
		}
		fieldStart = candidates.includes(c);
	}
	if (inQuote) throw new ImportError('unbalanced-quote', { file, line: quoteLine });
	return { newline: kind ?? '\n', firstLine: firstLineEnd === -1 ? text : text.slice(0, firstLineEnd) };
}

/** The delimiter: a .tsv file is tab-separated; otherwise the candidate most used on the header line. */
export function detectDelimiter(firstLine: string, file: string): string {
	if (/\.tsv$/i.test(file)) return '\t';
	let best = ',';
	let bestCount = 0;
	for (const d of candidates) {
		let count = 0;
		let inQuote = false;
		for (const c of firstLine) {
			if (c === '"') inQuote = !inQuote;
			else if (c === d && !inQuote) count++;
		}
		if (count > bestCount) {
			best = d;
			bestCount = count;
		}
	}
	return best;
}

/** Names every column: trimmed, empty ones become `column_N`, duplicates get `_2`, `_3`… */
export function nameColumns(raw: string[]): string[] {
	const seen = new Set<string>();
	return raw.map((cell, index) => {
		const base = cell.trim() || `column_${index + 1}`;
		let name = base;
		for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${base}_${k}`;
		seen.add(name.toLowerCase());
		return name;
	});
}

const arabicIndic = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** Arabic-Indic and Eastern Arabic-Indic digits → Latin digits. */
export function latinDigits(value: string): string {
	return value.replace(arabicIndic, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

const integerPattern = /^-?(0|[1-9]\d{0,8})$/;
const doublePattern = /^-?(0|[1-9]\d*)\.\d+$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDate(value: string): boolean {
	const m = datePattern.exec(value);
	if (!m) return false;
	const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
	return date.getUTCFullYear() === +m[1] && date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3];
}

/**
 * A column's type from all its non-empty values. Conservative on purpose: INTEGER only for
 * plain integers that fit in 32 bits without leading zeros (a 20-digit identifier stays text);
 * DATE only for ISO dates (03/04/2020 is ambiguous between fr and en: text); thousands separators
 * (1,234 / 1 234) stay text. Arabic-Indic digits count as digits.
 */
export function inferType(values: (string | null)[]): ColumnType {
	const present = values.filter((v): v is string => v !== null);
	if (present.length === 0) return 'VARCHAR';
	if (present.every((v) => integerPattern.test(latinDigits(v)))) return 'INTEGER';
	if (present.every((v) => integerPattern.test(latinDigits(v)) || doublePattern.test(latinDigits(v))))
		return 'DOUBLE';
	if (present.every(isDate)) return 'DATE';
	if (present.every((v) => v === 'true' || v === 'false')) return 'BOOLEAN';
	return 'VARCHAR';
}

/**
 * Parses decoded text with PapaParse (explicit delimiter and newline, never its worker mode) and
 * validates it; every problem is an ImportError with its line and column. Cells are kept verbatim
 * (formula-like text included); an empty cell is null (unknown, never zero); numeric cells written
 * with Arabic-Indic digits are normalised to Latin digits.
 */
export function parseTable(
	text: string,
	file: string,
	limits: ParseLimits = defaultLimits,
	onProgress?: (rows: number, chars: number) => void,
	shouldStop?: () => boolean,
	/** The text is the head of a longer file: no data row yet is not an error. */
	partial = false
): ParsedTable {
	const { newline, firstLine } = scan(text, file);
	const delimiter = detectDelimiter(firstLine, file);
	const records: string[][] = [];
	const lines: number[] = [];
	let line = 1;
	let lastCursor = 0;
	let failure: ImportError | undefined;
	Papa.parse<string[]>(text, {
		delimiter,
		newline,
		quoteChar: '"',
		escapeChar: '"',
		header: false,
		dynamicTyping: false,
		skipEmptyLines: false,
		step(results, parser) {
			const startLine = line;
			const cursor = results.meta.cursor;
			const blank = text.slice(lastCursor, cursor).trim() === '';
			for (let i = lastCursor; i < cursor; i++) {
				const c = text.charCodeAt(i);
				if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
			}
			lastCursor = cursor;
			const error = results.errors[0];
			if (error) {
				failure = new ImportError(error.type === 'Quotes' ? 'unbalanced-quote' : 'ragged-rows', {
					file,
					line: startLine
				});
				parser.abort();
				return;
			}
			const record = results.data;
			if (blank) return;
			records.push(record);
			lines.push(startLine);
			if (records.length % 5000 === 0) {
				onProgress?.(records.length, cursor);
				if (shouldStop?.()) {
					failure = new ImportError('interrupted', { file, line: startLine });
					parser.abort();
				}
			}
		}
	});
	if (failure) throw failure;
	if (records.length === 0) throw new ImportError('empty-file', { file });
	const rawHeader = records[0];
	if (rawHeader.length > limits.maxColumns)
		throw new ImportError('too-many-columns', {
			file,
			line: 1,
			detail: { count: rawHeader.length, limit: limits.maxColumns }
		});
	const header = nameColumns(rawHeader);
	const rows: (string | null)[][] = [];
	for (let r = 0; r < records.length; r++) {
		const record = records[r];
		if (record.length !== header.length)
			throw new ImportError('ragged-rows', {
				file,
				line: lines[r],
				detail: { expected: header.length, actual: record.length }
			});
		for (let c = 0; c < record.length; c++)
			if (record[c].length > limits.maxFieldChars)
				throw new ImportError('field-too-large', {
					file,
					line: lines[r],
					column: c + 1,
					columnName: header[c],
					detail: { limit: limits.maxFieldChars }
				});
		if (r > 0) rows.push(record.map((cell) => (cell === '' ? null : cell)));
	}
	if (rows.length === 0 && !partial) throw new ImportError('no-data-rows', { file, line: 2 });
	const types = header.map((_, c) => inferType(rows.map((row) => row[c])));
	for (let c = 0; c < types.length; c++)
		if (types[c] === 'INTEGER' || types[c] === 'DOUBLE')
			for (const row of rows) if (row[c] !== null) row[c] = latinDigits(row[c] as string);
	onProgress?.(rows.length, text.length);
	return { header, rawHeader, rows, types, delimiter, newline };
}
