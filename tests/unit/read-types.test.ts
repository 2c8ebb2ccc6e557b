import { beforeAll, describe, expect, it } from 'vitest';
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
