import { describe, expect, it } from 'vitest';
import type { SqlValue } from '$lib/data/engine';
import { dataEn } from '$lib/i18n/messages/data';
import { HEAD_BYTES } from '$lib/import/head';
import { dropStaged, readUpload, stagedRows, type EngineUpload } from '$lib/import/read-upload';
import { StorageFullError, type StoredDataset } from '$lib/import/stored';
import { UploadController, type UploadServices } from '$lib/ui/data/upload-controller.svelte';
import { createImportEngine } from './import-engine';

/**
 * A file larger than the head, so DuckDB reads it: a count with Arabic-Indic digits in the last row
 * (beyond the head: the head's INTEGER is confirmed over every row, the digits made Latin), a
 * score that turns from integers to decimals past the head (INTEGER → DOUBLE), a quoted empty
 * value (unknown) and a text column.
 */
function bigFile(name = 'palmares.csv'): File {
	const lines = ['year,region,count,score'];
	const region = 'Région de Casablanca-Settat, « prix national »';
	for (let i = 0; lines.join('\n').length < HEAD_BYTES * 1.5; i++)
		lines.push(`${2005 + (i % 20)},"${region} ${i}",${i},${i < 8000 ? i % 7 : '2.5'}`);
	lines.push('2024,"",١٢,3.25');
	return new File([lines.join('\n') + '\n'], name, { type: 'text/csv' });
}

type Engine = Awaited<ReturnType<typeof createImportEngine>>;

/** `wrap` stands between the page and its engine (a statement held or failed on purpose). */
async function setUp(wrap: (engine: Engine) => Engine = (engine) => engine) {
	const engine = wrap(await createImportEngine());
	const kept = new Map<string, StoredDataset>();
	let refuse = true;
	const services: UploadServices = {
		engine: async () => engine,
		engineStarted: () => true,
		site: () => null,
		parse: (file, options) => readUpload(file, { ...options, engine: async () => engine }),
		storage: {
			list: async () => [...kept.values()],
			save: async (dataset) => {
				// The first save fails as a full store does; the next succeeds.
				if (refuse) {
					refuse = false;
					throw new StorageFullError('full');
				}
				kept.set(dataset.table, dataset);
			},
			remove: async (table) => void kept.delete(table),
			rename: async () => undefined
		},
		online: () => true,
		download: () => undefined
	};
	const controller = new UploadController(services, () => dataEn);
	const staged = async () =>
		(
			await engine.run(
				"SELECT table_name AS t FROM duckdb_tables() WHERE table_name LIKE 'staging%' ORDER BY 1",
				[]
			)
		)
			.toArray()
			.map((row) => String(row.t));
	return { engine, controller, kept, staged };
}

describe('readUpload: a file larger than the head is read by DuckDB', () => {
	it('types every column by the parser rules over all rows, and previews the first rows', async () => {
		const { engine, staged } = await setUp();
		const { table } = await readUpload(bigFile(), { engine: async () => engine }).result;
		const upload = table as EngineUpload;
		expect(upload.types).toEqual(['INTEGER', 'VARCHAR', 'INTEGER', 'DOUBLE']);
		expect(upload.header).toEqual(['year', 'region', 'count', 'score']);
		expect(upload.preview[0]).toEqual(['2005', 'Région de Casablanca-Settat, « prix national » 0', '0', '0']);
		expect(await staged()).toEqual([upload.staging]);
		await upload.typed;
		const last = (
			await engine.run(
				`SELECT region, "count", score FROM ${upload.staging} WHERE year = 2024 AND "count" = 12`,
				[]
			)
		).toArray();
		expect(last.map((row) => [row.region, row.count, row.score])).toEqual([[null, 12, 3.25]]);
		const count = await engine.run(`SELECT count(*)::INTEGER AS n FROM ${upload.staging}`, []);
		expect(Number(count.getChild('n')?.get(0))).toBe(upload.rowCount);
	}, 60_000);

	it('shows the preview before the columns are cast; every use of the table waits for the casts', async () => {
		const { engine, staged } = await setUp();
		let release: () => void = () => {};
		const casts = new Promise<void>((resolve) => (release = resolve));
		const castsHeld: typeof engine = {
			...engine,
			run: async (sql: string, values?: SqlValue[]) => {
				if (/ALTER COLUMN .* TYPE/.test(sql)) await casts;
				return engine.run(sql, values ?? []);
			}
		};
		const { table } = await readUpload(bigFile(), { engine: async () => castsHeld }).result;
		const upload = table as EngineUpload;
		expect(upload.types).toEqual(['INTEGER', 'VARCHAR', 'INTEGER', 'DOUBLE']);
		expect(upload.preview[0]).toEqual(['2005', 'Région de Casablanca-Settat, « prix national » 0', '0', '0']);
		const settled = (promise: Promise<unknown>) =>
			Promise.race([
				promise.then(() => 'settled'),
				new Promise((resolve) => setImmediate(resolve, 'waiting'))
			]);
		expect(await settled(upload.typed)).toBe('waiting');
		const rows = stagedRows(castsHeld, upload);
		expect(await settled(rows)).toBe('waiting');
		release();
		// The Arabic-Indic count of the last row comes out cast, in Latin digits.
		expect((await rows).at(-1)).toEqual(['2024', null, '12', '3.25']);
		await dropStaged(castsHeld, upload);
		expect(await staged()).toEqual([]);
	}, 60_000);

	it('a cast DuckDB cannot make, out of memory, is told at keep; the table and its preview go, nothing kept', async () => {
		const { controller, kept, staged } = await setUp((engine) => ({
			...engine,
			run: async (sql: string, values?: SqlValue[]) => {
				if (/ALTER COLUMN .* TYPE/.test(sql)) throw new Error('Out of Memory Error: failed to allocate');
				return engine.run(sql, values ?? []);
			}
		}));
		await controller.read(bigFile());
		expect(controller.error).toBeUndefined();
		expect(controller.parsed?.rowCount).toBeGreaterThan(0);
		controller.mapping = { year: 'year' };
		await controller.keep();
		expect(controller.error?.code).toBe('out-of-memory');
		expect(controller.error?.place.file).toBe('palmares.csv');
		expect(await staged()).toEqual([]);
		expect(kept.size).toBe(0);
		// Its table gone, the preview goes too: no Keep left that could only fail the same way.
		expect(controller.parsed).toBeUndefined();
		expect(controller.phase).toBe('idle');
	}, 60_000);

	it('a cancelled read rejects as interrupted and leaves no table behind', async () => {
		const { engine, staged } = await setUp();
		const job = readUpload(bigFile(), { engine: async () => engine });
		job.cancel();
		await expect(job.result).rejects.toMatchObject({ code: 'interrupted' });
		// The read finishes in DuckDB's worker after the cancel; what it made is dropped then.
		await expect.poll(staged, { timeout: 20_000 }).toEqual([]);
	}, 60_000);

	it('keep renames the read table (no second read); a failed keep can be tried again', async () => {
		const { controller, kept, staged } = await setUp();
		await controller.read(bigFile());
		const upload = controller.parsed as EngineUpload;
		expect(upload.staging).toMatch(/^staging_/);
		controller.mapping = { year: 'year' };
		await controller.keep();
		expect(controller.storageError).toBe(dataEn.storageFull.replace('{name}', 'palmares'));
		expect(await staged()).toEqual([upload.staging]);
		await controller.keep();
		expect(controller.storageError).toBe('');
		expect(await staged()).toEqual([]);
		const stored = kept.get('palmares');
		expect(stored?.rows).toBe(upload.rowCount);
		expect(stored?.csv).toBeUndefined();
		expect(stored?.arrow?.size).toBeGreaterThan(0);
		expect(stored?.coverage).toEqual({ from: 2005, to: 2024, years: 20 });
	}, 60_000);

	it('choosing another file drops the table read for the last preview', async () => {
		const { controller, staged } = await setUp();
		await controller.read(bigFile('first.csv'));
		const first = (controller.parsed as EngineUpload).staging;
		await controller.read(bigFile('second.csv'));
		const second = (controller.parsed as EngineUpload).staging;
		expect(second).not.toBe(first);
		await expect.poll(staged, { timeout: 20_000 }).toEqual([second]);
	}, 60_000);
});
