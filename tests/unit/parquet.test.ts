import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeDuckDB } from '$lib/server/engine';
import { fromParquet, rowsToArrow, toParquet } from '$lib/data/parquet';

const require = createRequire(import.meta.url);
let wasm: Uint8Array<ArrayBuffer>;
let conn: duckdb.DuckDBConnection;

beforeAll(async () => {
	// In Node the wasm is read from disk; in the browser it is the file our site serves (`?url`).
	wasm = new Uint8Array(await readFile(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')));
	const db = await startNodeDuckDB();
	conn = db.connect();
}, 60_000);

/** Every cell of an Arrow table, row by row, as Arrow returns it (BigInt stays BigInt). */
function cells(table: { numRows: number; schema: { fields: { name: string }[] }; get(i: number): unknown }) {
	const names = table.schema.fields.map((field) => field.name);
	return Array.from({ length: table.numRows }, (_, i) => {
		const row = table.get(i) as Record<string, unknown>;
		return names.map((name) => row[name]);
	});
}

describe('toParquet', () => {
	it('writes a DuckDB result that reads back cell for cell (Arabic text, nulls, BIGINT, DOUBLE)', async () => {
		const result = conn.query(`SELECT * FROM (VALUES
			(1::BIGINT, 'وزارة الاقتصاد والمالية', 2.5::DOUBLE, true),
			(9007199254740993::BIGINT, NULL, NULL, NULL),
			(NULL, 'Agence « Maroc » numérique', -0.125::DOUBLE, false)
		) t(id, name, score, flag)`);
		// Node hands DuckDB's result from Arrow's CommonJS copy: it travels as an IPC stream. (In the
		// browser there is one copy and the console passes the table itself; the e2e test covers it.)
		const bytes = await toParquet(require('apache-arrow').tableToIPC(result, 'stream'), { wasm });
		expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('PAR1');
		expect(new TextDecoder().decode(bytes.slice(-4))).toBe('PAR1');
		const back = await fromParquet(bytes, { wasm });
		expect(back.schema.fields.map((field) => field.name)).toEqual(['id', 'name', 'score', 'flag']);
		expect(String(back.schema.fields[0].type)).toBe('Int64');
		expect(cells(back)).toEqual([
			[1n, 'وزارة الاقتصاد والمالية', 2.5, true],
			// Beyond 2^53: a BigInt survives exactly, a number would not.
			[9007199254740993n, null, null, null],
			[null, 'Agence « Maroc » numérique', -0.125, false]
		]);
		expect(cells(back)).toEqual(cells(result));
		await expect(toParquet(result as never, { wasm })).rejects.toThrow(/another copy/);
	});

	it('writes plain rows (numbers, BigInt, text, nulls, dates) with one type per column', async () => {
		const source = {
			columns: ['edition', 'institution', 'prizes', 'big', 'when', 'mixed'],
			rows: [
				[1, 'المديرية العامة للضرائب', 3, 10n, new Date('2006-05-01T00:00:00Z'), 'a'],
				[2, null, null, null, null, 5],
				[3.5, '', 0, -7n, new Date('2021-12-31T10:00:00Z'), null]
			]
		};
		const table = rowsToArrow(source);
		expect(table.schema.fields.map((field) => String(field.type))).toEqual([
			'Float64',
			'Utf8',
			'Float64',
			'Int64',
			'Timestamp<MILLISECOND>',
			'Utf8'
		]);
		const back = await fromParquet(await toParquet(source, { wasm }), { wasm });
		expect(back.numRows).toBe(3);
		const rows = cells(back);
		expect(rows.map((row) => row.slice(0, 4))).toEqual([
			[1, 'المديرية العامة للضرائب', 3, 10n],
			// Unknown stays unknown (null), never 0 or an empty string.
			[2, null, null, null],
			[3.5, '', 0, -7n]
		]);
		expect(rows.map((row) => (row[4] === null ? null : Number(row[4])))).toEqual([
			Date.parse('2006-05-01T00:00:00Z'),
			null,
			Date.parse('2021-12-31T10:00:00Z')
		]);
		expect(rows.map((row) => row[5])).toEqual(['a', '5', null]);
	});

	it('writes an empty result with its columns', async () => {
		const back = await fromParquet(await toParquet({ columns: ['a', 'b'], rows: [] }, { wasm }), { wasm });
		expect(back.numRows).toBe(0);
		expect(back.schema.fields.map((field) => field.name)).toEqual(['a', 'b']);
	});
});
