import {
	isQuotaError,
	openIndexedStore,
	openOpfsFolder,
	type IndexedStore,
	type OpfsFolder
} from '$lib/data/browser-storage';
import type { ColumnType } from './parse';

/**
 * An uploaded dataset as kept in the browser. `csv` is the canonical CSV (comma, `\n`, RFC 4180
 * quoting, header row, empty = NULL); `columns` lists each header name, in order, with its DuckDB
 * type: a list, not an object, since the names are the file's (`2014` or `__proto__` would move or
 * vanish as object keys).
 */
export interface StoredDataset {
	table: string;
	label: string;
	csv: string;
	columns: StoredColumn[];
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

/** One column of a stored dataset: its name and DuckDB type. */
export type StoredColumn = readonly [name: string, type: ColumnType];

/** The `columns` of a dataset from its header and types. */
export function columnTypes(header: readonly string[], types: readonly ColumnType[]): StoredColumn[] {
	return header.map((name, i) => [name, types[i]] as const);
}

/** A dataset's header and types, in order. */
export function storedColumns(dataset: StoredDataset): { header: string[]; types: ColumnType[] } {
	return { header: dataset.columns.map(([name]) => name), types: dataset.columns.map(([, type]) => type) };
}

/** A dataset as read back: kept before columns were a list, they were an object (in key order). */
function fromStorage(dataset: StoredDataset): StoredDataset {
	const columns = dataset.columns as StoredColumn[] | Record<string, ColumnType>;
	return Array.isArray(columns) ? dataset : { ...dataset, columns: Object.entries(columns) };
}

/** The browser refused to store more: reported to the user, never silently dropped. */
export class StorageFullError extends Error {
	constructor(readonly table: string) {
		super(`Browser storage is full: "${table}" was not saved`);
		this.name = 'StorageFullError';
	}
}

const DB = 'imtiaz-datasets';

/** A backend: where the browser has no Origin Private File System, IndexedDB. */
interface Store {
	list(kind?: StoredDataset['kind']): Promise<StoredDataset[]>;
	put(dataset: StoredDataset): Promise<void>;
	remove(table: string): Promise<void>;
}

const ofKind = (dataset: Pick<StoredDataset, 'kind'>, kind?: StoredDataset['kind']) =>
	!kind || (dataset.kind ?? 'dataset') === kind;

function indexedStore(store: IndexedStore<StoredDataset>): Store {
	return {
		list: async (kind) => (await store.all()).filter((dataset) => ofKind(dataset, kind)),
		put: async (dataset) => void (await store.put(dataset)),
		remove: (table) => store.delete([table])
	};
}

/**
 * The OPFS store: one `<table>.csv` (the canonical CSV, written as a stream, never inside JSON)
 * and one `<table>.json` (everything else) per dataset. The JSON is written last, so a dataset
 * whose CSV failed to write (a full quota) is never listed.
 */
function opfsStore(folder: OpfsFolder): Store {
	return {
		async list(kind) {
			const out: StoredDataset[] = [];
			for (const name of await folder.names()) {
				if (!name.endsWith('.json')) continue;
				try {
					const meta = JSON.parse(await folder.read(name));
					// The metadata decides first: a large CSV is read only when it is wanted.
					if (!ofKind(meta, kind)) continue;
					out.push({ ...meta, csv: await folder.read(`${meta.table}.csv`) });
				} catch {
					// A dataset whose files are incomplete is skipped rather than shown broken.
				}
			}
			return out;
		},
		async put(dataset) {
			const { csv, ...meta } = dataset;
			try {
				await folder.write(`${dataset.table}.csv`, csv);
				await folder.write(`${dataset.table}.json`, JSON.stringify(meta));
			} catch (error) {
				await this.remove(dataset.table);
				throw error;
			}
		},
		async remove(table) {
			await folder.remove(`${table}.json`);
			await folder.remove(`${table}.csv`);
		}
	};
}

let chosen: Promise<Store | undefined> | undefined;

/** OPFS where the browser has it, else IndexedDB, else nothing (listing is then empty). */
function backend(): Promise<Store | undefined> {
	chosen ??= (async () => {
		if (typeof navigator === 'undefined') return undefined;
		const folder = await openOpfsFolder(DB);
		if (folder) return opfsStore(folder);
		const store = await openIndexedStore<StoredDataset>(DB, 'datasets', { keyPath: 'table' }).catch(
			() => undefined
		);
		return store && indexedStore(store);
	})();
	return chosen;
}

export function storageAvailable(): boolean {
	return typeof indexedDB !== 'undefined' || typeof navigator?.storage?.getDirectory === 'function';
}

/** Every stored dataset (or only those of one kind), oldest first. */
export async function listStoredDatasets(kind?: StoredDataset['kind']): Promise<StoredDataset[]> {
	const store = await backend();
	if (!store) return [];
	const all = (await store.list(kind)).map(fromStorage);
	return all.sort((a, b) => a.added.localeCompare(b.added));
}

/** Saves (or replaces) a dataset; a full quota throws StorageFullError and keeps nothing partial. */
export async function saveDataset(dataset: StoredDataset): Promise<void> {
	const store = await backend();
	if (!store) throw new Error('This browser cannot store datasets');
	try {
		await store.put(dataset);
	} catch (error) {
		if (isQuotaError(error)) throw new StorageFullError(dataset.table);
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
