import { describe, expect, it } from 'vitest';
import { bindNamed } from '$lib/data/engine';
import { toPlainValue } from '$lib/data/rows';
import { createTableSql, tables } from '$lib/data/tables';

describe('bindNamed', () => {
	it.each([
		['SELECT $a', { a: 1 }, 'SELECT $1', [1]],
		['SELECT $a, $b, $a', { a: 1, b: 'x' }, 'SELECT $1, $2, $1', [1, 'x']],
		['SELECT 1', {}, 'SELECT 1', []],
		['WHERE y BETWEEN $from AND $to', { to: 2, from: 1 }, 'WHERE y BETWEEN $1 AND $2', [1, 2]]
	])('%s', (sql, params, text, values) => {
		expect(bindNamed(sql, params)).toEqual({ text, values });
	});

	it('refuses a missing parameter instead of binding NULL', () => {
		expect(() => bindNamed('SELECT $missing', {})).toThrow('Missing SQL parameter $missing');
	});
});

describe('toPlainValue', () => {
	it.each([
		[10n, 'Int64', 10],
		[null, 'Int32', null],
		[undefined, 'Utf8', null],
		[1580256000000, 'Date32<DAY>', '2020-01-29'],
		['text', 'Utf8', 'text'],
		[true, 'Bool', true]
	])('%s as %s → %s', (value, type, expected) => {
		expect(toPlainValue(value, type)).toBe(expected);
	});
});

describe('createTableSql', () => {
	it('declares every column type explicitly and never sniffs', () => {
		const sql = createTableSql(tables[0]);
		expect(sql).toContain('auto_detect = false');
		expect(sql).toContain("'ceremony_date': 'DATE'");
		expect(sql).toContain('CREATE OR REPLACE TABLE "editions"');
	});

	it('covers the six tables of the public contract', () => {
		expect(tables.map((t) => t.name)).toEqual([
			'editions',
			'categories',
			'winners',
			'institutions',
			'conflicts',
			'sources'
		]);
	});
});
