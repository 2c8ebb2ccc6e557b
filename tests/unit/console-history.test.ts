import { describe, expect, it } from 'vitest';
import {
	HISTORY_LIMIT,
	memoryHistoryAdapter,
	QueryHistory,
	searchHistory,
	type NewHistoryEntry
} from '$lib/console/history';

function run(sql: string, i: number, error: string | null = null): NewHistoryEntry {
	return {
		sql,
		at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
		rows: error ? null : i,
		more: false,
		error
	};
}

describe('QueryHistory', () => {
	it('records runs newest first, with their outcome', async () => {
		const history = new QueryHistory(memoryHistoryAdapter());
		await history.record(run('SELECT 1', 1));
		const list = await history.record(run('SELECT nope', 2, 'Binder Error: column "nope" not found'));
		expect(list.map((entry) => entry.sql)).toEqual(['SELECT nope', 'SELECT 1']);
		expect(list[0]).toMatchObject({ rows: null, error: 'Binder Error: column "nope" not found' });
		expect(list[1]).toMatchObject({ rows: 1, error: null });
		expect(await history.list()).toEqual(list);
	});

	it('keeps the last entries only, dropping the oldest from the store too', async () => {
		const adapter = memoryHistoryAdapter();
		const history = new QueryHistory(adapter, 3);
		for (let i = 1; i <= 5; i++) await history.record(run(`SELECT ${i}`, i));
		expect((await history.list()).map((entry) => entry.sql)).toEqual(['SELECT 5', 'SELECT 4', 'SELECT 3']);
		expect(await adapter.all()).toHaveLength(3);
		expect(HISTORY_LIMIT).toBe(200);
	});

	it('is bounded at 200 by default', async () => {
		const history = new QueryHistory(memoryHistoryAdapter());
		let list = await history.list();
		for (let i = 0; i < HISTORY_LIMIT + 5; i++) list = await history.record(run(`SELECT ${i}`, i));
		expect(list).toHaveLength(HISTORY_LIMIT);
		expect(list[0].sql).toBe(`SELECT ${HISTORY_LIMIT + 4}`);
		expect(list.at(-1)?.sql).toBe('SELECT 5');
	});

	it('clears everything', async () => {
		const history = new QueryHistory(memoryHistoryAdapter());
		await history.record(run('SELECT 1', 1));
		await history.clear();
		expect(await history.list()).toEqual([]);
		// …and keeps working afterwards.
		expect((await history.record(run('SELECT 2', 2))).map((entry) => entry.sql)).toEqual(['SELECT 2']);
	});
});

describe('searchHistory', () => {
	const entries = [
		{ ...run('SELECT * FROM winners', 1), id: 1 },
		{ ...run("SELECT name FROM institutions WHERE name = 'وزارة'", 2), id: 2 },
		{ ...run('SELECT x FROM editions', 3, 'Binder Error: column "x" not found'), id: 3 }
	];
	it('keeps entries whose SQL or error holds every word, ignoring case', () => {
		expect(searchHistory(entries, 'winners').map((entry) => entry.id)).toEqual([1]);
		expect(searchHistory(entries, 'from SELECT').map((entry) => entry.id)).toEqual([1, 2, 3]);
		expect(searchHistory(entries, 'select institutions').map((entry) => entry.id)).toEqual([2]);
		expect(searchHistory(entries, 'وزارة').map((entry) => entry.id)).toEqual([2]);
		expect(searchHistory(entries, 'binder').map((entry) => entry.id)).toEqual([3]);
		expect(searchHistory(entries, 'winners editions')).toEqual([]);
	});
	it('keeps everything for an empty search', () => {
		expect(searchHistory(entries, '   ')).toHaveLength(3);
	});
});
