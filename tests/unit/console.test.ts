import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type * as duckdb from '@duckdb/duckdb-wasm/blocking';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeDuckDB } from '$lib/server/engine';
import {
	ConsoleRefusal,
	guardSql,
	lockdownStatements,
	MAX_SQL_BYTES,
	splitStatements,
	sqlBytes
} from '$lib/console/statements';
import { consoleExamples } from '$lib/console/examples';
import { parseDuckDbError } from '$lib/console/errors';
import { neutraliseCell, toSpreadsheetCsv } from '$lib/data/csv';
import { toJson } from '$lib/data/export';
import { loadTables } from '$lib/data/load';

let db: duckdb.DuckDBBindings;
let conn: duckdb.DuckDBConnection;

/** The console's recipe in Node: built-in tables loaded, then the very same lockdown statements. */
beforeAll(async () => {
	db = await startNodeDuckDB();
	conn = db.connect();
	await loadTables(
		{
			registerText: async (name, text) => db.registerFileText(name, text),
			exec: async (sql) => void conn.query(sql)
		},
		(file) => readFile(resolve('tests/fixtures/data', file), 'utf8')
	);
	for (const statement of lockdownStatements()) conn.query(statement);
}, 60_000); // Instantiating DuckDB-WASM and loading the tables takes seconds on a busy machine.

function errorOf(connection: duckdb.DuckDBConnection, sql: string): string {
	try {
		connection.query(sql);
	} catch (error) {
		return (error as Error).message;
	}
	return 'no error';
}

describe('lockdown', () => {
	it('is the four statements of the issue, plus a memory cap, the lock last', () => {
		expect(lockdownStatements()).toEqual([
			'SET autoinstall_known_extensions = false',
			'SET autoload_known_extensions = false',
			'SET enable_external_access = false',
			"SET memory_limit = '1GB'",
			'SET lock_configuration = true'
		]);
	});

	it('still answers queries on the loaded tables', () => {
		const n = conn.query('SELECT count(*)::INTEGER AS n FROM editions').get(0)?.n;
		expect(n).toBeGreaterThan(0);
	});

	const escapes: [string, string, RegExp][] = [
		[
			'read a URL',
			"SELECT * FROM read_csv('http://example.com/a.csv')",
			/file system operations are disabled/
		],
		[
			'read a registered file',
			"SELECT * FROM read_csv('editions.csv')",
			/file system operations are disabled/
		],
		['list files', "SELECT * FROM glob('*')", /file system operations are disabled/],
		['COPY TO', "COPY editions TO 'out.csv'", /file system operations are disabled/],
		['EXPORT DATABASE', "EXPORT DATABASE 'dump'", /file system operations are disabled/],
		['ATTACH a file', "ATTACH 'other.db'", /file system operations are disabled/],
		['LOAD an extension', 'LOAD parquet', /Loading external extensions is disabled/],
		['re-enable external access', 'SET enable_external_access = true', /configuration has been locked/],
		['re-enable autoload', 'SET autoload_known_extensions = true', /configuration has been locked/],
		['re-enable autoinstall', 'SET autoinstall_known_extensions = true', /configuration has been locked/],
		['unlock the configuration', 'SET lock_configuration = false', /configuration has been locked/],
		['RESET a setting', 'RESET enable_external_access', /configuration has been locked/],
		['lift the memory cap', "SET memory_limit = '16GB'", /configuration has been locked/]
	];

	it.each(escapes)('refuses to %s (same connection)', (_name, sql, expected) => {
		expect(errorOf(conn, sql)).toMatch(expected);
	});

	it.each(escapes)('refuses to %s (fresh connection)', (_name, sql, expected) => {
		const fresh = db.connect();
		try {
			expect(errorOf(fresh, sql)).toMatch(expected);
		} finally {
			fresh.close();
		}
	});

	it('keeps the settings off as seen from a fresh connection', () => {
		const fresh = db.connect();
		const row = fresh
			.query(
				"SELECT current_setting('enable_external_access') AS ext, current_setting('lock_configuration') AS locked, current_setting('autoload_known_extensions') AS autoload"
			)
			.get(0);
		expect([row?.ext, row?.locked, row?.autoload]).toEqual([false, true, false]);
		fresh.close();
	});

	it("caps memory: a query that needs more fails with DuckDB's out-of-memory error", () => {
		const limit = conn.query("SELECT current_setting('memory_limit') AS m").get(0)?.m;
		expect(String(limit)).toMatch(/^(953\.6 MiB|1\.0 GB|1000\.0 MB)$/);
		expect(
			errorOf(conn, 'SELECT max(length(s)) FROM (SELECT list(range) AS s FROM range(300000000))')
		).toMatch(/Out of Memory/i);
	});
});

describe('guardSql (statements refused before DuckDB)', () => {
	it.each([
		'INSTALL parquet',
		'load parquet',
		'PRAGMA enable_profiling',
		"SELECT 1; ATTACH 'x.db'",
		'/* hi */ SET threads = 1',
		'-- c\nRESET ALL',
		'CALL pragma_version()',
		"COPY editions TO 'x.csv'"
	])('refuses %j', (sql) => {
		expect(() => guardSql(sql)).toThrow(ConsoleRefusal);
	});

	it('points at the refused statement', () => {
		try {
			guardSql('SELECT 1;\n  INSTALL httpfs');
		} catch (error) {
			expect((error as ConsoleRefusal).offset).toBe(12);
		}
		expect.assertions(1);
	});

	it.each([
		"SELECT 'SET x' AS a",
		'SELECT 1 -- ; INSTALL x',
		"SELECT ';INSTALL x'",
		'WITH t AS (SELECT 1) SELECT * FROM t'
	])('lets %j run', (sql) => expect(() => guardSql(sql)).not.toThrow());

	it('refuses empty text and text over 100 KB', () => {
		expect(() => guardSql('  -- nothing\n')).toThrow(/no SQL/);
		expect(() => guardSql(`SELECT '${'x'.repeat(MAX_SQL_BYTES)}'`)).toThrow(/100 KB/);
	});

	it('counts the 100 KB in bytes of UTF-8: exactly 100 KB passes, one byte more is refused', () => {
		const frame = "SELECT ''";
		const fits = `SELECT '${'x'.repeat(MAX_SQL_BYTES - frame.length)}'`;
		expect(sqlBytes(fits)).toBe(MAX_SQL_BYTES);
		expect(() => guardSql(fits)).not.toThrow();
		expect(() => guardSql(`${fits} `)).toThrow(ConsoleRefusal);
		// Arabic letters take 2 bytes: 60,000 of them (120 KB) are refused though under 100 K characters.
		const arabic = `SELECT '${'م'.repeat(60_000)}'`;
		expect(arabic.length).toBeLessThan(MAX_SQL_BYTES);
		expect(sqlBytes(arabic)).toBeGreaterThan(MAX_SQL_BYTES);
		expect(() => guardSql(arabic)).toThrow(/100 KB/);
	});

	it('splits statements outside strings and comments, with offsets', () => {
		expect(splitStatements("SELECT ';'; /* ; */ SELECT 2;")).toEqual([
			{ text: "SELECT ';'", offset: 0 },
			{ text: 'SELECT 2', offset: 20 }
		]);
	});
});

describe('errors of the locked-down console engine', () => {
	it('finds the caret of a binder error from the real engine', () => {
		const sql = 'SELECT edition,\n  bogus_column\nFROM editions';
		const message = errorOf(conn, sql);
		expect(message).toMatch(/LINE 2:/);
		expect(parseDuckDbError(message, sql).offset).toBe(sql.indexOf('bogus_column'));
	});

	it('finds a parse error position', () => {
		const sql = 'SELECT edition FRM editions';
		const offset = parseDuckDbError(errorOf(conn, sql), sql).offset;
		expect(sql.slice(offset ?? 0)).toMatch(/^editions/);
	});

	it('returns no place when the message has none', () => {
		expect(parseDuckDbError('Catalog Error: x', 'SELECT 1').offset).toBeNull();
	});
});

describe('CSV and JSON export', () => {
	it.each([
		['=1+1', "'=1+1"],
		['+33', "'+33"],
		['-x', "'-x"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tx', "'\tx"],
		['\rx', "'\rx"],
		['plain', 'plain'],
		['', '']
	])('neutralises %j', (input, output) => expect(neutraliseCell(input)).toBe(output));

	it('round-trips through PapaParse, numbers kept, formulas neutralised, null empty', () => {
		const columns = ['name', 'n', 'note'];
		const rows = [
			['Agence, "A"', -3, '=HYPERLINK("x")'],
			['وزارة\nالمالية', 2.5, null],
			['@home', 0, 'ok']
		];
		const csv = toSpreadsheetCsv(columns, rows);
		const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
		expect(parsed).toEqual([
			['name', 'n', 'note'],
			['Agence, "A"', '-3', `'=HYPERLINK("x")`],
			['وزارة\nالمالية', '2.5', ''],
			["'@home", '0', 'ok']
		]);
	});

	it('writes JSON objects keyed by column', () => {
		expect(JSON.parse(toJson(['a', 'b'], [[1, null]]))).toEqual([{ a: 1, b: null }]);
	});
});

describe('example gallery', () => {
	it.each(consoleExamples.map((example) => [example.id, example.sql]))(
		'%s passes the guard and runs on the locked tables',
		(_id, sql) => {
			expect(() => guardSql(sql)).not.toThrow();
			const table = conn.query(sql.replace(/;\s*$/, ''));
			expect(table.numRows).toBeGreaterThan(0);
		}
	);
});
