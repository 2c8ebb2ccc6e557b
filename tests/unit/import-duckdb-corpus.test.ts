import { beforeAll, describe, expect, it } from 'vitest';
import { quoteIdent } from '$lib/data/sql-text';
import { pickEncoding } from '$lib/import/decode';
import { ImportError } from '$lib/import/errors';
import { prepareFile } from '$lib/import/prepare';
import { readFileIntoDuckDB } from '$lib/import/read-file';
import type { NodeEngine } from '$lib/server/engine';
import { buildCorpus, type HostileFile } from '../fixtures/hostile';
import { checksumAll, createImportEngine } from './import-engine';

const corpus = buildCorpus();
let engine: NodeEngine;

beforeAll(async () => {
	engine = (await createImportEngine()) as NodeEngine;
}, 60_000);

async function tableRows(name: string): Promise<(string | null)[][]> {
	const columns = (await engine.run(`SELECT * FROM ${quoteIdent(name)} LIMIT 0`)).schema.fields.length;
	const names = (await engine.run(`DESCRIBE ${quoteIdent(name)}`))
		.toArray()
		.map((row) => String(row.column_name));
	expect(names.length).toBe(columns);
	const select = names.map((column, i) => `CAST(${quoteIdent(column)} AS VARCHAR) AS c${i}`).join(', ');
	const result = await engine.run(`SELECT ${select} FROM ${quoteIdent(name)}`);
	return result
		.toArray()
		.map((row) => names.map((_, i) => (row[`c${i}`] === null ? null : String(row[`c${i}`]))));
}

/** The bytes of the header line only (with its line break): every later line is checked by DuckDB alone. */
function headerLineBytes(file: HostileFile): number {
	const bytes = file.bytes;
	const lf = bytes.indexOf(10);
	const cr = bytes.indexOf(13);
	let end =
		lf >= 0 && (cr < 0 || lf < cr) ? lf + 1 : cr >= 0 ? cr + (bytes[cr + 1] === 10 ? 2 : 1) : bytes.length;
	const { encoding } = pickEncoding(bytes, file.encoding);
	// UTF-16: the break's second byte too (little-endian), then a CRLF's second unit.
	if (encoding === 'utf-16le' && end % 2 === 1) end++;
	if (encoding.startsWith('utf-16') && (bytes[end] | bytes[end + 1]) === 10) end += 2;
	return Math.max(1, end);
}

/**
 * Files whose failure is in the header line itself, where the JS head read decides first: a PNG's
 * signature is not UTF-8 before its NUL bytes are reached (the product reads its whole head).
 */
const decidedByHeaderLine = new Set(['binary.png']);

/** Runs one corpus file through the DuckDB-first import; the error it raises, or the table. */
async function importHostile(file: HostileFile, table: string, headBytes?: number) {
	const blob = new Blob([file.bytes as BlobPart]);
	try {
		const { head, source } = await prepareFile(blob, file.name, file.encoding, undefined, headBytes);
		const loaded = await readFileIntoDuckDB(engine, source, blob, head, file.name);
		await loaded.typed;
		await engine.run(`ALTER TABLE ${quoteIdent(loaded.staging)} RENAME TO ${quoteIdent(table)}`);
		return { error: undefined, head, loaded };
	} catch (error) {
		if (error instanceof ImportError) return { error };
		throw error;
	}
}

describe.each([
	['the head read whole, DuckDB loading', undefined],
	['only the header line read in JS, every row checked by DuckDB', 'header-line']
] as const)('hostile corpus, DuckDB-first: %s', (_mode, headMode) => {
	const files = corpus.filter((file) => !(headMode && decidedByHeaderLine.has(file.name)));
	it.each(files.map((file, index) => [file.name, file, index] as const))('%s', async (_name, file, index) => {
		const before = await checksumAll(engine);
		const table = `d_${headMode ? 'h' : 'w'}_${index}`;
		const headBytes = headMode ? headerLineBytes(file) : undefined;
		const outcome = await importHostile(file, table, headBytes);
		if ('error' in file.verdict) {
			expect(outcome.error?.code).toBe(file.verdict.error);
			const place = outcome.error?.place;
			expect(place?.file).toBe(file.name);
			if (file.verdict.line !== undefined) expect(place?.line).toBe(file.verdict.line);
			if (file.verdict.column !== undefined) expect(place?.column).toBe(file.verdict.column);
			expect(await checksumAll(engine)).toEqual(before);
		} else {
			// An unexpected refusal fails here, with its code and place in the message.
			if (outcome.error) throw outcome.error;
			expect(outcome.head.header).toEqual(file.verdict.header);
			expect(outcome.loaded.types).toEqual(file.verdict.types);
			expect(outcome.loaded.rowCount).toBe(file.verdict.rows.length);
			expect(outcome.loaded.preview).toEqual(file.verdict.rows.slice(0, 10));
			expect(await tableRows(table)).toEqual(file.verdict.rows);
		}
	});
});
