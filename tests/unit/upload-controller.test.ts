import { describe, expect, it } from 'vitest';
import { toCanonicalCsv } from '$lib/data/csv';
import type { SqlValue } from '$lib/data/engine';
import { dataEn } from '$lib/i18n/messages/data';
import type { ParsedUpload } from '$lib/import/client';
import { ImportError } from '$lib/import/errors';
import { loadStored } from '$lib/import/load-stored';
import { parseTable } from '$lib/import/parse';
import { StorageFullError, type StoredDataset } from '$lib/import/stored';
import { UploadController, type UploadServices } from '$lib/ui/data/upload-controller.svelte';
import { edition5, editionsHeader } from './edition-fixtures';
import { createImportEngine } from './import-engine';

/** An upload as the parser worker hands it over. */
function parsedUpload(text: string, name: string): { upload: ParsedUpload; file: File } {
	const { rows, ...schema } = parseTable(text, name);
	const upload = {
		...schema,
		preview: rows.slice(0, 10),
		rowCount: rows.length,
		csv: toCanonicalCsv(schema.header, rows)
	};
	return { upload, file: new File([text], name) };
}

/** The page's services over a Node DuckDB and an in-memory store; `refuse` makes saving fail. */
async function setUp(options: { refuse?: Error; failInsert?: boolean } = {}) {
	const engine = await createImportEngine();
	const kept = new Map<string, StoredDataset>();
	const downloads: { blob: Blob; filename: string }[] = [];
	const services: UploadServices = {
		engine: async () => engine,
		engineStarted: () => true,
		// The dashboard's engine; an INSERT that fails stands for an append that breaks half-way.
		site: () => ({
			run: (sql: string, values: SqlValue[]) =>
				options.failInsert && sql.startsWith('INSERT')
					? Promise.reject(new Error('disk gone'))
					: engine.run(sql, values)
		}),
		parse: () => {
			throw new Error('not used: the tests hand the parsed upload over');
		},
		storage: {
			list: async () => [...kept.values()],
			save: async (dataset) => {
				if (options.refuse) throw options.refuse;
				kept.set(dataset.table, dataset);
			},
			remove: async (table) => void kept.delete(table),
			rename: async (from, to, label) => {
				const found = kept.get(from);
				if (found) kept.set(to, { ...found, table: to, label });
				kept.delete(from);
			}
		},
		online: () => true,
		download: (blob, filename) => void downloads.push({ blob, filename })
	};
	const controller = new UploadController(services, () => dataEn);
	const count = async (sql: string) => Number((await engine.run(sql, [])).getChild('n')?.get(0));
	return { engine, controller, kept, downloads, count };
}

const history = 'Année,Prix,2014,Lauréat\n2019,Or,3,Préfecture\n2021,Argent,,Commune\n';

describe('UploadController', () => {
	it('keeps an upload: loaded, charted, stored with its columns in order and its coverage', async () => {
		const { controller, kept, count } = await setUp();
		const { upload, file } = parsedUpload(history, 'palmares.csv');
		Object.assign(controller, { parsed: upload, file, tableName: 'palmares', mapping: { year: 'Année' } });
		await controller.keep();
		expect(controller.storageError).toBe('');
		expect(controller.savedMessage).toBe('palmares is kept in this browser (2 rows).');
		const stored = kept.get('palmares');
		expect(stored?.columns).toEqual([
			['Année', 'INTEGER'],
			['Prix', 'VARCHAR'],
			['2014', 'INTEGER'],
			['Lauréat', 'VARCHAR']
		]);
		expect(stored?.coverage).toEqual({ from: 2019, to: 2021, years: 2 });
		// Kept as DuckDB holds it (Arrow IPC), not as CSV: a reload reads it back without parsing.
		expect(stored?.csv).toBeUndefined();
		const again = await createImportEngine();
		expect(await loadStored(again, { ...stored!, table: 'again' })).toBe(2);
		expect(
			(await again.run('SELECT "Année" AS y FROM again ORDER BY 1', [])).toArray().map((row) => row.y)
		).toEqual([2019, 2021]);
		expect(controller.charts?.perYear.map((row) => row.year)).toEqual([2019, 2020, 2021]);
		expect(await count('SELECT count(*)::INTEGER AS n FROM palmares')).toBe(2);
		expect(controller.stored.map((d) => d.table)).toEqual(['palmares']);
	}, 60_000);

	it('refuses a built-in table name, and drops the loaded table when the store is full', async () => {
		const { controller, kept, count } = await setUp({ refuse: new StorageFullError('full') });
		const { upload, file } = parsedUpload(history, 'palmares.csv');
		Object.assign(controller, { parsed: upload, file, tableName: 'winners' });
		await controller.keep();
		expect(controller.nameError).toBe(dataEn.nameInvalid);
		controller.tableName = 'full';
		await controller.keep();
		expect(controller.storageError).toBe(dataEn.storageFull.replace('{name}', 'full'));
		expect(kept.size).toBe(0);
		expect(await count("SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'full'")).toBe(
			0
		);
	}, 60_000);

	it('renames and removes a kept dataset in the engine and the store', async () => {
		const { controller, kept, count } = await setUp();
		const { upload, file } = parsedUpload(history, 'palmares.csv');
		Object.assign(controller, { parsed: upload, file, tableName: 'palmares' });
		await controller.keep();
		controller.startRename(controller.stored[0]);
		controller.newName = 'prix';
		await controller.rename(controller.stored[0]);
		expect([...kept.keys()]).toEqual(['prix']);
		expect(await count('SELECT count(*)::INTEGER AS n FROM prix')).toBe(2);
		await controller.remove('prix');
		expect(controller.savedMessage).toBe('prix was removed from this browser.');
		expect(kept.size).toBe(0);
		expect(await count("SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'prix'")).toBe(
			0
		);
	}, 60_000);

	it('adds an edition to the dashboard engine, and its merged CSV download carries the BOM', async () => {
		const { controller, kept, downloads, count } = await setUp();
		const { upload, file } = parsedUpload(toCanonicalCsv(editionsHeader, [edition5]), 'edition-5.csv');
		Object.assign(controller, { parsed: upload, file });
		expect(controller.shape).toBe('editions');
		await controller.addEdition('editions');
		expect(controller.savedMessage).toBe(
			dataEn.edition.added.replace('{rows}', '1').replace('{table}', 'editions')
		);
		expect([...kept.values()].map((d) => d.kind)).toEqual(['edition']);
		expect(await count('SELECT count(*)::INTEGER AS n FROM editions WHERE edition = 5')).toBe(1);
		await controller.exportMerged('editions');
		expect(downloads.map((d) => d.filename)).toEqual(['editions-merged.csv']);
		const bytes = new Uint8Array(await downloads[0].blob.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder().decode(bytes)).toMatch(/\r\n5,2024,2024-11-30,/);
	}, 60_000);

	it('an edition that fails the checks names its place; one whose append fails is not kept', async () => {
		const bad = await setUp();
		const duplicate = parsedUpload(toCanonicalCsv(editionsHeader, [edition5, edition5]), 'twice.csv');
		Object.assign(bad.controller, { parsed: duplicate.upload, file: duplicate.file });
		await bad.controller.addEdition('editions');
		expect(bad.controller.error).toBeInstanceOf(ImportError);
		expect(bad.controller.error?.place).toMatchObject({ file: 'twice.csv', line: 3 });
		expect(bad.kept.size).toBe(0);

		const broken = await setUp({ failInsert: true });
		const { upload, file } = parsedUpload(toCanonicalCsv(editionsHeader, [edition5]), 'edition-5.csv');
		Object.assign(broken.controller, { parsed: upload, file });
		await broken.controller.addEdition('editions');
		expect(broken.controller.storageError).toBe('disk gone');
		expect(broken.kept.size).toBe(0);
		expect(await broken.count('SELECT count(*)::INTEGER AS n FROM editions WHERE edition = 5')).toBe(0);
	}, 60_000);
});
