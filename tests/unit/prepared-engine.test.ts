import { describe, expect, it } from 'vitest';
import type { Table } from 'apache-arrow';
import { preparedEngine, type PreparingConnection } from '$lib/data/prepared-engine';

/** A fake connection that counts what reaches "the worker" and answers a fresh object each time. */
function fakeConnection() {
	const calls = { prepare: 0, run: 0, query: 0 };
	let failPrepare = false;
	const connection: PreparingConnection = {
		async query(sql) {
			calls.query++;
			return { sql } as unknown as Table;
		},
		async prepare(sql) {
			calls.prepare++;
			if (failPrepare) throw new Error('prepare failure');
			return {
				async query(...values) {
					calls.run++;
					return { sql, values } as unknown as Table;
				}
			};
		}
	};
	return { connection, calls, failPrepare: (on: boolean) => (failPrepare = on) };
}

describe('preparedEngine', () => {
	it('prepares each statement once and runs it once per call', async () => {
		const { connection, calls } = fakeConnection();
		const engine = preparedEngine(connection);
		const a = await engine.run('SELECT $1', [2014]);
		await engine.run('SELECT $1', [2015]);
		const again = await engine.run('SELECT $1', [2014]);
		expect(calls).toEqual({ prepare: 1, run: 3, query: 0 });
		// No result cache here: that is the coordinator's.
		expect(again).not.toBe(a);
		expect(again).toEqual(a);
	});

	it('runs a statement without parameters as plain SQL, without preparing', async () => {
		const { connection, calls } = fakeConnection();
		const engine = preparedEngine(connection);
		await engine.run('SELECT 1', []);
		expect(calls).toEqual({ prepare: 0, run: 0, query: 1 });
	});

	it('prepares again a statement whose preparation failed', async () => {
		const { connection, calls, failPrepare } = fakeConnection();
		const engine = preparedEngine(connection);
		failPrepare(true);
		await expect(engine.run('SELECT $1', [1])).rejects.toThrow('prepare failure');
		failPrepare(false);
		await expect(engine.run('SELECT $1', [1])).resolves.toEqual({ sql: 'SELECT $1', values: [1] });
		expect(calls.prepare).toBe(2);
	});
});
