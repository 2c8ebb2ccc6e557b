import { quoteIdent, quoteLiteral } from '$lib/data/sql-text';
import { decodeStrict, firstInvalidUtf8, type Encoding } from './decode';
import { ImportError } from './errors';
import { PREVIEW_ROWS, type FileHead } from './head';
import type { ImportEngine } from './load';
import { defaultLimits, latinDigits, parseTable, type ColumnType, type ParseLimits } from './parse';

/** An engine that reads a file itself: registered by handle, never copied into the page's heap. */
export interface FileEngine extends ImportEngine {
	registerFile(name: string, file: Blob): Promise<void>;
}

/** A file read into DuckDB: its checked table (internal name) and what the preview shows. */
export interface LoadedFile {
	staging: string;
	types: ColumnType[];
	rowCount: number;
	preview: (string | null)[][];
	/**
	 * Settles once `staging` holds its columns typed: the casts run after the preview is shown,
	 * while the reader looks at it. Every use of the table waits for it; it rejects (the table
	 * dropped) only when DuckDB cannot cast, out of memory.
	 */
	typed: Promise<void>;
}

const arabicDigits = '٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹';
const latin = '01234567890123456789';

/** Line (1-based) of a byte offset: the line breaks before it, a CRLF counted once. */
export async function lineOfByte(source: Blob, offset: number): Promise<number> {
	const bytes = new Uint8Array(await source.slice(0, offset).arrayBuffer());
	let line = 1;
	for (let i = 0; i < bytes.length; i++)
		if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10)) line++;
	return line;
}

/**
 * Names the place of a problem DuckDB sees without a place (a change of line ending stops its
 * reader; a field over the limit or a NUL byte is seen in the loaded values): the JS parser reads
 * the file once, on that failure path only. Undefined when it finds nothing wrong.
 */
export type Locate = (
	original: Blob,
	file: string,
	encoding: Encoding,
	limits: ParseLimits
) => Promise<ImportError | undefined>;

/** {@link Locate} on the calling thread (Node, tests); the page runs the parser in its worker. */
export const locateHere: Locate = async (original, file, encoding, limits) => {
	try {
		const { text } = decodeStrict(new Uint8Array(await original.arrayBuffer()), file, encoding);
		parseTable(text, file, limits);
	} catch (error) {
		if (error instanceof ImportError) return error;
		if (error instanceof RangeError) return new ImportError('out-of-memory', { file });
	}
	return undefined;
};

interface Reject {
	line_byte_position: bigint | number;
	error_type: string;
	csv_line: string | null;
	error_message: string;
}

/**
 * The first reject that is not a blank line (skipped, as the JS parser does), as a located error;
 * `unsure` when only the JS parser can name it (that error stands if it finds nothing).
 */
async function rejectError(
	source: Blob,
	rejects: Reject[],
	file: string,
	columns: number,
	encoding: Encoding
): Promise<ImportError | { unsure: ImportError } | undefined> {
	const reject = rejects.find(
		(r) => !(r.error_type === 'MISSING COLUMNS' && (r.csv_line ?? '').trim() === '')
	);
	if (!reject) return undefined;
	const offset = Number(reject.line_byte_position) - 1;
	const line = await lineOfByte(source, offset);
	switch (reject.error_type) {
		case 'MISSING COLUMNS':
		case 'TOO MANY COLUMNS': {
			const found = /Found: (\d+)/.exec(reject.error_message);
			return new ImportError('ragged-rows', {
				file,
				line,
				detail: { expected: columns, actual: found ? Number(found[1]) : 0 }
			});
		}
		case 'UNQUOTED VALUE': {
			const quote = new ImportError('unbalanced-quote', { file, line });
			// A CR after a closing quote in a file of LF lines is a change of line ending: the JS
			// parser names it as such.
			return reject.csv_line?.includes('\r') ? { unsure: quote } : quote;
		}
		case 'INVALID ENCODING':
		case 'INVALID UNICODE': {
			const bytes = new Uint8Array(await source.slice(offset, offset + 65536).arrayBuffer());
			const at = firstInvalidUtf8(bytes);
			const column = at >= 0 ? new TextDecoder().decode(bytes.subarray(0, at)).length + 1 : undefined;
			return new ImportError('encoding', { file, line, column, detail: { encoding } });
		}
		default:
			return { unsure: new ImportError('field-too-large', { file }) };
	}
}

let sequence = 0;

/**
 * Reads a file into DuckDB, which parses and checks it in its own worker: an explicit dialect
 * (from the head), every column as text, `strict_mode`, and `store_rejects` so the first bad line
 * is named (line, from its byte position). The types then follow the JS parser's rules over all
 * values (one SQL pass, a second only for columns the head misjudged). It returns with the verdict
 * and the preview; the columns are then typed in place (Arabic-Indic digits made Latin in numeric
 * columns) until `typed` settles. On any failure nothing is left behind. `source` is the file in
 * UTF-8 (the original, or its transcoding); `original` is what the reader picked.
 */
export async function readFileIntoDuckDB(
	engine: FileEngine,
	source: Blob,
	original: Blob,
	head: FileHead,
	file: string,
	limits: ParseLimits = defaultLimits,
	locate: Locate = locateHere
): Promise<LoadedFile> {
	const { cast, ...checked } = await readChecked(engine, source, original, head, file, limits, locate);
	const typed = cast();
	// Never unhandled: whoever uses the table awaits it and sees the failure.
	typed.catch(() => undefined);
	return { ...checked, typed };
}

/** The read and every check of {@link readFileIntoDuckDB}; `cast` types the checked table's columns. */
async function readChecked(
	engine: FileEngine,
	source: Blob,
	original: Blob,
	head: FileHead,
	file: string,
	limits: ParseLimits,
	locate: Locate
): Promise<Omit<LoadedFile, 'typed'> & { cast: () => Promise<void> }> {
	const n = ++sequence;
	const handle = `upload-${Date.now()}-${n}.csv`;
	const staging = `staging_${Date.now()}_${n}`;
	const raw = quoteIdent(staging);
	const rejectsTable = `rejects_${n}`;
	const rejectsScan = `rejects_scan_${n}`;
	const columns = head.header.map((name) => `${quoteLiteral(name)}: 'VARCHAR'`).join(', ');
	const located = async (fallback: ImportError) =>
		(await locate(original, file, head.encoding, limits)) ?? fallback;
	await engine.registerFile(handle, source);
	try {
		try {
			await engine.run(
				`CREATE TABLE ${raw} AS SELECT * FROM read_csv(${quoteLiteral(handle)}, header = true, ` +
					`auto_detect = false, delim = ${quoteLiteral(head.delimiter)}, quote = '"', escape = '"', ` +
					(head.newline === '\r' ? `new_line = '\\r', ` : '') +
					`strict_mode = true, store_rejects = true, rejects_table = '${rejectsTable}', ` +
					// DuckDB's default line limit (2 MB): raising it to fit the field limit in UTF-8
					// doubled the read time; a longer line is placed by the JS parser.
					`rejects_scan = '${rejectsScan}', ` +
					`columns = {${columns}})`
			);
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			if (/out of memory/i.test(message)) throw new ImportError('out-of-memory', { file });
			throw await located(new ImportError('ragged-rows', { file }));
		}
		const rejects = (
			await engine.run(
				`SELECT line_byte_position, error_type, csv_line, error_message FROM ${rejectsTable} ORDER BY byte_position`
			)
		).toArray() as unknown as Reject[];
		const rejected = await rejectError(source, rejects, file, head.header.length, head.encoding);
		if (rejected instanceof ImportError) throw rejected;
		if (rejected) throw await located(rejected.unsure);
		const idents = head.header.map(quoteIdent);
		// A one-column file has no delimiter to miss: its blank lines arrive as rows, skipped here.
		if (idents.length === 1)
			await engine.run(`DELETE FROM ${raw} WHERE trim(coalesce(${idents[0]}, '')) = ''`);
		const facts = await columnFacts(engine, raw, idents, head.types);
		const rowCount = Number(facts.rows);
		if (rowCount === 0) throw new ImportError('no-data-rows', { file, line: 2 });
		// Bytes bound characters from above: lengths in characters only where the bytes exceed the limit.
		const long = idents.filter((_, i) => Number(facts[`bytes${i}`] ?? 0) > limits.maxFieldChars);
		if (long.length > 0) {
			const over = (
				await engine.run(
					`SELECT ${long.map((c) => `max(length(${c})) > ${limits.maxFieldChars}`).join(' OR ')} AS over FROM ${raw}`
				)
			).toArray()[0].over;
			if (over === true) throw await located(new ImportError('field-too-large', { file }));
		}
		const types = await decideTypes(engine, raw, idents, head.types, facts);
		if (idents.some((_, i) => facts[`nul${i}`] === true))
			throw await located(new ImportError('not-text', { file }));
		const aliases = idents.map((c, i) => `${c} AS c${i}`).join(', ');
		const first = (await engine.run(`SELECT ${aliases} FROM ${raw} LIMIT ${PREVIEW_ROWS}`)).toArray();
		const preview = first.map((row) =>
			idents.map((_, i) => {
				const value = row[`c${i}`] as string | null;
				if (value === null || value === '') return null;
				return types[i] === 'INTEGER' || types[i] === 'DOUBLE' ? latinDigits(value) : value;
			})
		);
		// The casts start once the file and the rejects are let go, so nothing queues behind them.
		const cast = () =>
			applyTypes(engine, raw, idents, types, facts).catch(async (error: unknown) => {
				await engine.run(`DROP TABLE IF EXISTS ${raw}`).catch(() => undefined);
				const message = error instanceof Error ? error.message : String(error);
				throw /out of memory/i.test(message) ? new ImportError('out-of-memory', { file }) : error;
			});
		return { staging, types, rowCount, preview, cast };
	} catch (error) {
		await engine.run(`DROP TABLE IF EXISTS ${raw}`).catch(() => undefined);
		throw error;
	} finally {
		for (const table of [rejectsTable, rejectsScan])
			await engine.run(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
		await engine.dropFile(handle).catch(() => undefined);
	}
}

type Facts = Record<string, unknown>;

/** Digits as `latinDigits` (parse.ts) reads them: Latin, Arabic-Indic and Eastern Arabic-Indic. */
const digit = '[0-9\u0660-\u0669\u06f0-\u06f9]';
const zero = '[0\u0660\u06f0]';
const nonZero = '[1-9\u0661-\u0669\u06f1-\u06f9]';
/** The type rules of `inferType` (parse.ts) as RE2 patterns, Arabic-Indic digits included. */
const integerRe = `-?(${zero}|${nonZero}${digit}{0,8})`;
const doubleRe = `${integerRe}|-?(${zero}|${nonZero}${digit}*)[.]${digit}+`;
/**
 * The same rules for Latin digits alone: a third faster to match, and what nearly every file
 * writes. A column they reject is tested again with every digit (`decideTypes`).
 */
const latinIntegerRe = '-?(0|[1-9][0-9]{0,8})';
const latinDoubleRe = `${latinIntegerRe}|-?(0|[1-9][0-9]*)[.][0-9]+`;

/** Digits a number pattern accepts: Latin only (the fast first test) or every kind the parser reads. */
type Digits = 'latin' | 'all';

/** Column `c` (a value, '' as unknown) holds only values of `type`, by the parser's rules. */
function allOfType(c: string, type: ColumnType, digits: Digits = 'all'): string {
	const value = `nullif(${c}, '')`;
	const latinOnly = digits === 'latin';
	const test =
		type === 'INTEGER'
			? `regexp_full_match(${value}, '${latinOnly ? latinIntegerRe : integerRe}')`
			: type === 'DOUBLE'
				? `regexp_full_match(${value}, '${latinOnly ? latinDoubleRe : doubleRe}')`
				: type === 'DATE'
					? `(regexp_full_match(${value}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') AND try_cast(${value} AS DATE) IS NOT NULL)`
					: `${value} IN ('true', 'false')`;
	return `bool_and(${value} IS NULL OR ${test})`;
}

/** The types a column may take, in the order `inferType` tries them, given what its head holds. */
function candidates(headType: ColumnType | undefined): ColumnType[] {
	if (headType === undefined) return ['INTEGER', 'DOUBLE', 'DATE', 'BOOLEAN'];
	if (headType === 'INTEGER') return ['INTEGER', 'DOUBLE'];
	return headType === 'VARCHAR' ? [] : [headType];
}

/** Number types are first tested with Latin digits alone; the others have one test. */
const fastTest = (type: ColumnType) => type === 'INTEGER' || type === 'DOUBLE';

/**
 * One pass over every row: the count, each column's longest and shortest value in bytes (a
 * shortest of 0 is a quoted empty value), NUL bytes in text columns, and whether every value fits
 * the first type its head allows (numbers in Latin digits). A column the head finds text is never
 * tested: one value of text makes a column text.
 */
async function columnFacts(
	engine: ImportEngine,
	raw: string,
	idents: string[],
	headTypes: (ColumnType | undefined)[]
): Promise<Facts> {
	const parts = idents.flatMap((c, i) => {
		const first = candidates(headTypes[i])[0];
		return [
			// Its longest value also says whether it holds any (`hasValues`).
			`max(strlen(${c})) AS bytes${i}`,
			`min(strlen(${c})) AS least${i}`,
			// A number, date or boolean pattern excludes a NUL byte already.
			first ? `${allOfType(c, first, 'latin')} AS fits${i}` : `bool_or(contains(${c}, chr(0))) AS nul${i}`
		];
	});
	return (await engine.run(`SELECT count(*)::INTEGER AS rows, ${parts.join(', ')} FROM ${raw}`))
		.toArray()[0]
		.toJSON() as Facts;
}

/** Column `i` holds a value that is neither unknown nor empty: its longest is over 0 bytes. */
const hasValues = (facts: Facts, i: number) => Number(facts[`bytes${i}`] ?? 0) > 0;

/**
 * Each column's type by the parser's rules over all its values: the head's type when every value
 * fits it (in Latin digits); otherwise, in a second pass over those columns only, the same type
 * with every kind of digit, then the next candidates, and text when none fits (with a check for
 * NUL bytes, which text may not hold).
 */
async function decideTypes(
	engine: ImportEngine,
	raw: string,
	idents: string[],
	headTypes: (ColumnType | undefined)[],
	facts: Facts
): Promise<ColumnType[]> {
	const types = idents.map((_, i): ColumnType | undefined => {
		if (!hasValues(facts, i)) return 'VARCHAR';
		const [first] = candidates(headTypes[i]);
		if (!first) return 'VARCHAR';
		return facts[`fits${i}`] === true ? first : undefined;
	});
	const open = types.flatMap((type, i) => (type === undefined ? [i] : []));
	if (open.length === 0) return types as ColumnType[];
	const secondTests = (i: number) => {
		const [first, ...next] = candidates(headTypes[i]);
		return fastTest(first) ? [first, ...next] : next;
	};
	const tests = open.flatMap((i) => [
		...secondTests(i).map((type, k) => `${allOfType(idents[i], type)} AS t${i}_${k}`),
		`bool_or(contains(${idents[i]}, chr(0))) AS nul${i}`
	]);
	const more = (await engine.run(`SELECT ${tests.join(', ')} FROM ${raw}`)).toArray()[0].toJSON() as Facts;
	for (const i of open) {
		const k = secondTests(i).findIndex((_, k) => more[`t${i}_${k}`] === true);
		types[i] = k >= 0 ? secondTests(i)[k] : 'VARCHAR';
		facts[`nul${i}`] = types[i] === 'VARCHAR' ? more[`nul${i}`] : false;
	}
	return types as ColumnType[];
}

/**
 * Gives each column its type in place (DuckDB rewrites only that column) and makes quoted empty
 * values unknown. Numbers are cast as written; only a column with Arabic-Indic digits, where that
 * cast fails, goes through `translate` (ten times slower, so not for every column).
 */
async function applyTypes(
	engine: ImportEngine,
	raw: string,
	idents: string[],
	types: ColumnType[],
	facts: Facts
): Promise<void> {
	for (const [i, c] of idents.entries()) {
		const type = types[i];
		if (type === 'VARCHAR') {
			if (Number(facts[`least${i}`]) === 0) await engine.run(`UPDATE ${raw} SET ${c} = NULL WHERE ${c} = ''`);
			continue;
		}
		const alter = (value: string) =>
			engine.run(`ALTER TABLE ${raw} ALTER COLUMN ${c} TYPE ${type} USING CAST(${value} AS ${type})`);
		const value = `nullif(${c}, '')`;
		if (type === 'INTEGER' || type === 'DOUBLE')
			await alter(value).catch(() => alter(`translate(${value}, '${arabicDigits}', '${latin}')`));
		else await alter(value);
	}
}
