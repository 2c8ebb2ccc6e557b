import { describe, expect, it, vi } from 'vitest';
import { tableFromArrays } from 'apache-arrow';
import { resultRows, type ConsoleResult } from '$lib/console/result';
import { memoryHistoryAdapter } from '$lib/console/history';
import { createFormatters } from '$lib/i18n/format';
import { consoleMessages } from '$lib/i18n/messages/console';
import type { StoredDataset } from '$lib/import/stored';
import { ConsoleController, type ConsoleRunner } from '$lib/ui/console/console-controller.svelte';

const t = consoleMessages.en;
const upload = { table: 'palmares', kind: 'dataset' } as StoredDataset;
/** The answer of `SELECT 42`, as the engine gives it: Arrow batches. */
const answer = tableFromArrays({ n: Int32Array.of(42) });

/**
 * A fake console engine: `SELECT 42` answers 42 at once; `SLOW` runs until cancelled, or for ever
 * when the engine is a runaway (cancel never reaches it). What it was started with is kept.
 */
function fakeEngine(id: number, stored: StoredDataset[], onLost: (reason: string) => void) {
	let stopQuery: (error: Error) => void = () => {};
	const engine = {
		id,
		stored,
		onLost,
		runaway: false,
		/** A query is under way (a Stop then reaches it). */
		running: false,
		disposed: false,
		restored: { loaded: stored.map((each) => each.table), skipped: [] },
		schema: async () => [
			{ name: 'winners', rows: 3, columns: [] },
			...stored.map((each) => ({ name: each.table, rows: 1, columns: [] }))
		],
		ping: async () => undefined,
		run: (sql: string): Promise<ConsoleResult> =>
			sql === 'SLOW'
				? new Promise((_, reject) => {
						engine.running = true;
						stopQuery = reject;
					})
				: Promise.resolve({
						columns: [{ name: 'n', type: 'Int32' }],
						batches: answer.batches,
						rowCount: 1,
						done: true
					}),
		more: async (result: ConsoleResult) => result,
		cancel: async () => {
			if (!engine.runaway) stopQuery(new Error('INTERRUPT Error: Interrupted!'));
			return true;
		},
		dispose: async () => void (engine.disposed = true)
	};
	return engine;
}

type Fake = ReturnType<typeof fakeEngine>;

async function setUp() {
	const engines: Fake[] = [];
	let reads = 0;
	const controller = new ConsoleController(
		{
			createEngine: async (stored, onLost) => {
				const engine = fakeEngine(engines.length, stored, onLost);
				engines.push(engine);
				return engine as unknown as ConsoleRunner;
			},
			readStored: async () => (reads++, [upload]),
			openHistory: async () => memoryHistoryAdapter(),
			toParquet: async () => new Uint8Array(),
			download: () => {},
			timeouts: () => ({ hangMs: 30, cancelGraceMs: 30 })
		},
		() => t,
		() => createFormatters('en')
	);
	await Promise.all([controller.start(), controller.startHistory()]);
	return { controller, engines, reads: () => reads };
}

describe('the console after its engine is lost', () => {
	it('a worker that dies: a new engine with the uploads, the page says so, history kept, Run works', async () => {
		const { controller, engines, reads } = await setUp();
		await controller.run('SELECT 42', 0, 'SELECT 42');
		await vi.waitFor(() => expect(controller.historyEntries).toHaveLength(1));
		const pending = controller.run('SLOW', 0, 'SLOW');
		await vi.waitFor(() => expect(engines[0].running).toBe(true));
		engines[0].onLost('simulated crash');
		expect(controller.status).toBe('restarting');
		expect(controller.notice).toBe(t.engineRestarting.replace('{reason}', 'simulated crash'));
		expect(await pending).toBeNull();
		await controller.settled();
		expect(controller.status).toBe('ready');
		expect(controller.notice).toBe(t.engineRestarted.replace('{reason}', 'simulated crash'));
		expect(controller.error).toBeNull();
		expect(controller.restarts).toBe(1);
		// The old worker was ended; the new one was given the stored uploads, read again.
		expect(engines[0].disposed).toBe(true);
		expect(reads()).toBe(2);
		expect(engines[1].stored).toEqual([upload]);
		expect(controller.uploadedNames).toEqual(['palmares']);
		expect(controller.schema?.map((table) => table.name)).toEqual(['winners', 'palmares']);
		// Both runs stay in the history, and the next Run answers.
		await vi.waitFor(() =>
			expect(controller.historyEntries.map((entry) => entry.sql)).toEqual(['SLOW', 'SELECT 42'])
		);
		await controller.run('SELECT 42', 0, 'SELECT 42');
		expect(resultRows(controller.result!)).toEqual([[42]]);
	});

	it('an idle worker that stopped answering is found by the ping before a run, replaced, and the run answers', async () => {
		const { controller, engines } = await setUp();
		engines[0].ping = () => new Promise<never>(() => {});
		expect(await controller.run('SELECT 42', 0, 'SELECT 42')).toBeNull();
		expect(controller.notice).toBe(
			t.engineRestarting.replace('{reason}', 'the query engine stopped answering')
		);
		await controller.settled();
		expect(controller.status).toBe('ready');
		expect(engines).toHaveLength(2);
		await controller.run('SELECT 42', 0, 'SELECT 42');
		expect(resultRows(controller.result!)).toEqual([[42]]);
	});

	it('Stop that DuckDB hears: stopped, same engine', async () => {
		const { controller, engines } = await setUp();
		const pending = controller.run('SLOW', 0, 'SLOW');
		await vi.waitFor(() => expect(engines[0].running).toBe(true));
		await controller.cancel();
		await pending;
		expect(controller.notice).toBe(t.cancelled);
		expect(controller.status).toBe('ready');
		expect(controller.error).toBeNull();
		expect(engines).toHaveLength(1);
	});

	it('Stop on a runaway query: stopped (not an error), a new engine with the uploads, Run works', async () => {
		const { controller, engines } = await setUp();
		engines[0].runaway = true;
		const pending = controller.run('SLOW', 0, 'SLOW');
		await vi.waitFor(() => expect(engines[0].running).toBe(true));
		await controller.cancel();
		expect(await pending).toBeNull();
		expect(controller.error).toBeNull();
		await controller.settled();
		expect(controller.notice).toBe(t.stoppedRestarted);
		expect(controller.status).toBe('ready');
		expect(engines[0].disposed).toBe(true);
		expect(engines[1].stored).toEqual([upload]);
		await vi.waitFor(() =>
			expect(controller.historyEntries.map((entry) => [entry.sql, entry.error])).toEqual([
				['SLOW', t.cancelled]
			])
		);
		await controller.run('SELECT 42', 0, 'SELECT 42');
		expect(resultRows(controller.result!)).toEqual([[42]]);
	});
});
