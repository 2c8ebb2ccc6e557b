import { describe, expect, it, vi } from 'vitest';
import { memoryHistoryAdapter } from '$lib/console/history';
import { guardSql, readSchema } from '$lib/console/statements';
import { resultRows } from '$lib/console/result';
import { createFormatters } from '$lib/i18n/format';
import { consoleMessages } from '$lib/i18n/messages/console';
import type { StoredDataset } from '$lib/import/stored';
import {
	ConsoleController,
	type ConsoleRunner,
	type ConsoleServices
} from '$lib/ui/console/console-controller.svelte';
import { createImportEngine } from './import-engine';

const t = consoleMessages.en;

/**
 * A console engine over the Node DuckDB: the same guard, the same schema reader, the whole result
 * in one page. What `restored` reports is given, as restoring is tested in import-restore.
 */
async function nodeRunner(restored: ConsoleRunner['restored']): Promise<ConsoleRunner & { runs: string[] }> {
	const engine = await createImportEngine();
	const runs: string[] = [];
	return {
		runs,
		restored,
		schema: () => readSchema(async (sql) => (await engine.run(sql, [])).toArray().map((row) => row.toJSON())),
		async run(sql) {
			guardSql(sql);
			runs.push(sql);
			const table = await engine.run(sql, []);
			const columns = table.schema.fields.map((field) => ({ name: field.name, type: String(field.type) }));
			return { columns, batches: table.batches, rowCount: table.numRows, done: true };
		},
		more: async (result) => result,
		cancel: async () => true,
		ping: async () => undefined,
		dispose: async () => undefined
	};
}

async function setUp(options: { restored?: ConsoleRunner['restored']; history?: 'refused' } = {}) {
	const runner = await nodeRunner(options.restored ?? { loaded: [], skipped: [] });
	const downloads: { blob: Blob; filename: string }[] = [];
	const services: ConsoleServices = {
		createEngine: async () => runner,
		readStored: async () => [] as StoredDataset[],
		openHistory: async () => {
			if (options.history === 'refused') throw new Error('IndexedDB refused');
			return memoryHistoryAdapter();
		},
		toParquet: async () => new Uint8Array([1]),
		download: (blob, filename) => void downloads.push({ blob, filename })
	};
	const controller = new ConsoleController(
		services,
		() => t,
		() => createFormatters('en')
	);
	await Promise.all([controller.start(), controller.startHistory()]);
	return { controller, runner, downloads };
}

describe('ConsoleController', () => {
	it('starts with the schema of the engine and says which uploads it could not restore', async () => {
		const { controller } = await setUp({
			restored: {
				loaded: ['palmares'],
				skipped: [
					{ table: 'broken', kind: 'dataset', reason: 'ragged-rows in broken.csv' },
					{ table: 'added_winners_1', kind: 'edition', reason: 'invalid-value' }
				]
			}
		});
		expect(controller.status).toBe('ready');
		expect(controller.schema?.map((table) => table.name)).toContain('winners');
		expect(controller.uploadedNames).toEqual(['palmares']);
		expect(controller.uploadProblems).toEqual([
			'Your uploaded dataset “broken” could not be loaded: ragged-rows in broken.csv',
			t.uploadSkipped.replace('{name}', 'added_winners_1').replace('{reason}', t.editionSkipped)
		]);
	}, 60_000);

	it('runs a query, records it in the history and exports its rows as CSV with a BOM', async () => {
		const { controller, downloads } = await setUp();
		expect(await controller.run('SELECT 1 AS a, NULL AS b', 0, 'SELECT 1 AS a, NULL AS b')).toBeNull();
		expect(resultRows(controller.result!)).toEqual([[1, null]]);
		// The history is written after the result shows, without holding the console up.
		await vi.waitFor(() =>
			expect(controller.historyEntries.map((entry) => [entry.sql, entry.rows])).toEqual([
				['SELECT 1 AS a, NULL AS b', 1]
			])
		);
		controller.download('csv');
		const bytes = new Uint8Array(await downloads[0].blob.arrayBuffer());
		expect(downloads[0].filename).toBe('imtiaz-query.csv');
		expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe('\ufeffa,b\r\n1,');
	}, 60_000);

	it('places an engine error and a refusal at their line and column of the whole text', async () => {
		const { controller, runner } = await setUp();
		const whole = 'SELECT 1;\nSELECT nope FROM winners';
		const at = await controller.run('SELECT nope FROM winners', 10, whole);
		expect(controller.error).toMatchObject({ kind: 'Binder', line: 2, column: 8 });
		expect(controller.error?.message).toMatch(/^Referenced column "nope" not found/);
		expect(at).toEqual({ from: 17, to: 21 });
		await controller.run('COPY winners TO "x.csv"', 10, 'SELECT 1;\nCOPY winners TO "x.csv"');
		expect(controller.error).toMatchObject({ kind: 'refused', line: 2, column: 1 });
		await vi.waitFor(() =>
			expect(controller.historyEntries.map((entry) => entry.error === null)).toEqual([false, false])
		);
		expect(runner.runs).toEqual(['SELECT nope FROM winners']);
	}, 60_000);

	it('refuses a text over the size limit before it runs; without IndexedDB the history lives in memory', async () => {
		const { controller, runner } = await setUp({ history: 'refused' });
		// Exactly 110 KB with `SELECT '` and the closing quote.
		const huge = `SELECT '${'x'.repeat(110 * 1024 - 9)}'`;
		await controller.run(huge, 0, huge);
		expect(controller.error?.message).toBe(t.tooLarge.replace('{size}', '110').replace('{max}', '100'));
		expect(runner.runs).toEqual([]);
		expect(controller.historyPersistent).toBe(false);
		await controller.run('SELECT 2 AS n', 0, 'SELECT 2 AS n');
		await vi.waitFor(() => expect(controller.historyEntries.map((entry) => entry.rows)).toEqual([1]));
	}, 60_000);
});
