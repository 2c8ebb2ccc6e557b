/**
 * The SQL console's history of runs, kept in the browser (IndexedDB). The logic (record, bound,
 * search, clear) works over a small storage adapter, so it is tested with an in-memory one and keeps
 * working for the session when IndexedDB is unavailable (private modes, blocked storage).
 */
import { openIndexedStore } from '$lib/data/browser-storage';

/** One run of the console: its SQL, when, and its outcome (row count or error). */
export interface HistoryEntry {
	/** Assigned by the store, increasing with time. */
	id: number;
	sql: string;
	/** ISO timestamp of the run. */
	at: string;
	/** Rows read (the first page when more remain); null when the run failed or was stopped. */
	rows: number | null;
	/** true when the result had more rows than were read. */
	more: boolean;
	/** DuckDB's message or the refusal, when the run failed. */
	error: string | null;
}

export type NewHistoryEntry = Omit<HistoryEntry, 'id'>;

/** Where entries live. */
export interface HistoryAdapter {
	/** Every entry, in any order. */
	all(): Promise<HistoryEntry[]>;
	add(entry: NewHistoryEntry): Promise<HistoryEntry>;
	remove(ids: number[]): Promise<void>;
	clear(): Promise<void>;
}

/** How many runs the history keeps: older ones are dropped. */
export const HISTORY_LIMIT = 200;

/** An adapter in memory: the tests' store, and the fallback when IndexedDB is unavailable. */
export function memoryHistoryAdapter(): HistoryAdapter {
	let entries: HistoryEntry[] = [];
	let next = 1;
	return {
		all: async () => entries.map((entry) => ({ ...entry })),
		add: async (entry) => {
			const stored = { ...entry, id: next++ };
			entries.push(stored);
			return { ...stored };
		},
		remove: async (ids) => {
			const gone = new Set(ids);
			entries = entries.filter((entry) => !gone.has(entry.id));
		},
		clear: async () => {
			entries = [];
		}
	};
}

/**
 * The IndexedDB adapter. Opening fails (rejects) when the browser refuses storage: the caller then
 * says so and falls back to memory.
 */
export async function indexedDbHistoryAdapter(): Promise<HistoryAdapter> {
	const store = await openIndexedStore<HistoryEntry | NewHistoryEntry>('imtiaz-console', 'history', {
		keyPath: 'id',
		autoIncrement: true
	});
	return {
		all: () => store.all() as Promise<HistoryEntry[]>,
		add: async (entry) => ({ ...entry, id: Number(await store.put(entry)) }),
		remove: (ids) => store.delete(ids),
		clear: () => store.clear()
	};
}

/** The history: newest first, bounded to `limit` entries. */
export class QueryHistory {
	constructor(
		readonly adapter: HistoryAdapter,
		readonly limit = HISTORY_LIMIT
	) {}

	/** Every entry, newest first. */
	async list(): Promise<HistoryEntry[]> {
		return (await this.adapter.all()).sort((a, b) => b.id - a.id);
	}

	/** Records a run, then drops the oldest entries beyond the limit; returns the new list. */
	async record(entry: NewHistoryEntry): Promise<HistoryEntry[]> {
		await this.adapter.add(entry);
		const all = await this.list();
		const extra = all.slice(this.limit);
		if (extra.length > 0) await this.adapter.remove(extra.map((old) => old.id));
		return all.slice(0, this.limit);
	}

	async clear(): Promise<void> {
		await this.adapter.clear();
	}
}

/**
 * Entries whose SQL (or error) contains every word of the search, ignoring case; an empty search
 * keeps everything.
 */
export function searchHistory(entries: readonly HistoryEntry[], search: string): HistoryEntry[] {
	const words = search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
	if (words.length === 0) return [...entries];
	return entries.filter((entry) => {
		const haystack = `${entry.sql}\n${entry.error ?? ''}`.toLocaleLowerCase();
		return words.every((word) => haystack.includes(word));
	});
}
