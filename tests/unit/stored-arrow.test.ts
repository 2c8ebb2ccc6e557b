import { describe, expect, it } from 'vitest';
import { toCanonicalCsv } from '$lib/data/csv';
import { loadCsvText } from '$lib/import/load';
import { loadStored } from '$lib/import/load-stored';
import { restoreStored } from '$lib/import/restore';
import { columnTypes, datasetStorage, opfsStore, type StoredDataset } from '$lib/import/stored';
import type { ColumnType } from '$lib/import/parse';
import { checksumAll, createImportEngine } from './import-engine';
import { memoryFolder } from './memory-folder';

const header = ['__proto__', 'x" ; DROP TABLE winners; --', '2014', 'ratio', 'day', 'won'];
const types: ColumnType[] = ['VARCHAR', 'VARCHAR', 'INTEGER', 'DOUBLE', 'DATE', 'BOOLEAN'];
const rows = Array.from({ length: 5000 }, (_, i) => [
	i % 7 === 0 ? null : `نص ${i} "q", x`,
	`b${i % 13}`,
	i % 11 === 0 ? null : String(i - 2500),
	String(i / 8),
	`20${String(10 + (i % 15))}-0${1 + (i % 9)}-1${i % 10}`,
	i % 3 === 0 ? 'true' : 'false'
]);
const csv = toCanonicalCsv(header, rows);

/** A dataset loaded from CSV into one engine, then kept as the Arrow DuckDB writes of it. */
async function keptAsArrow(): Promise<StoredDataset> {
	const engine = await createImportEngine();
	await loadCsvText(engine, 'palmares', csv, header, types, rows.length, 'palmares.csv');
	return {
		table: 'palmares',
		label: 'palmares.csv',
		arrow: await engine.tableArrow('palmares'),
		columns: columnTypes(header, types),
		rows: rows.length,
		added: '2026-01-01T00:00:00Z',
		kind: 'dataset'
	};
}

const describeTable = async (engine: Awaited<ReturnType<typeof createImportEngine>>, table: string) =>
	(await engine.run(`SELECT column_name, column_type FROM (DESCRIBE ${table})`, []))
		.toArray()
		.map((row) => [row.column_name, row.column_type]);

describe('a dataset kept as Arrow IPC', () => {
	it('reads back into another engine with the same rows, names and types as its CSV load', async () => {
		const kept = await keptAsArrow();
		const fromArrow = await createImportEngine();
		expect(await loadStored(fromArrow, kept)).toBe(rows.length);
		const fromCsv = await createImportEngine();
		expect(await loadStored(fromCsv, { ...kept, arrow: undefined, csv })).toBe(rows.length);
		expect(await describeTable(fromArrow, 'palmares')).toEqual(header.map((name, i) => [name, types[i]]));
		expect(await checksumAll(fromArrow)).toEqual(await checksumAll(fromCsv));
		// Nothing of the load stays behind: no staging table next to the loaded one.
		expect(Object.keys(await checksumAll(fromArrow)).filter((name) => name.startsWith('staging_'))).toEqual(
			[]
		);
	}, 60_000);

	it('is refused whole when its rows or its columns are not the kept ones, leaving the engine as it was', async () => {
		const kept = await keptAsArrow();
		const engine = await createImportEngine();
		const before = await checksumAll(engine);
		await expect(loadStored(engine, { ...kept, rows: rows.length + 1 })).rejects.toMatchObject({
			code: 'ragged-rows'
		});
		const retyped = columnTypes(header, ['VARCHAR', ...types.slice(1, 2), 'VARCHAR', ...types.slice(3)]);
		await expect(loadStored(engine, { ...kept, columns: retyped })).rejects.toThrow(/kept columns/);
		await expect(
			loadStored(engine, { ...kept, arrow: new Blob([new Uint8Array([1, 2, 3, 4])]) })
		).rejects.toThrow();
		expect(await checksumAll(engine)).toEqual(before);
	}, 60_000);

	it('is restored with the CSV datasets kept before it, and lists from OPFS unread, saved again without a rewrite', async () => {
		const kept = await keptAsArrow();
		const folder = memoryFolder();
		const storage = datasetStorage(
			async () => opfsStore(folder),
			(act) => act(),
			() => {}
		);
		await storage.save(kept);
		await storage.save({
			...kept,
			table: 'older',
			arrow: undefined,
			csv,
			added: '2025-01-01T00:00:00Z'
		});
		expect([...folder.files.keys()].sort()).toEqual([
			'older.csv',
			'older.json',
			'palmares.arrow',
			'palmares.json'
		]);
		const listed = await storage.list();
		expect(listed.map((d) => [d.table, d.arrow instanceof File, typeof d.csv])).toEqual([
			['older', false, 'string'],
			['palmares', true, 'undefined']
		]);
		const file = folder.files.get('palmares.arrow');
		await storage.save({ ...listed[1], mapping: { year: '2014' } });
		expect(folder.files.get('palmares.arrow')).toBe(file);
		await storage.rename('palmares', 'renamed', 'palmares.csv');
		expect([...folder.files.keys()].sort()).toEqual([
			'older.csv',
			'older.json',
			'renamed.arrow',
			'renamed.json'
		]);

		const engine = await createImportEngine();
		const report = await restoreStored(engine, await storage.list(), engine);
		expect(report).toEqual({ loaded: ['older', 'renamed'], skipped: [] });
		const sums = await checksumAll(engine);
		expect(sums.renamed).toBe(sums.older);
		expect((await storage.list()).find((d) => d.table === 'renamed')?.mapping).toEqual({ year: '2014' });
	}, 60_000);
});
