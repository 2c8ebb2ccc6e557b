import { describe, expect, it } from 'vitest';
import { withLock, type LockManagerLike } from '$lib/data/browser-storage';
import { datasetStorage, opfsStore, STORAGE_LOCK, type StoredDataset } from '$lib/import/stored';
import { memoryFolder } from './memory-folder';

/** Resolves after `ms` of real time: lets a wrongly unlocked act overlap the next one. */
const later = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Records what ran while another act held the lock. */
function probe() {
	const events: string[] = [];
	let holders = 0;
	let overlapped = false;
	const act =
		(name: string, fail = false) =>
		async () => {
			holders++;
			if (holders > 1) overlapped = true;
			events.push(`start ${name}`);
			await later(5);
			events.push(`end ${name}`);
			holders--;
			if (fail) throw new Error(`${name} failed`);
			return name;
		};
	return { events, act, overlapped: () => overlapped };
}

function dataset(table: string, rows = 1): StoredDataset {
	return {
		table,
		label: `${table}.csv`,
		csv: 'a\n' + '1\n'.repeat(rows),
		columns: [['a', 'INTEGER']],
		rows,
		added: `2026-01-01T00:00:0${table.length % 10}Z`,
		kind: 'dataset'
	};
}

describe('withLock', () => {
	it('asks the Web Locks manager for the named lock and returns what the act returns', async () => {
		const asked: string[] = [];
		const locks: LockManagerLike = {
			request: (name, callback) => {
				asked.push(name);
				return callback();
			}
		};
		await expect(withLock(STORAGE_LOCK, async () => 42, locks)).resolves.toBe(42);
		expect(asked).toEqual(['imtiaz-storage']);
	});

	it('without Web Locks, runs this tab’s acts one after the other, a failure not blocking the next', async () => {
		const { events, act, overlapped } = probe();
		const results = await Promise.allSettled([
			withLock('test-fallback', act('a'), undefined),
			withLock('test-fallback', act('b', true), undefined),
			withLock('test-fallback', act('c'), undefined)
		]);
		expect(overlapped()).toBe(false);
		expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
		expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
	});
});

describe('datasetStorage', () => {
	it('keeps, renames and removes at once without losing or doubling a dataset, announcing each write', async () => {
		const folder = memoryFolder();
		let announced = 0;
		// Two "tabs": two storages over the same folder and the fallback lock of one name.
		const lock = <T>(act: () => Promise<T>) => withLock('test-two-tabs', act, undefined);
		const tab = () =>
			datasetStorage(
				async () => opfsStore(folder),
				lock,
				() => announced++
			);
		const [one, two] = [tab(), tab()];
		await Promise.all([one.save(dataset('first', 2)), two.save(dataset('second', 3))]);
		await Promise.all([one.rename('first', 'renamed', 'first.csv'), two.remove('second')]);
		const kept = await one.list();
		expect(kept.map((d) => [d.table, d.rows])).toEqual([['renamed', 2]]);
		expect([...folder.files.keys()].sort()).toEqual(['renamed.csv', 'renamed.json']);
		// Both tabs rename the same dataset: one rename wins, the other finds nothing to rename. Unlocked,
		// both would read it before either removed it, leaving two copies.
		await Promise.all([one.rename('renamed', 'mine', 'a.csv'), two.rename('renamed', 'yours', 'b.csv')]);
		expect((await two.list()).map((d) => [d.table, d.rows])).toEqual([['mine', 2]]);
		expect(announced).toBe(6);
	});

	it('announces a write that failed too (the other tabs re-read what is really there)', async () => {
		let announced = 0;
		const storage = datasetStorage(
			async () => ({
				list: async () => [],
				put: async () => {
					throw new Error('disk gone');
				},
				remove: async () => undefined
			}),
			(act) => act(),
			() => announced++
		);
		await expect(storage.save(dataset('x'))).rejects.toThrow('disk gone');
		expect(announced).toBe(1);
	});
});
