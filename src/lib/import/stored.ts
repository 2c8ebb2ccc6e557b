import type { ColumnType } from './parse';

/**
 * An uploaded dataset as kept in the browser. Contract with the SQL console (addTable(name, csv,
 * columns)): `csv` is the canonical CSV (comma, `\n`, RFC 4180 quoting, header row, empty = NULL),
 * `columns` maps each header name, in order, to its DuckDB type.
 */
export interface StoredDataset {
	table: string;
	label: string;
	csv: string;
	columns: Record<string, ColumnType>;
	rows: number;
	/** ISO timestamp of the upload. */
	added: string;
	/** The column mapping chosen by the user, by role. */
	mapping?: Record<string, string>;
	/** 'dataset' = its own table; 'edition' = rows appended to the built-in winners/editions. */
	kind?: 'dataset' | 'edition';
	/** Award years covered, through the mapping's year column (absent when no year is mapped). */
	coverage?: { from: number; to: number; years: number };
}

/** The browser refused to store more: reported to the user, never silently dropped. */
export class StorageFullError extends Error {
	constructor(readonly table: string) {
		super(`Browser storage is full: "${table}" was not saved`);
		this.name = 'StorageFullError';
	}
}

const DB = 'imtiaz-datasets';
const STORE = 'datasets';

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'table' });
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

function isQuota(error: unknown): boolean {
	return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

async function transact<T>(
	mode: IDBTransactionMode,
	act: (store: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const tx = db.transaction(STORE, mode);
			const request = act(tx.objectStore(STORE));
			tx.oncomplete = () => resolve(request.result);
			tx.onerror = () => reject(tx.error ?? request.error);
			tx.onabort = () => reject(tx.error ?? new DOMException('aborted', 'AbortError'));
		});
	} finally {
		db.close();
	}
}

/** The IndexedDB store: used where the browser has no Origin Private File System. */
const indexedStore = {
	async list(kind?: StoredDataset['kind']): Promise<StoredDataset[]> {
		const all = await transact<StoredDataset[]>('readonly', (store) => store.getAll());
		return kind ? all.filter((d) => (d.kind ?? 'dataset') === kind) : all;
	},
	async put(dataset: StoredDataset): Promise<void> {
		await transact('readwrite', (store) => store.put(dataset));
	},
	async remove(table: string): Promise<void> {
		await transact('readwrite', (store) => store.delete(table));
	}
};

const OPFS_DIR = 'imtiaz-datasets';

/**
 * The OPFS store: one `<table>.csv` (the canonical CSV, written as a stream, never inside JSON)
 * and one `<table>.json` (everything else) per dataset. The JSON is written last, so a dataset
 * whose CSV failed to write (a full quota) is never listed.
 */
async function opfsDirectory(): Promise<FileSystemDirectoryHandle | undefined> {
	try {
		const root = await navigator.storage?.getDirectory?.();
		return root ? await root.getDirectoryHandle(OPFS_DIR, { create: true }) : undefined;
	} catch {
		// Some private modes expose the API and refuse it: fall back to IndexedDB.
		return undefined;
	}
}

async function writeFile(dir: FileSystemDirectoryHandle, name: string, text: string): Promise<void> {
	const handle = await dir.getFileHandle(name, { create: true });
	const writable = await handle.createWritable();
	try {
		await writable.write(text);
		await writable.close();
	} catch (error) {
		await writable.abort().catch(() => undefined);
		throw error;
	}
}

function opfsStore(dir: FileSystemDirectoryHandle) {
	return {
		async list(kind?: StoredDataset['kind']): Promise<StoredDataset[]> {
			const out: StoredDataset[] = [];
			for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) {
				if (!name.endsWith('.json')) continue;
				try {
					const meta = JSON.parse(await (await (await dir.getFileHandle(name)).getFile()).text());
					// The metadata decides first: a large CSV is read only when it is wanted.
					if (kind && (meta.kind ?? 'dataset') !== kind) continue;
					const csvFile = await (await dir.getFileHandle(`${meta.table}.csv`)).getFile();
					out.push({ ...meta, csv: await csvFile.text() });
				} catch {
					// A dataset whose files are incomplete is skipped rather than shown broken.
				}
			}
			return out;
		},
		async put(dataset: StoredDataset): Promise<void> {
			const { csv, ...meta } = dataset;
			try {
				await writeFile(dir, `${dataset.table}.csv`, csv);
				await writeFile(dir, `${dataset.table}.json`, JSON.stringify(meta));
			} catch (error) {
				await dir.removeEntry(`${dataset.table}.json`).catch(() => undefined);
				await dir.removeEntry(`${dataset.table}.csv`).catch(() => undefined);
				throw error;
			}
		},
		async remove(table: string): Promise<void> {
			await dir.removeEntry(`${table}.json`).catch(() => undefined);
			await dir.removeEntry(`${table}.csv`).catch(() => undefined);
		}
	};
}

type Store = typeof indexedStore;
let chosen: Promise<Store | undefined> | undefined;

/** OPFS where the browser has it, else IndexedDB, else nothing (listing is then empty). */
function backend(): Promise<Store | undefined> {
	chosen ??= (async () => {
		if (typeof navigator === 'undefined') return undefined;
		const dir = await opfsDirectory();
		if (dir) return opfsStore(dir);
		return typeof indexedDB === 'undefined' ? undefined : indexedStore;
	})();
	return chosen;
}

/** Which browser storage keeps the uploads: `opfs`, `indexeddb` or `none`. */
export async function storageKind(): Promise<'opfs' | 'indexeddb' | 'none'> {
	const store = await backend();
	return store === undefined ? 'none' : store === indexedStore ? 'indexeddb' : 'opfs';
}

export function storageAvailable(): boolean {
	return typeof indexedDB !== 'undefined' || typeof navigator?.storage?.getDirectory === 'function';
}

/** Every stored dataset (or only those of one kind), oldest first. */
export async function listStoredDatasets(kind?: StoredDataset['kind']): Promise<StoredDataset[]> {
	const store = await backend();
	if (!store) return [];
	const all = await store.list(kind);
	return all.sort((a, b) => a.added.localeCompare(b.added));
}

/** Saves (or replaces) a dataset; a full quota throws StorageFullError and keeps nothing partial. */
export async function saveDataset(dataset: StoredDataset): Promise<void> {
	const store = await backend();
	if (!store) throw new Error('This browser cannot store datasets');
	try {
		await store.put(dataset);
	} catch (error) {
		if (isQuota(error)) throw new StorageFullError(dataset.table);
		throw error;
	}
}

export async function removeStoredDataset(table: string): Promise<void> {
	await (await backend())?.remove(table);
}

/** Renames a dataset: saved under the new name first, so a failure loses nothing. */
export async function renameStoredDataset(from: string, to: string, label: string): Promise<void> {
	const all = await listStoredDatasets();
	const found = all.find((d) => d.table === from);
	if (!found) return;
	await saveDataset({ ...found, table: to, label });
	await removeStoredDataset(from);
}
