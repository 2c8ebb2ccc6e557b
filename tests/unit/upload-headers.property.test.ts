import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCanonicalCsv } from '$lib/data/csv';
import { toPlainValue, type PlainValue } from '$lib/data/rows';
import { quoteIdent } from '$lib/data/sql-text';
import { readSchema } from '$lib/console/statements';
import { dataEn } from '$lib/i18n/messages/data';
import { decodeStrict } from '$lib/import/decode';
import type { UploadEngine } from '$lib/import/engine';
import { ImportError } from '$lib/import/errors';
import { removeTable } from '$lib/import/load';
import { defaultLimits, nameColumns, parseTable } from '$lib/import/parse';
import { restoreStored } from '$lib/import/restore';
import { datasetStorage, opfsStore } from '$lib/import/stored';
import { UploadController, type UploadServices } from '$lib/ui/data/upload-controller.svelte';
import { createImportEngine } from './import-engine';
import { memoryFolder } from './memory-folder';

/**
 * Keep → reload → query, for headers that are any strings. The page's engine keeps the upload, the
 * storage is the real OPFS store (JSON and CSV files) over an in-memory folder, and a second engine
 * stands for the reloaded page: it restores from that storage, then is queried as the console does.
 */
let page: UploadEngine;
let reloaded: UploadEngine;
let sequence = 0;

beforeAll(async () => {
	page = await createImportEngine();
	reloaded = await createImportEngine();
}, 180_000);

afterAll(async () => {
	// Nothing of a run may stay behind for the next: each run drops its tables.
	expect((await readSchema(run(page))).filter((t) => t.name.startsWith('upload_'))).toEqual([]);
});

const run = (engine: UploadEngine) => async (sql: string) => engine.run(sql).then((t) => t.toArray());

/** The file as the parser worker reads it: decoded, parsed, shaped as it posts it back. */
async function parseLikeWorker(file: File) {
	const decoded = decodeStrict(new Uint8Array(await file.arrayBuffer()), file.name);
	const { rows, ...schema } = parseTable(decoded.text, file.name, defaultLimits);
	const table = { ...schema, preview: rows.slice(0, 10), rowCount: rows.length };
	return {
		table: { ...table, csv: toCanonicalCsv(schema.header, rows) },
		encoding: decoded.encoding,
		bom: false
	};
}

/** The datasets page over `page`, storing into a fresh folder (the unlocked path: one tab). */
function datasetsPage() {
	const folder = memoryFolder();
	const storage = datasetStorage(
		async () => opfsStore(folder),
		(act) => act(),
		() => undefined
	);
	const services: UploadServices = {
		engine: async () => page,
		engineStarted: () => true,
		site: () => null,
		parse: (file) => ({ result: parseLikeWorker(file), cancel: () => undefined }),
		storage: {
			list: () => storage.list(),
			save: storage.save,
			remove: storage.remove,
			rename: storage.rename
		},
		online: () => true,
		download: () => undefined
	};
	return { controller: new UploadController(services, () => dataEn), storage, folder };
}

/** `SELECT *` read as the console reads it: columns by position, names from the result's schema. */
async function consoleSelect(engine: UploadEngine, table: string) {
	const result = await engine.run(`SELECT * FROM ${quoteIdent(table)}`);
	const fields = result.schema.fields;
	const rows: PlainValue[][] = [];
	for (let r = 0; r < result.numRows; r++)
		rows.push(fields.map((field, c) => toPlainValue(result.getChildAt(c)?.get(r), String(field.type))));
	return { columns: fields.map((field) => field.name), rows };
}

/** Uploads `header` + `rows`, keeps it, reloads; returns what each side sees. */
async function keepAndReload(header: string[], rows: string[][]) {
	const { controller, storage } = datasetsPage();
	const table = `upload_${++sequence}`;
	await controller.read(new File([toCanonicalCsv(header, rows)], 'upload.csv'));
	expect(controller.error).toBeUndefined();
	const parsed = controller.parsed!.header;
	Object.assign(controller, { tableName: table, mapping: {} });
	await controller.keep();
	expect(controller.storageError).toBe('');
	const before = await consoleSelect(page, table);
	const stored = await storage.list();
	const report = await restoreStored(reloaded, stored, reloaded);
	expect(report).toEqual({ loaded: [table], skipped: [] });
	const after = await consoleSelect(reloaded, table);
	const schema = (await readSchema(run(reloaded))).find((t) => t.name === table);
	await controller.remove(table);
	await removeTable(reloaded, table);
	return { parsed, stored, before, after, schema };
}

const hostile = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'length'];
const arabic = fc.string({
	unit: fc.integer({ min: 0x0621, max: 0x064a }).map((c) => String.fromCharCode(c))
});
const name = fc
	.oneof(
		fc.constantFrom(...hostile),
		arabic.map((s) => `${s} السنة`),
		fc.string({ unit: 'grapheme', minLength: 1000, maxLength: 1200 }),
		fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
	)
	.map((s) => s.trim())
	.filter((s) => s.length > 0);
const cell = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), fc.integer().map(String));
const withRows = (header: fc.Arbitrary<string[]>) =>
	header.chain((h) =>
		fc.record({
			header: fc.constant(h),
			rows: fc.array(fc.array(cell, { minLength: h.length, maxLength: h.length }), {
				minLength: 1,
				maxLength: 4
			})
		})
	);

describe('an upload’s header survives keep → reload → query', () => {
	it('distinct non-empty names (hostile, Arabic, 1,000+ chars, any text) are kept as they are', async () => {
		const header = fc.uniqueArray(name, { minLength: 1, maxLength: 6, selector: (s) => s.toLowerCase() });
		await fc.assert(
			fc.asyncProperty(withRows(header), async ({ header, rows }) => {
				const { parsed, stored, before, after, schema } = await keepAndReload(header, rows);
				expect(parsed).toEqual(header);
				expect(stored.map((d) => d.columns.map(([column]) => column))).toEqual([header]);
				expect(after).toEqual(before);
				expect(after.columns).toEqual(header);
				expect(schema?.columns.map((column) => column.name)).toEqual(header);
				expect(after.rows.length).toBe(rows.length);
			}),
			{ numRuns: 30 }
		);
	}, 240_000);

	it('empty and duplicated names are named by the import’s rule, then kept as named', async () => {
		const raw = fc
			.array(fc.constantFrom('', '  ', '__proto__', 'constructor', 'Name', 'name', 'column_1'), {
				minLength: 2,
				maxLength: 6
			})
			.filter((h) => h.some((s) => !s.trim()) || new Set(h.map((s) => s.toLowerCase())).size < h.length);
		await fc.assert(
			fc.asyncProperty(withRows(raw), async ({ header, rows }) => {
				const { parsed, before, after } = await keepAndReload(header, rows);
				expect(parsed).toEqual(nameColumns(header));
				expect(new Set(parsed.map((s) => s.toLowerCase())).size).toBe(parsed.length);
				header.forEach((s, i) => {
					if (!s.trim()) expect(parsed[i]).toMatch(new RegExp(`^column_${i + 1}(_\\d+)?$`));
				});
				expect(after).toEqual(before);
				expect(after.columns).toEqual(parsed);
			}),
			{ numRuns: 15 }
		);
	}, 240_000);

	it('a header the import refuses (a name over the field limit, too many columns) is refused where it is, nothing kept', async () => {
		const tooLong = fc.record({
			before: fc.array(name, { maxLength: 2 }),
			extra: fc.integer({ min: 1, max: 10 })
		});
		const refusals = fc.oneof(
			tooLong.map(({ before, extra }) => ({
				header: [...before, 'x'.repeat(defaultLimits.maxFieldChars + extra)],
				code: 'field-too-large',
				place: { line: 1, column: before.length + 1 }
			})),
			fc.integer({ min: 1, max: 3 }).map((extra) => ({
				header: Array.from({ length: defaultLimits.maxColumns + extra }, (_, i) => `c${i}`),
				code: 'too-many-columns',
				place: { line: 1 }
			}))
		);
		await fc.assert(
			fc.asyncProperty(refusals, async ({ header, code, place }) => {
				const { controller, storage, folder } = datasetsPage();
				await controller.read(new File([toCanonicalCsv(header, [header.map(() => '1')])], 'upload.csv'));
				expect(controller.error).toBeInstanceOf(ImportError);
				expect(controller.error?.code).toBe(code);
				expect(controller.error?.place).toMatchObject({ file: 'upload.csv', ...place });
				expect(controller.parsed).toBeUndefined();
				await controller.keep();
				expect(await storage.list()).toEqual([]);
				expect(folder.files.size).toBe(0);
			}),
			{ numRuns: 6 }
		);
	}, 240_000);
});
