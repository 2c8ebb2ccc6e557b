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

export function storageAvailable(): boolean {
	return typeof indexedDB !== 'undefined';
}

/** Every stored dataset, oldest first. */
export async function listStoredDatasets(): Promise<StoredDataset[]> {
	if (!storageAvailable()) return [];
	const all = await transact<StoredDataset[]>('readonly', (store) => store.getAll());
	return all.sort((a, b) => a.added.localeCompare(b.added));
}

/** Saves (or replaces) a dataset; a full quota throws StorageFullError. */
export async function saveDataset(dataset: StoredDataset): Promise<void> {
	try {
		await transact('readwrite', (store) => store.put(dataset));
	} catch (error) {
		if (isQuota(error)) throw new StorageFullError(dataset.table);
		throw error;
	}
}

export async function removeStoredDataset(table: string): Promise<void> {
	await transact('readwrite', (store) => store.delete(table));
}

export async function renameStoredDataset(from: string, to: string, label: string): Promise<void> {
	const all = await listStoredDatasets();
	const found = all.find((d) => d.table === from);
	if (!found) return;
	await saveDataset({ ...found, table: to, label });
	await removeStoredDataset(from);
}
