import type * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { beforeAll, describe, expect, it } from 'vitest';
import { codePointOffset, errorRange, parseDuckDbError } from '$lib/console/errors';
import { lineColumn } from '$lib/console/statements';
import { startNodeDuckDB } from '$lib/server/engine';

let conn: duckdb.DuckDBConnection;

// The engine the browser runs (DuckDB-WASM 1.32), in Node: its messages are the real ones.
beforeAll(async () => {
	const db = await startNodeDuckDB();
	conn = db.connect();
	conn.query(
		"CREATE TABLE t AS SELECT i AS a, CASE WHEN i = 50 THEN 'x' ELSE i::VARCHAR END AS name FROM range(100) r(i)"
	);
}, 60_000);

/** The message DuckDB answers `sql` with, streamed as the console sends it (`send`) or run whole (`query`). */
async function errorOf(sql: string, how: 'send' | 'query' = 'send'): Promise<string> {
	try {
		if (how === 'query') conn.query(sql);
		else for await (const batch of await conn.send(sql, true)) void batch;
	} catch (failure) {
		return (failure as Error).message;
	}
	throw new Error(`no error for ${sql}`);
}

/** Where the parsed error points, as the line, column and highlighted text a reader sees. */
async function place(sql: string, how: 'send' | 'query' = 'send') {
	const message = await errorOf(sql, how);
	const parsed = parseDuckDbError(message, sql);
	const range = parsed.offset === null ? null : errorRange(sql, parsed.offset);
	return {
		message,
		kind: parsed.kind,
		text: parsed.text,
		at: parsed.offset === null ? null : lineColumn(sql, parsed.offset),
		marked: range && sql.slice(range.from, range.to)
	};
}

describe('DuckDB errors in words, with their place', () => {
	it('reads a parser error sent as JSON: words, never JSON, at its line and column', async () => {
		const error = await place('SELEC 1');
		expect(error.message).toMatch(/^\{"exception_type":"Parser"/);
		expect(error).toMatchObject({
			kind: 'Parser',
			text: 'syntax error at or near "SELEC"',
			at: { line: 1, column: 1 },
			marked: 'SELEC'
		});
	});

	it('places a parser error on line 3 of a multi-line statement', async () => {
		const error = await place('SELECT a,\n  name\nFROM FROM t');
		expect(error).toMatchObject({ kind: 'Parser', at: { line: 3, column: 6 }, marked: 'FROM' });
		expect(error.text).not.toMatch(/LINE|\^|\{/);
	});

	it.each([
		// DuckDB counts code points (not UTF-16 units or bytes); the column counts what a reader sees.
		["SELECT 'مرحبا 🎉' AS x, FROM WHERE", { line: 1, column: 29 }, 'WHERE'],
		["SELECT '🎉🎉🎉' FROM FROM t", { line: 1, column: 19 }, 'FROM'],
		["SELECT '中文字' FROM FROM t", { line: 1, column: 19 }, 'FROM'],
		["SELECT 'e\u0301e\u0301' FROM FROM t", { line: 1, column: 18 }, 'FROM']
	])('counts a parser position in code points: %s', async (sql, at, marked) => {
		expect(await place(sql)).toMatchObject({ kind: 'Parser', at, marked });
	});

	it('marks an unterminated string and a statement that ends too early', async () => {
		expect(await place("SELECT 'abc")).toMatchObject({
			text: 'unterminated quoted string at or near "\'abc"',
			marked: "'abc"
		});
		const early = await place('SELECT a FROM t WHERE');
		expect(early).toMatchObject({ text: 'syntax error at end of input', marked: 'WHERE' });
	});

	it('reads the formatted parser error of a whole run (query), also after a comment line', async () => {
		expect(await place('SELECT 1 -- note\n; SELEC 2', 'query')).toMatchObject({
			kind: 'Parser',
			at: { line: 2, column: 3 },
			marked: 'SELEC'
		});
	});

	it.each([
		['Binder', "SELECT 'مرحبا 🎉' AS x FROM t WHERE nam = 1", { line: 1, column: 36 }, 'nam'],
		['Binder', 'SELECT a,\n  🎉nope\nFROM t', { line: 2, column: 3 }, '🎉nope'],
		['Catalog', 'SELECT *\nFROM nope', { line: 2, column: 6 }, 'nope'],
		['Catalog', "SELECT '中文' AS z, nosuchfn(1)", { line: 1, column: 19 }, 'nosuchfn'],
		['Conversion', 'SELECT CAST(name AS INTEGER) FROM t', { line: 1, column: 8 }, 'CAST'],
		['Conversion', "SELECT 'abc'::DATE", { line: 1, column: 13 }, '::'],
		['Out of Range', 'SELECT 2147483647::INTEGER + 1', null, null],
		['Invalid Input', "SELECT error('boom')", null, null],
		['Invalid Input', "SELECT strptime('x', '%Y')", null, null]
	])('reads a %s error: %s', async (kind, sql, at, marked) => {
		const error = await place(sql);
		expect(error.message).toMatch(new RegExp(`^${kind} Error: `));
		expect(error.kind).toBe(kind);
		expect(error.text.startsWith(`${kind} Error`)).toBe(false);
		expect(error.text).not.toMatch(/\nLINE \d+:/);
		if (at === null) expect(error.at).toBeNull();
		else expect(error).toMatchObject({ at, marked });
	});

	it('finds the column of a binder error past wide characters and a long, truncated line', async () => {
		const sql = `SELECT '${'x'.repeat(60)}' AS long, '中文🎉' AS wide, nam FROM t`;
		const error = await place(sql);
		expect(error.message).toMatch(/LINE 1: \.\.\./);
		expect(error).toMatchObject({ kind: 'Binder', marked: 'nam' });
	});

	it('keeps DuckDB’s hint lines and reads the interrupt message of a stopped query', () => {
		const parsed = parseDuckDbError('INTERRUPT Error: Interrupted!', 'SELECT 1');
		expect(parsed).toEqual({ kind: 'INTERRUPT', text: 'Interrupted!', offset: null });
		const catalog = parseDuckDbError(
			'{"exception_type":"Catalog","exception_message":"Pragma Function with name nope does not exist!\\nDid you mean \\"enable_progress_bar\\"?","type":"Pragma Function","error_subtype":"MISSING_ENTRY","candidates":"enable_progress_bar","name":"nope"}',
			'PRAGMA nope'
		);
		expect(catalog).toEqual({
			kind: 'Catalog',
			text: 'Pragma Function with name nope does not exist!\nDid you mean "enable_progress_bar"?',
			offset: null
		});
	});

	it('leaves a message that is not DuckDB’s as it is', () => {
		expect(parseDuckDbError('the query engine stopped answering', 'SELECT 1')).toEqual({
			kind: null,
			text: 'the query engine stopped answering',
			offset: null
		});
		expect(parseDuckDbError('{not json', 'SELECT 1').text).toBe('{not json');
	});
});

describe('offsets', () => {
	it('turns code points into UTF-16 offsets', () => {
		expect(codePointOffset('a🎉b', 2)).toBe(3);
		expect(codePointOffset('مرحبا', 5)).toBe(5);
		expect(codePointOffset('ab', 10)).toBe(2);
	});
	it('highlights the token at an offset, or the last one before the end', () => {
		expect(errorRange('SELECT "a b" FROM', 7)).toEqual({ from: 7, to: 12 });
		expect(errorRange("SELECT 'it''s' x", 7)).toEqual({ from: 7, to: 14 });
		expect(errorRange('SELECT 1 +  ', 12)).toEqual({ from: 9, to: 10 });
		expect(errorRange('   ', 3)).toBeNull();
	});
});
