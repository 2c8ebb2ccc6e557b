/**
 * DuckDB's errors as the console shows them: kind, message and place in the reader's SQL.
 *
 * DuckDB-WASM 1.32 throws two shapes. Most errors are formatted text, `Binder Error: …` followed by
 * `LINE n: <excerpt>` and a caret line. A parser error of a streamed query (`send`) is the raw JSON
 * of DuckDB's ErrorData: `{"exception_type":"Parser","exception_message":"…","position":"19"}`,
 * where `position` counts Unicode code points (not bytes, not UTF-16 units). The caret of a
 * formatted error counts terminal columns (an emoji or a CJK character is two) from the excerpt's
 * start; the caret DuckDB puts inside a parser error's JSON message is computed from the
 * code-point position as if it were a byte offset, so it is wrong on non-ASCII lines and ignored.
 */

/** An error of one statement, with the text that was sent and where that text starts in the reader's SQL. */
export class StatementError extends Error {
	constructor(
		message: string,
		/** The SQL sent to DuckDB (what its positions count in). */
		readonly sent: string,
		/** Where `sent` starts in the text the reader ran (UTF-16 offset). */
		readonly base: number
	) {
		super(message);
		this.name = 'StatementError';
	}
}

/** A DuckDB error taken apart. */
export interface ParsedError {
	/** DuckDB's exception type (`Parser`, `Binder`, `Catalog`, `Conversion`, `Invalid Input`, `Out of Range`, `INTERRUPT`…), null when the text is not DuckDB's. */
	kind: string | null;
	/** DuckDB's own words, without the type prefix, JSON or excerpt/caret lines. */
	text: string;
	/** Where the error points in the text that was sent (UTF-16 offset), when DuckDB says. */
	offset: number | null;
}

/** `LINE n: <excerpt>` and the caret line under it, as DuckDB appends them (possibly twice). */
const LINE_BLOCK = /\n*LINE (\d+): ([^\n]*)\n( *)\^/g;

interface JsonError {
	exception_type: string;
	exception_message: string;
	position?: string;
}

function readJson(message: string): JsonError | null {
	if (!message.trimStart().startsWith('{')) return null;
	try {
		const value = JSON.parse(message) as Partial<JsonError>;
		return typeof value.exception_type === 'string' && typeof value.exception_message === 'string'
			? (value as JsonError)
			: null;
	} catch {
		return null;
	}
}

/** The UTF-16 offset of code point `count` in `text` (the end of the text when beyond it). */
export function codePointOffset(text: string, count: number): number {
	let offset = 0;
	for (let seen = 0; seen < count && offset < text.length; seen++) {
		const code = text.codePointAt(offset)!;
		offset += code > 0xffff ? 2 : 1;
	}
	return offset;
}

const WIDE =
	/[\u1100-\u115f\u231a\u231b\u23e9-\u23ec\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{1f680}-\u{1f6ff}\u{20000}-\u{3fffd}]/u;

/** Columns a grapheme takes in DuckDB's excerpt (utf8proc): two for wide characters and emoji, else one. */
function renderWidth(grapheme: string): number {
	return WIDE.test(grapheme) || /\p{Extended_Pictographic}\uFE0F/u.test(grapheme) ? 2 : 1;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Start offset of each line of `text` (DuckDB counts `\n`, `\r\n` and a lone `\r` as one break). */
function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '\r' && text[i + 1] === '\n') i++;
		if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
	}
	return starts;
}

/** Offset of a formatted error's caret: line `line`, `width` columns into `excerpt` as it sits in that line. */
function caretOffset(sent: string, line: number, excerpt: string, width: number): number | null {
	const starts = lineStarts(sent);
	if (line < 1 || line > starts.length) return null;
	const lineText = sent
		.slice(starts[line - 1], line < starts.length ? starts[line] : undefined)
		.replace(/\r?\n?$/, '');
	const front = excerpt.startsWith('...');
	const body = excerpt.replace(/^\.\.\./, '').replace(/\.\.\.$/, '');
	const found = lineText.indexOf(body);
	let at = found === -1 ? 0 : found;
	let left = width - (front ? 3 : 0);
	for (const { segment } of graphemes.segment(lineText.slice(at))) {
		if (left <= 0) break;
		left -= renderWidth(segment);
		at += segment.length;
	}
	return starts[line - 1] + Math.min(at, lineText.length);
}

/** Takes a DuckDB error message apart; `sent` is the SQL it answered, for positions. */
export function parseDuckDbError(message: string, sent: string): ParsedError {
	const json = readJson(message);
	let kind: string | null = json ? json.exception_type : null;
	let body = json ? json.exception_message : message;
	if (!json) {
		const prefix = /^([A-Za-z][A-Za-z ]*?) Error: ([\s\S]*)$/.exec(message);
		if (prefix) [kind, body] = [prefix[1], prefix[2]];
	}
	let offset: number | null = null;
	const position = json?.position === undefined ? NaN : Number(json.position);
	if (Number.isInteger(position) && position >= 0) offset = codePointOffset(sent, position);
	const block = [...body.matchAll(LINE_BLOCK)][0];
	if (offset === null && block) {
		const caret = block[3].length - `LINE ${block[1]}: `.length;
		offset = caretOffset(sent, Number(block[1]), block[2], caret);
	}
	const text = body.replace(LINE_BLOCK, '').trim();
	return { kind, text, offset };
}

/** A name or number (letters of any script, marks, emoji), or a run of operator characters. */
const TOKEN = /^(?:[\p{L}\p{M}\p{N}\p{Extended_Pictographic}_$.]|\u200d|\ufe0f)+/u;
const OPERATOR = /^[:+\-*/<>=!|&%^~]+/;

/**
 * The range to highlight for an error at `offset`: the word, number or quoted text that starts
 * there; at the end of the text or on a blank, the last token before it (a statement that ends too
 * early is marked where it ends).
 */
export function errorRange(text: string, offset: number): { from: number; to: number } | null {
	if (text.length === 0) return null;
	let from = Math.max(0, Math.min(offset, text.length));
	if (from === text.length || /\s/.test(text[from])) {
		while (from > 0 && /\s/.test(text[from - 1])) from--;
		if (from === 0) return null;
		const before = /(?:[\p{L}\p{M}\p{N}\p{Extended_Pictographic}_$.]+|[:+\-*/<>=!|&%^~]+|.)$/su.exec(
			text.slice(0, from)
		)!;
		return { from: from - before[0].length, to: from };
	}
	const rest = text.slice(from, from + 200);
	const quoted = /^(['"])(?:(?!\1)[\s\S]|\1\1)*(?:\1|$)/.exec(rest);
	const token = TOKEN.exec(rest) ?? OPERATOR.exec(rest);
	// At worst one whole character (never half of a surrogate pair).
	const length =
		quoted?.[0].length ?? token?.[0].length ?? String.fromCodePoint(text.codePointAt(from)!).length;
	return { from, to: Math.min(text.length, from + Math.max(1, length)) };
}
