import { resolve } from 'node:path';
import type { Table } from 'apache-arrow';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { chartSpecs, specById } from '$lib/catalog';
import { Coordinator, queryChart, type ChartListener } from '$lib/coordinator';
import type { SqlEngine, SqlValue } from '$lib/data/engine';
import type { Filters } from '$lib/data/filters';
import type { PlainRow } from '$lib/data/rows';
import { institutionTypes } from '$lib/data/vocabularies';
import { createNodeEngine } from '$lib/server/engine';

let engine: SqlEngine;
beforeAll(async () => {
	engine = await createNodeEngine(resolve('static/data'));
}, 60_000);

/** Counts the statements that reach the engine. */
function counting(inner: SqlEngine) {
	const statements: string[] = [];
	return {
		statements,
		engine: {
			run(sql: string, values: SqlValue[]) {
				statements.push(sql);
				return inner.run(sql, values);
			}
		} satisfies SqlEngine
	};
}

const ranges: Filters[] = [
	{},
	{ from: 2010 },
	{ to: 2012 },
	{ from: 2008, to: 2015 },
	{ from: 2016, to: 2016 }
];
const others: Filters[] = [
	{},
	{ type: 'ministry' },
	{ category: 'e-content' },
	{ level: 'excellence' },
	{ edition: 9 }
];

describe('the coordinator on the committed data', () => {
	it.each(chartSpecs.map((spec) => spec.id))(
		'%s: its rows equal the statement run with every filter in SQL, sliced or not',
		async (id) => {
			const spec = specById(id)!;
			const coordinator = Coordinator.over(engine);
			for (const other of others)
				for (const range of ranges) {
					const filters = { ...other, ...range };
					expect(await coordinator.rows(spec, filters), JSON.stringify(filters)).toEqual(
						await queryChart(engine, spec, filters)
					);
				}
		}
	);

	it('hands back the very same rows for the same question, and asks the engine once', async () => {
		const { engine: counted, statements } = counting(engine);
		const coordinator = Coordinator.over(counted);
		const types = specById('institution-types')!;
		const first = await coordinator.rows(types, { from: 2014 });
		// `type` is this chart's own dimension and `edition` is not one it reads: the same question.
		expect(await coordinator.rows(types, { from: 2014, type: 'ministry', edition: 3 })).toBe(first);
		// A change of years is a slice of the same every-year rows: no query at all.
		const later = await coordinator.rows(types, { from: 2018 });
		expect(later).not.toBe(first);
		expect(later.every((row) => Number(row.year) >= 2018)).toBe(true);
		expect(statements).toHaveLength(1);
		expect(await coordinator.rows(types, { level: 'excellence' })).not.toEqual(first);
		expect(statements).toHaveLength(2);
	});

	it('empties its cache on a write, so an added row shows at once', async () => {
		const own = await createNodeEngine(resolve('static/data'));
		const coordinator = Coordinator.over(own);
		const participation = specById('participation')!;
		const before = await coordinator.rows(participation, {});
		await coordinator.engine.run('UPDATE editions SET candidates = 999 WHERE edition = 1', []);
		const after = await coordinator.rows(participation, {});
		expect(after.find((row) => row.edition === 1)?.candidates).toBe(999);
		expect(before.find((row) => row.edition === 1)?.candidates).not.toBe(999);
	});

	it('lists the sources of each view, each one a source of the data', async () => {
		const coordinator = Coordinator.over(engine);
		for (const spec of chartSpecs) {
			const sources = await coordinator.sources(spec, {});
			expect(sources.length, spec.id).toBeGreaterThan(0);
			expect(new Set(sources.map((source) => source.source_id)).size).toBe(sources.length);
		}
	});
});

/** An engine whose answers the test releases one by one, in any order. */
function heldEngine(inner: SqlEngine) {
	const held: { release: () => void; values: SqlValue[] }[] = [];
	return {
		held,
		engine: {
			async run(sql: string, values: SqlValue[]): Promise<Table> {
				await new Promise<void>((release) => held.push({ release, values }));
				return inner.run(sql, values);
			}
		} satisfies SqlEngine
	};
}

function recorder() {
	const heard: { rows?: PlainRow[]; filters?: Filters; error?: string }[] = [];
	const listener: ChartListener = {
		rows: (rows, filters) => heard.push({ rows, filters }),
		error: (error) => heard.push({ error })
	};
	return { heard, listener };
}

describe('stale answers and errors', () => {
	it('drops an earlier answer that arrives after a later one: the last filters win', async () => {
		const { engine: slow, held } = heldEngine(engine);
		const coordinator = Coordinator.over(slow);
		const { heard, listener } = recorder();
		const client = coordinator.connect(specById('institution-types')!, listener);
		const first = client.update({ level: 'excellence' });
		const second = client.update({ level: 'grand-prix' });
		await expect.poll(() => held.length).toBe(2);
		held[1].release();
		await second;
		held[0].release();
		await first;
		expect(heard).toHaveLength(1);
		expect(heard[0].filters).toEqual({ level: 'grand-prix' });
	});

	it('reports an engine error to the chart that asked, and a later question is asked again', async () => {
		let fail = true;
		const coordinator = Coordinator.over({
			run: (sql, values) => (fail ? Promise.reject(new Error('worker gone')) : engine.run(sql, values))
		});
		const { heard, listener } = recorder();
		const client = coordinator.connect(specById('repeat-winners')!, listener);
		await client.update({});
		expect(heard).toEqual([{ error: 'worker gone' }]);
		fail = false;
		await client.update({});
		expect(heard[1].rows?.length).toBeGreaterThan(0);
	});
});

describe("the engine's life", () => {
	it('goes idle → loading → failed with the reason, and ready after a retry', async () => {
		const coordinator = new Coordinator();
		const seen: string[] = [];
		coordinator.subscribe((state) => seen.push(state.status));
		let attempts = 0;
		await coordinator.start(async (progress) => {
			progress(10, 100);
			if (++attempts === 1) throw new Error('data file missing');
			return engine;
		});
		expect(coordinator.state).toMatchObject({ status: 'failed', reason: 'data file missing', loaded: 10 });
		await expect(coordinator.rows(specById('participation')!, {})).rejects.toThrow('not ready');
		await coordinator.retry();
		expect(coordinator.state.status).toBe('ready');
		expect(seen.filter((status, i) => status !== seen[i - 1])).toEqual([
			'idle',
			'loading',
			'failed',
			'loading',
			'ready'
		]);
		expect((await coordinator.rows(specById('participation')!, {})).length).toBeGreaterThan(0);
	});
});

describe('an engine that dies or hangs', () => {
	/** A loader handing out engines in turn, recording what happens to them. */
	function loaderOf(engines: SqlEngine[]) {
		const log: string[] = [];
		const losers: ((reason: string) => void)[] = [];
		let next = 0;
		return {
			log,
			/** What engine `index`'s worker would say when it dies. */
			lose: (index: number, reason: string) => losers[index](reason),
			loader: async (_progress: unknown, onLost: (reason: string) => void) => {
				const index = next++;
				losers.push(onLost);
				log.push(`start ${index}`);
				return { ...engines[index], terminate: async () => void log.push(`terminate ${index}`) };
			}
		};
	}
	const never: SqlEngine = { run: () => new Promise<never>(() => {}) };

	it('is stopped and started again when a query goes unanswered, and the chart is answered after', async () => {
		const coordinator = new Coordinator({ hangMs: () => 50 });
		const { log, loader } = loaderOf([never, engine]);
		await coordinator.start(loader);
		const spec = specById('participation')!;
		await expect(coordinator.rows(spec, {})).rejects.toThrow('stopped answering');
		await expect.poll(() => coordinator.state.status).toBe('ready');
		expect(coordinator.state).toMatchObject({ restarts: 1, reason: 'the query engine stopped answering' });
		expect(log).toEqual(['start 0', 'terminate 0', 'start 1']);
		expect((await coordinator.rows(spec, {})).length).toBeGreaterThan(0);
	});

	it('is not restarted while it answers a queue of questions one at a time, however long the queue', async () => {
		// The clock is the test's: each answer takes 30 ms, one after another, so the fifth waits
		// 150 ms, three times the hang time, while the engine never goes 50 ms without answering.
		vi.useFakeTimers();
		try {
			const answer = await engine.run('SELECT 1 AS one', []);
			let queue = Promise.resolve();
			const busy: SqlEngine = {
				run: () => {
					const next = queue.then(() => new Promise<Table>((done) => setTimeout(() => done(answer), 30)));
					queue = next.then(() => undefined);
					return next;
				}
			};
			const coordinator = new Coordinator({ hangMs: () => 50 });
			const { log, loader } = loaderOf([busy]);
			await coordinator.start(loader);
			const asked = Promise.all(
				institutionTypes.map((type) => coordinator.rows(specById('categories')!, { type }))
			);
			await vi.advanceTimersByTimeAsync(200);
			expect(await asked).toHaveLength(5);
			expect(coordinator.state).toMatchObject({ status: 'ready', restarts: 0 });
			expect(log).toEqual(['start 0']);
		} finally {
			vi.useRealTimers();
		}
	});

	it('answers a question asked while a lost engine is being replaced with the new engine', async () => {
		let started!: () => void;
		const replaced = new Promise<void>((done) => (started = done));
		const { lose, loader } = loaderOf([engine, engine]);
		const coordinator = new Coordinator();
		await coordinator.start(async (progress, onLost) => {
			const next = await loader(progress, onLost);
			// The second engine takes a while to load: asked meanwhile, the question waits.
			if (coordinator.state.restarts > 0) await replaced;
			return next;
		});
		lose(0, 'out of memory');
		expect(coordinator.state.status).toBe('restarting');
		const answer = coordinator.sources(specById('categories')!, {});
		started();
		expect((await answer).length).toBeGreaterThan(0);
		expect(coordinator.state).toMatchObject({ status: 'ready', restarts: 1 });
	});

	it('is started again when its worker says it died, once, with the reason kept for the page', async () => {
		const coordinator = new Coordinator();
		const { log, loader, lose } = loaderOf([engine, engine]);
		await coordinator.start(loader);
		const seen: string[] = [];
		coordinator.subscribe((state) => seen.push(state.status));
		lose(0, 'out of memory');
		await expect.poll(() => coordinator.state.status).toBe('ready');
		expect(seen).toContain('restarting');
		expect(coordinator.state).toMatchObject({ restarts: 1, reason: 'out of memory' });
		expect(log).toEqual(['start 0', 'terminate 0', 'start 1']);
		// The dead engine's late word changes nothing.
		lose(0, 'out of memory');
		expect(coordinator.state).toMatchObject({ status: 'ready', restarts: 1 });
		expect(log).toHaveLength(3);
	});
});
