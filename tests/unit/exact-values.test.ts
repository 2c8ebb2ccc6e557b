import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { beforeAll, describe, expect, it } from 'vitest';
import { startNodeDuckDB } from '$lib/server/engine';
import { toSpreadsheetCsv } from '$lib/data/csv';
import { toJson } from '$lib/data/export';
import { columnTypeName, decimalText, exactDouble, ExactNumber, wordsToBigInt } from '$lib/data/exact';
import { fromParquet, toParquet } from '$lib/data/parquet';
import { textAt, toCellValue, toRows, type CellValue } from '$lib/data/rows';

const require = createRequire(import.meta.url);
let conn: duckdb.DuckDBConnection;

beforeAll(async () => {
	const db = await startNodeDuckDB();
	conn = db.connect();
}, 60_000);

type ArrowLike = {
	numRows: number;
	schema: { fields: { name: string; type: unknown; metadata: Map<string, string> }[] };
	getChildAt(i: number): { get(r: number): unknown } | null;
};

/** The console's cells of a result, converted as the console engine converts them. */
function consoleCells(table: ArrowLike): { types: string[]; rows: CellValue[][] } {
	const types = table.schema.fields.map((field) => columnTypeName(field));
	const rows = Array.from({ length: table.numRows }, (_, r) =>
		types.map((type, c) => toCellValue(table.getChildAt(c)?.get(r), type))
	);
	return { types, rows };
}

/** One value of one query, as the console holds it. */
function one(sql: string): CellValue {
	return consoleCells(conn.query(sql) as unknown as ArrowLike).rows[0][0];
}

const exact = (digits: string, type: string) => new ExactNumber(digits, type);

describe('exact numbers from DuckDB', () => {
	it.each([
		['9007199254740993::BIGINT', exact('9007199254740993', 'Int64')],
		['(-9007199254740993)::BIGINT', exact('-9007199254740993', 'Int64')],
		['18446744073709551615::UBIGINT', exact('18446744073709551615', 'Uint64')],
		[
			'170141183460469231731687303715884105727::HUGEINT',
			exact('170141183460469231731687303715884105727', 'Decimal[38e0]')
		],
		[
			'(-170141183460469231731687303715884105727)::HUGEINT',
			exact('-170141183460469231731687303715884105727', 'Decimal[38e0]')
		],
		[
			'340282366920938463463374607431768211455::UHUGEINT',
			exact('340282366920938463463374607431768211455', 'Uint128')
		],
		['12345678901234567.89::DECIMAL(38,2)', exact('12345678901234567.89', 'Decimal[38e+2]')],
		['0.1234567890123456789::DECIMAL(38,19)', exact('0.1234567890123456789', 'Decimal[38e+19]')],
		['(-0.0000001)::DECIMAL(18,7)', exact('-0.0000001', 'Decimal[18e+7]')]
	])('%s is kept exact', (sql, expected) => {
		expect(one(`SELECT ${sql} AS v`)).toEqual(expected);
	});

	it.each([
		['9007199254740991::BIGINT', 9007199254740991],
		['(-9007199254740991)::BIGINT', -9007199254740991],
		['42::UBIGINT', 42],
		['7::HUGEINT', 7],
		['1::UHUGEINT', 1],
		['1.5::DECIMAL(4,1)', 1.5],
		['(-12.30)::DECIMAL(10,2)', -12.3],
		['0.1::DECIMAL(38,19)', 0.1],
		['(-0.00)::DECIMAL(5,2)', 0],
		['42::INTEGER', 42],
		['2.5::DOUBLE', 2.5]
	])('%s stays a plain number', (sql, expected) => {
		expect(one(`SELECT ${sql} AS v`)).toBe(expected);
	});

	it('a HUGEINT sum of hashes converts (it failed with "not safe to convert to a number")', () => {
		const sql = `SELECT sum(hash(w)) AS s, sum(hash(w))::VARCHAR AS text FROM (VALUES ('a'), ('b'), ('c')) t(w)`;
		const [[sum, text]] = consoleCells(conn.query(sql) as unknown as ArrowLike).rows;
		expect(sum).toBeInstanceOf(ExactNumber);
		expect(String(sum)).toBe(text);
	});

	it('text, dates, booleans and nulls convert as before', () => {
		const sql = `SELECT 'Roman' a, DATE '2024-03-01' b, true c, NULL::BIGINT d, NULL::DECIMAL(38,2) e`;
		expect(consoleCells(conn.query(sql) as unknown as ArrowLike).rows[0]).toEqual([
			'Roman',
			'2024-03-01',
			true,
			null,
			null
		]);
	});

	it('dashboard rows keep an unsafe integer exact as a string and convert the rest to numbers', () => {
		const table = conn.query(`SELECT 9007199254740993::BIGINT a, 18446744073709551615::UBIGINT b,
			340282366920938463463374607431768211455::UHUGEINT c, 12::HUGEINT d, 1.5::DECIMAL(4,1) e,
			12345678901234567.89::DECIMAL(38,2) f, 3::BIGINT g`);
		expect(toRows(table as never)).toEqual([
			{
				a: '9007199254740993',
				b: '18446744073709551615',
				c: '340282366920938463463374607431768211455',
				d: 12,
				e: 1.5,
				// A fractional decimal is a measure: the dashboard draws its nearest number.
				f: Number('12345678901234567.89'),
				g: 3
			}
		]);
	});
});

describe('text as stored', () => {
	it('keeps a leading BOM that Arrow’s own decoding drops, and nulls', () => {
		const table = conn.query(
			"SELECT * FROM (VALUES (chr(65279) || 'Roman'), (NULL), ('وزارة')) t(name)"
		) as unknown as ArrowLike;
		const column = table.getChildAt(0)!;
		expect([0, 1, 2].map((r) => textAt(column as never, r))).toEqual(['\uFEFFRoman', null, 'وزارة']);
	});
});

describe('exact digits', () => {
	it('reads two’s-complement words and writes the scale', () => {
		expect(wordsToBigInt([0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff])).toBe(-1n);
		expect(wordsToBigInt([5, 0, 0, 0])).toBe(5n);
		expect(decimalText(-1230n, 2)).toBe('-12.30');
		expect(decimalText(5n, 3)).toBe('0.005');
		expect(decimalText(-5n, 3)).toBe('-0.005');
		expect(decimalText(12n, 0)).toBe('12');
	});

	it('keeps a number only when it is the value exactly', () => {
		expect(exactDouble('9007199254740992')).toBeNull();
		expect(exactDouble('9007199254740991')).toBe(9007199254740991);
		expect(exactDouble('12.30')).toBe(12.3);
		expect(exactDouble('0.12345678901234567')).toBeNull();
		// A number would print it 1e-7: not the digits, so it stays exact.
		expect(exactDouble('0.0000001')).toBeNull();
	});
});

describe('exports of exact numbers', () => {
	const columns = ['big', 'neg', 'dec', 'small'];
	const rows: CellValue[][] = [
		[
			exact('9007199254740993', 'Int64'),
			exact('-9007199254740993', 'Int64'),
			exact('12345678901234567.89', 'Decimal[38e+2]'),
			7
		]
	];

	it('CSV writes the digits as DuckDB does (a negative number is not taken for a formula)', () => {
		expect(toSpreadsheetCsv(columns, rows)).toBe(
			'big,neg,dec,small\r\n9007199254740993,-9007199254740993,12345678901234567.89,7'
		);
	});

	it('JSON writes exact numbers as strings of their digits, others as numbers', () => {
		expect(toJson(columns, rows)).toBe(
			JSON.stringify(
				[{ big: '9007199254740993', neg: '-9007199254740993', dec: '12345678901234567.89', small: 7 }],
				null,
				2
			)
		);
	});

	it('Parquet keeps the types: BIGINT, UBIGINT, HUGEINT and DECIMAL read back exactly', async () => {
		const wasm = new Uint8Array(await readFile(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')));
		const result = conn.query(`SELECT 9007199254740993::BIGINT a, 18446744073709551615::UBIGINT b,
			170141183460469231731687303715884105727::HUGEINT c, 12345678901234567.89::DECIMAL(38,2) d`);
		const bytes = await toParquet(require('apache-arrow').tableToIPC(result, 'stream'), { wasm });
		const back = consoleCells((await fromParquet(bytes, { wasm })) as unknown as ArrowLike);
		expect(back.types).toEqual(['Int64', 'Uint64', 'Decimal[38e0]', 'Decimal[38e+2]']);
		expect(back.rows[0].map(String)).toEqual([
			'9007199254740993',
			'18446744073709551615',
			'170141183460469231731687303715884105727',
			'12345678901234567.89'
		]);
	});
});
