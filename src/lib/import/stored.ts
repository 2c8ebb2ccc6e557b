import {
	announceChange,
	isQuotaError,
	onChange,
	openIndexedStore,
	openOpfsFolder,
	type IndexedStore,
	type OpfsFolder,
	withLock
} from '$lib/data/browser-storage';
import type { Mapping } from './mapping';
import type { ColumnType } from './parse';

/**
 * An uploaded dataset as kept in the browser, in one of two forms. `arrow`: the table as DuckDB
 * wrote it, an Arrow IPC stream that DuckDB reads back without parsing (a dataset kept while the
 * page's engine ran). `csv`: the canonical CSV (comma, `\n`, RFC 4180 quoting, header row, empty =
 * NULL) — added editions, datasets kept offline before an engine ran, and every dataset kept
 * before the Arrow form existed. `columns` lists each header name, in order, with its DuckDB type:
 * a list, not an object, since the names are the file's (`2014` or `__proto__` would move or vanish
 * as object keys).
 */
export interface StoredDataset {
	table: string;
	label: string;
	csv?: string;
	arrow?: Blob;
	columns: StoredColumn[];
	rows: number;
	/** ISO timestamp of the upload. */
	added: string;
	/** The column mapping chosen by the user: keyed by role (ours), never by a column name. */
	mapping?: Mapping;
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
export interface Store {
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
 * The OPFS store: per dataset, its data — `<table>.arrow` (Arrow IPC) or `<table>.csv` (the
 * canonical CSV), written as a stream, never inside JSON — and `<table>.json` (everything else).
 * The JSON is written last, so a dataset whose data failed to write (a full quota) is never listed.
 */
export function opfsStore(folder: OpfsFolder): Store {
	async function removeData(table: string) {
		await folder.remove(`${table}.arrow`);
		await folder.remove(`${table}.csv`);
	}
	return {
		async list(kind) {
			const out: StoredDataset[] = [];
			const names = new Set(await folder.names());
			for (const name of names) {
				if (!name.endsWith('.json')) continue;
				try {
					const meta = JSON.parse(await folder.read(name));
					// The metadata decides first: a large CSV is read only when it is wanted.
					if (!ofKind(meta, kind)) continue;
					// The Arrow file is handed over unread: its bytes go to DuckDB when it is opened.
					if (names.has(`${meta.table}.arrow`))
						out.push({ ...meta, arrow: await folder.file(`${meta.table}.arrow`) });
					else out.push({ ...meta, csv: await folder.read(`${meta.table}.csv`) });
				} catch {
					// A dataset whose files are incomplete is skipped rather than shown broken.
				}
			}
			return out;
		},
		async put(dataset) {
			const { csv, arrow, ...meta } = dataset;
			// A dataset read from this folder and saved again (a new mapping) keeps its data file as it is.
			const same = arrow instanceof File && arrow.name === `${dataset.table}.arrow`;
			try {
				if (!same) {
					await removeData(dataset.table);
					if (arrow) await folder.write(`${dataset.table}.arrow`, arrow);
					else await folder.write(`${dataset.table}.csv`, csv ?? '');
				}
				await folder.write(`${dataset.table}.json`, JSON.stringify(meta));
			} catch (error) {
				await this.remove(dataset.table);
				throw error;
			}
		},
		async remove(table) {
			await folder.remove(`${table}.json`);
			await removeData(table);
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

/** The Web Lock and BroadcastChannel name every tab of the site uses for the stored datasets. */
export const STORAGE_LOCK = 'imtiaz-storage';

/** The stored datasets' operations over one backend, as the page and the restore use them. */
export interface DatasetStorage {
	/** Every stored dataset (or only those of one kind), oldest first. */
	list(kind?: StoredDataset['kind']): Promise<StoredDataset[]>;
	/** Saves (or replaces) a dataset; a full quota throws StorageFullError and keeps nothing partial. */
	save(dataset: StoredDataset): Promise<void>;
	remove(table: string): Promise<void>;
	/** Renames a dataset: saved under the new name first, so a failure loses nothing. */
	rename(from: string, to: string, label: string): Promise<void>;
}

/**
 * The operations over a backend. Each runs holding the storage lock, so two tabs keeping, renaming
 * and removing at once never interleave (a rename read in one tab while the other removes would
 * bring the removed dataset back), and each write tells the other tabs. Reads hold it too: an OPFS
 * dataset is two files, and a listing between them would see half of a rename.
 */
export function datasetStorage(
	store: () => Promise<Store | undefined>,
	lock: <T>(act: () => Promise<T>) => Promise<T> = (act) => withLock(STORAGE_LOCK, act),
	announce: () => void = () => announceChange(STORAGE_LOCK)
): DatasetStorage {
	async function list(kind?: StoredDataset['kind']) {
		const backend = await store();
		if (!backend) return [];
		const all = (await backend.list(kind)).map(fromStorage);
		return all.sort((a, b) => a.added.localeCompare(b.added));
	}
	async function save(dataset: StoredDataset) {
		const backend = await store();
		if (!backend) throw new Error('This browser cannot store datasets');
		try {
			await backend.put(dataset);
		} catch (error) {
			if (isQuotaError(error)) throw new StorageFullError(dataset.table);
			throw error;
		}
	}
	async function remove(table: string) {
		await (await store())?.remove(table);
	}
	// The lock is not re-entrant: each operation takes it once, around the unlocked steps above.
	const write = async (act: () => Promise<void>) => {
		try {
			await lock(act);
		} finally {
			announce();
		}
	};
	return {
		list: (kind) => lock(() => list(kind)),
		save: (dataset) => write(() => save(dataset)),
		remove: (table) => write(() => remove(table)),
		rename: (from, to, label) =>
			write(async () => {
				const found = (await list()).find((d) => d.table === from);
				if (!found) return;
				await save({ ...found, table: to, label });
				await remove(from);
			})
	};
}

const browserStorage = datasetStorage(backend);

export const listStoredDatasets = browserStorage.list;
export const saveDataset = browserStorage.save;
export const removeStoredDataset = browserStorage.remove;
export const renameStoredDataset = browserStorage.rename;

/** Calls `changed` whenever another tab kept, renamed or removed a dataset; returns the unsubscribe. */
export function onStoredDatasetsChange(changed: () => void): () => void {
	return onChange(STORAGE_LOCK, changed);
}
