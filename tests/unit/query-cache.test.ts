import { describe, expect, it } from 'vitest';
import type { Table } from 'apache-arrow';
import { sameRowsWhenUnchanged } from '$lib/catalog';
import { cachedEngine, type PreparingConnection } from '$lib/data/cached-engine';
import type { SqlEngine, SqlValue } from '$lib/data/engine';

/** A fake connection that counts what reaches "the worker" and answers a fresh object each time. */
function fakeConnection() {
	const calls = { prepare: 0, run: 0, query: 0 };
	let fail = false;
	const connection: PreparingConnection = {
		async query(sql) {
			calls.query++;
			return { sql } as unknown as Table;
		},
		async prepare(sql) {
			calls.prepare++;
			return {
				async query(...values) {
					calls.run++;
					if (fail) throw new Error('engine failure');
					return { sql, values } as unknown as Table;
				}
			};
		}
	};
	return { connection, calls, failNext: (on: boolean) => (fail = on) };
}

describe('cachedEngine', () => {
	it('caches a read that starts with comments, as every statement of src/lib/data/sql/ does', async () => {
		const { connection, calls } = fakeConnection();
		const engine = cachedEngine(connection);
		const sql = '-- The sources behind a view.\n/* block */\n  WITH x AS (SELECT $1 AS v) SELECT v FROM x';
		const [a, b] = await Promise.all([engine.run(sql, [1]), engine.run(sql, [1])]);
		expect(b).toBe(a);
		expect(calls.run).toBe(1);
		// A comment before a write does not make it a read.
		await engine.run('-- add a row\nINSERT INTO t VALUES ($1)', [1]);
		await engine.run(sql, [1]);
		expect(calls.run).toBe(3);
	});

	it('never caches a write, and a write drops every cached read (an added edition shows at once)', async () => {
		const { connection, calls } = fakeConnection();
		const engine = cachedEngine(connection);
		const before = await engine.run('SELECT count(*) FROM editions WHERE edition = $1', [15]);
		await engine.run('BEGIN TRANSACTION', []);
		await engine.run('INSERT INTO editions VALUES ($1)', [15]);
		await engine.run('COMMIT', []);
		await engine.run('BEGIN TRANSACTION', []);
		await engine.run('COMMIT', []);
		// Every transaction statement reached the engine, twice; the read ran again after the writes.
		expect(calls.query).toBe(4);
		const after = await engine.run('SELECT count(*) FROM editions WHERE edition = $1', [15]);
		expect(after).not.toBe(before);
		expect(calls.run).toBe(3);
	});

	it('prepares each statement once and runs it once per set of values', async () => {
		const { connection, calls } = fakeConnection();
		const engine = cachedEngine(connection);
		const a = await engine.run('SELECT $1', [2014]);
		const b = await engine.run('SELECT $1', [2015]);
		const again = await engine.run('SELECT $1', [2014]);
		expect(calls).toEqual({ prepare: 1, run: 2, query: 0 });
		expect(again).toBe(a);
		expect(b).not.toBe(a);
	});

	it('shares one request between concurrent identical queries, and runs plain SQL without preparing', async () => {
		const { connection, calls } = fakeConnection();
		const engine = cachedEngine(connection);
		const [x, y] = await Promise.all([engine.run('SELECT 1', []), engine.run('SELECT 1', [])]);
		expect(x).toBe(y);
		expect(calls).toEqual({ prepare: 0, run: 0, query: 1 });
	});

	it('does not keep a failed result: the next call asks the engine again', async () => {
		const { connection, calls, failNext } = fakeConnection();
		const engine = cachedEngine(connection);
		failNext(true);
		await expect(engine.run('SELECT $1', [1])).rejects.toThrow('engine failure');
		failNext(false);
		await expect(engine.run('SELECT $1', [1])).resolves.toBeTruthy();
		expect(calls.run).toBe(2);
	});

	it('tells apart values that differ only in type', async () => {
		const { connection, calls } = fakeConnection();
		const engine = cachedEngine(connection);
		await engine.run('SELECT $1', ['1']);
		await engine.run('SELECT $1', [1]);
		expect(calls.run).toBe(2);
	});
});

describe('sameRowsWhenUnchanged', () => {
	/** An engine answering one table object per distinct values, like the cached engine. */
	function tableEngine(): SqlEngine {
		const tables = new Map<string, Table>();
		return {
			async run(sql: string, values: SqlValue[]) {
				const key = JSON.stringify([sql, values]);
				if (!tables.has(key)) tables.set(key, { key } as unknown as Table);
				return tables.get(key)!;
			}
		};
	}
	const query = sameRowsWhenUnchanged(
		async (engine: SqlEngine, filters: { from?: number; type?: string }) => {
			const table = await engine.run('SELECT $1', [filters.from ?? 0]);
			return [{ from: filters.from ?? 0, table: String((table as unknown as { key: string }).key) }];
		}
	);

	it('hands back the very same rows when the engine answered the same tables', async () => {
		const engine = tableEngine();
		const first = await query(engine, { from: 2014 });
		// `type` is not an input of this query: same table, same rows object, no re-render.
		const same = await query(engine, { from: 2014, type: 'ministry' });
		expect(same).toBe(first);
		const other = await query(engine, { from: 2015 });
		expect(other).not.toBe(first);
		expect(other[0].from).toBe(2015);
	});

	it('never reuses rows across engines', async () => {
		const first = await query(tableEngine(), { from: 2014 });
		const second = await query(tableEngine(), { from: 2014 });
		expect(second).not.toBe(first);
		expect(second).toEqual(first);
	});
});
