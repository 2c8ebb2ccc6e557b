import { beforeAll, describe, expect, it } from 'vitest';
import { quoteIdent, quoteLiteral, readCsvSql } from '$lib/data/sql-text';
import type { UploadEngine } from '$lib/import/engine';
import { createImportEngine } from './import-engine';

/** Names a header, a file or a user may hand us, each meant to escape or confuse the quoting. */
const hostile = [
	'a"b',
	'x" ; DROP TABLE y; --',
	'__proto__',
	'constructor',
	"it's",
	'\u202Eevil\u202C',
	'مدينة الرباط',
	'line\nbreak',
	'x'.repeat(2000)
];

let engine: UploadEngine;
beforeAll(async () => {
	engine = await createImportEngine();
});

describe('quoteIdent', () => {
	it('always quotes and doubles inner quotes', () => {
		expect(quoteIdent('year')).toBe('"year"');
		expect(quoteIdent('a"b')).toBe('"a""b"');
		expect(quoteIdent('x" ; DROP TABLE y; --')).toBe('"x"" ; DROP TABLE y; --"');
	});

	it('refuses NUL and the empty name', () => {
		expect(() => quoteIdent('a\u0000b')).toThrow(/NUL/);
		expect(() => quoteIdent('')).toThrow(/empty/);
	});

	it.each(hostile.map((name) => [name.slice(0, 30), name]))(
		'%j stays one column name in DuckDB',
		async (_label, name) => {
			await engine.run(`CREATE OR REPLACE TABLE hostile AS SELECT 42 AS ${quoteIdent(name)}`);
			const result = await engine.run(`SELECT ${quoteIdent(name)} AS v FROM ${quoteIdent('hostile')}`);
			expect(result.schema.fields.map((field) => field.name)).toEqual(['v']);
			expect(Number(result.getChild('v')?.get(0))).toBe(42);
			const described = await engine.run('SELECT column_name FROM (DESCRIBE hostile)');
			expect(String(described.getChild('column_name')?.get(0))).toBe(name);
			// The other built-in tables are all still there: nothing was dropped.
			const count = await engine.run('SELECT count(*)::INTEGER AS n FROM winners');
			expect(Number(count.getChild('n')?.get(0))).toBeGreaterThan(0);
		}
	);
});

describe('quoteLiteral', () => {
	it.each(hostile.map((value) => [value.slice(0, 30), value]))(
		'%j reads back as itself',
		async (_l, value) => {
			const result = await engine.run(`SELECT ${quoteLiteral(value)} AS v`);
			expect(result.getChild('v')?.get(0)).toBe(value);
		}
	);

	it('refuses NUL', () => {
		expect(() => quoteLiteral('a\u0000')).toThrow(/NUL/);
	});
});

describe('readCsvSql', () => {
	it('loads a registered CSV with the columns typed as given, hostile names included', async () => {
		await engine.registerText('sql-text.csv', 'a"b,__proto__\n1,x\n2,\n');
		try {
			const sql = readCsvSql('sql-text.csv', [
				['a"b', 'INTEGER'],
				['__proto__', 'VARCHAR']
			]);
			expect(sql).toContain('auto_detect = false');
			const result = await engine.run(sql);
			expect(result.schema.fields.map((field) => [field.name, String(field.type)])).toEqual([
				['a"b', 'Int32'],
				['__proto__', 'Utf8']
			]);
			// By position: a row object keyed `__proto__` is not a plain record.
			expect(result.getChildAt(0)?.toArray()).toEqual(Int32Array.from([1, 2]));
			expect([...(result.getChildAt(1) ?? [])]).toEqual(['x', null]);
		} finally {
			await engine.dropFile('sql-text.csv');
		}
	});
});
