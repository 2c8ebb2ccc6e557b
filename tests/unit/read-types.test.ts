import { beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '$lib/import/errors';
import { prepareFile } from '$lib/import/prepare';
import { parseTable } from '$lib/import/parse';
import { readFileIntoDuckDB } from '$lib/import/read-file';
import type { NodeEngine } from '$lib/server/engine';
import { createImportEngine } from './import-engine';

/**
 * The types DuckDB decides over every row (read-file.ts: its patterns and casts) are the JS
 * parser's (`inferType`), value for value, where the head cannot see the value: numbers DuckDB
 * would cast but the parser keeps as text, and the reverse.
 */
const tricky = [
	'0',
	'-0',
	'7',
	'007',
	'-007',
	'+5',
	' 5',
	'5 ',
	'-5',
	'123456789',
	'-123456789',
	'999999999',
	'1000000000',
	'1234567890',
	'2147483647',
	'-2147483648',
	'2147483648',
	'99999999999999999999',
	'٠',
	'٣',
	'٠٣',
	'-٣٤',
	'١٢٣٤٥٦٧٨٩',
	'١٢٣٤٥٦٧٨٩٠',
	'۷',
	'1_000',
	'0x10',
	'1e3',
	'1.',
	'.5',
	'1.0',
	'-0.5',
	'00.5',
	'1.50',
	'٣.٥',
	'NaN',
	'inf',
	'2020-01-29',
	'true',
	'x'
];

let engine: NodeEngine;
beforeAll(async () => {
	engine = (await createImportEngine()) as NodeEngine;
}, 60_000);

/** A column of `head` values, then `value`, then `head` again (each test sets how much the head reads). */
const csvWith = (value: string, head: string) =>
	`n,label\n${Array.from({ length: 3 }, () => `${head},a`).join('\n')}\n"${value}",b\n${head},c\n`;

async function duckdbTypes(text: string, headBytes: number) {
	const blob = new Blob([text]);
	const { head, source } = await prepareFile(blob, 'types.csv', undefined, undefined, headBytes);
	const loaded = await readFileIntoDuckDB(engine, source, blob, head, 'types.csv');
	await loaded.typed;
	await engine.run(`DROP TABLE "${loaded.staging}"`);
	return loaded.types;
}

describe.each([
	['head of whole numbers', '12'],
	['head of decimals', '1.5']
])('types over every row, %s', (_name, headValue) => {
	it.each(tricky)('%j', async (value) => {
		const text = csvWith(value, headValue);
		const expected = parseTable(text, 'types.csv').types;
		// Only the header line in the head: DuckDB's passes decide every column's type.
		expect(await duckdbTypes(text, 'n,label\n'.length)).toEqual(expected);
		// The head holds the first rows: the value past it must overturn the head's type.
		expect(await duckdbTypes(text, `n,label\n${headValue},a\n`.length)).toEqual(expected);
	});
});

describe('a NUL byte past the head, in a column the head finds text', () => {
	const csv = (value: string) => `n,label\n1,a\n2,b\n3,"${value}"\n`;
	const read = async (text: string) => {
		const blob = new Blob([text]);
		// The header line and the first row in the head: DuckDB's passes alone see the third row.
		const { head, source } = await prepareFile(
			blob,
			'nul.csv',
			undefined,
			undefined,
			'n,label\n1,a\n'.length
		);
		return readFileIntoDuckDB(engine, source, blob, head, 'nul.csv');
	};

	it('is refused as not text, placed', async () => {
		const error = await read(csv('x\u0000y')).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ImportError);
		expect((error as ImportError).code).toBe('not-text');
		expect((error as ImportError).place).toMatchObject({ file: 'nul.csv', line: 4 });
	});

	it('the same file without it reads, its text kept', async () => {
		const loaded = await read(csv('x y'));
		await loaded.typed;
		expect(loaded.types).toEqual(['INTEGER', 'VARCHAR']);
		const rows = await engine.run(`SELECT n, label FROM "${loaded.staging}" ORDER BY n`);
		expect(rows.toArray().map((row) => [row.n, row.label])).toEqual([
			[1, 'a'],
			[2, 'b'],
			[3, 'x y']
		]);
		await engine.run(`DROP TABLE "${loaded.staging}"`);
	});
});
