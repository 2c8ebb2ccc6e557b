import { decodeStrict, pickEncoding, type Encoding } from './decode';
import { defaultLimits, parseTable, type ColumnType, type ParsedTable, type ParseLimits } from './parse';

/**
 * What JavaScript reads of a file: this many first bytes, for the encoding, the dialect and the
 * preview. A file this small is read and checked whole; a larger one is read by DuckDB itself.
 */
export const HEAD_BYTES = 256 * 1024;

/** Rows shown in the preview. */
export const PREVIEW_ROWS = 10;

/** The head of a file: encoding, dialect, header and first rows (as written, digits not normalised). */
export interface FileHead extends Pick<ParsedTable, 'header' | 'rawHeader' | 'delimiter' | 'newline'> {
	encoding: Encoding;
	/** A byte-order mark was present. */
	bom: boolean;
	/** The head is the whole file, so every check of the JS parser ran on all of it. */
	whole: boolean;
	preview: (string | null)[][];
	/**
	 * Each column's type by the values of the head (undefined where the head has none): a column
	 * the head finds text stays text, so DuckDB checks only the other columns' types over all rows.
	 */
	types: (ColumnType | undefined)[];
}

/**
 * Where the last complete line of bytes ends (after its line break), or 0 when there is none. A
 * carriage return at the very end may be the first half of a CRLF: it does not count.
 */
function lastLineEnd(bytes: Uint8Array, step: 1 | 2): number {
	const isBreak = (i: number, code: number) =>
		step === 1
			? bytes[i] === code
			: (bytes[i] | bytes[i + 1]) === code && (bytes[i] === 0 || bytes[i + 1] === 0);
	for (let i = bytes.length - step; i >= 0; i -= step) if (isBreak(i, 0x0a)) return i + step;
	for (let i = bytes.length - 2 * step; i >= 0; i -= step) if (isBreak(i, 0x0d)) return i + step;
	return 0;
}

/** The text up to the end of its last record that closes outside quotes (a cut mid-field is dropped). */
function completeRecords(text: string): string {
	let inQuote = false;
	let end = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 34) inQuote = !inQuote;
		else if (!inQuote && (c === 10 || c === 13)) end = i + 1;
	}
	return text.slice(0, end);
}

/**
 * Reads the head of a file. A whole file goes through the strict decode and the JS parser, exactly
 * as before (every located error); a head cut from a longer file is decoded strictly up to its last
 * line break, and parsed up to its last complete record, so a cut never looks like an error.
 */
export function readHead(
	head: Uint8Array,
	file: string,
	whole: boolean,
	chosen?: Encoding,
	limits: ParseLimits = defaultLimits
): FileHead {
	let text: string;
	let encoding: Encoding;
	let bom: boolean;
	if (whole) {
		({ text, encoding, bom } = decodeStrict(head, file, chosen));
	} else {
		const picked = pickEncoding(head, chosen);
		const body = head.subarray(picked.skip);
		const cut = body.subarray(
			0,
			lastLineEnd(body, picked.encoding.startsWith('utf-16') ? 2 : 1) || body.length
		);
		({ text } = decodeStrict(cut, file, picked.encoding));
		encoding = picked.encoding;
		bom = picked.skip > 0;
		text = completeRecords(text);
	}
	const table = parseTable(text, file, limits, undefined, undefined, !whole);
	const { header, rawHeader, delimiter, newline } = table;
	return {
		header,
		rawHeader,
		delimiter,
		newline,
		encoding,
		bom,
		whole,
		preview: table.rows.slice(0, PREVIEW_ROWS),
		types: table.types.map((type, c) => (table.rows.some((row) => row[c] !== null) ? type : undefined))
	};
}
