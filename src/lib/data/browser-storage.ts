/**
 * The one wrapper over the browser's storage: an IndexedDB object store (the console's history, the
 * uploads where there is no OPFS) and an Origin Private File System folder (the uploads' large CSV,
 * written as a stream). Each operation rejects when the browser refuses: callers decide the fallback.
 */

function settle<T>(request: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

/** One object store of one database, each call its own transaction, settled when it commits. */
export interface IndexedStore<T> {
	all(): Promise<T[]>;
	/** Adds or replaces; returns the record's key (assigned by the store when it counts them). */
	put(value: T): Promise<IDBValidKey>;
	delete(keys: readonly IDBValidKey[]): Promise<void>;
	clear(): Promise<void>;
}

/** Opens (creating at first use) a database holding one store. Rejects where IndexedDB is refused. */
export async function openIndexedStore<T>(
	database: string,
	store: string,
	keys: IDBObjectStoreParameters
): Promise<IndexedStore<T>> {
	if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
	const open = indexedDB.open(database, 1);
	open.onupgradeneeded = () => open.result.createObjectStore(store, keys);
	const db = await settle(open);
	function transact<R>(mode: IDBTransactionMode, act: (target: IDBObjectStore) => IDBRequest<R> | void) {
		const tx = db.transaction(store, mode);
		const request = act(tx.objectStore(store));
		return new Promise<R>((resolve, reject) => {
			tx.oncomplete = () => resolve(request ? request.result : (undefined as R));
			tx.onerror = () => reject(tx.error ?? request?.error);
			tx.onabort = () => reject(tx.error ?? new DOMException('aborted', 'AbortError'));
		});
	}
	return {
		all: () => transact<T[]>('readonly', (target) => target.getAll()),
		put: (value) => transact('readwrite', (target) => target.put(value)),
		delete: (ids) =>
			transact<void>('readwrite', (target) => {
				for (const id of ids) target.delete(id);
			}),
		clear: () => transact<undefined>('readwrite', (target) => target.clear())
	};
}

/** A quota refusal, in any browser's spelling. */
export function isQuotaError(error: unknown): boolean {
	return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

/** A folder of the Origin Private File System holding text and binary files. */
export interface OpfsFolder {
	names(): Promise<string[]>;
	read(name: string): Promise<string>;
	/** The file itself, not read: a large one is read only when its bytes are wanted. */
	file(name: string): Promise<File>;
	/** Written as a stream; a failed write is aborted, leaving the file as it was. */
	write(name: string, data: string | Blob): Promise<void>;
	/** Removes a file; a missing one is not an error. */
	remove(name: string): Promise<void>;
}

/** The named OPFS folder, or undefined where the browser has none or refuses it (private modes). */
export async function openOpfsFolder(name: string): Promise<OpfsFolder | undefined> {
	let dir: FileSystemDirectoryHandle;
	try {
		const root = await navigator.storage?.getDirectory?.();
		if (!root) return undefined;
		dir = await root.getDirectoryHandle(name, { create: true });
	} catch {
		return undefined;
	}
	return {
		async names() {
			const out: string[] = [];
			for await (const entry of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) out.push(entry);
			return out;
		},
		read: async (file) => (await (await dir.getFileHandle(file)).getFile()).text(),
		file: async (file) => (await dir.getFileHandle(file)).getFile(),
		async write(file, data) {
			const writable = await (await dir.getFileHandle(file, { create: true })).createWritable();
			try {
				await writable.write(data);
				await writable.close();
			} catch (error) {
				await writable.abort().catch(() => undefined);
				throw error;
			}
		},
		remove: (file) => dir.removeEntry(file).catch(() => undefined)
	};
}

/** What a lock needs of `navigator.locks`: the one call used, so tests can pass their own. */
export interface LockManagerLike {
	request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** Where the browser has no Web Locks: writes of this tab still wait for each other, in order. */
const tabQueues = new Map<string, Promise<unknown>>();

function tabLock<T>(name: string, act: () => Promise<T>): Promise<T> {
	const previous = tabQueues.get(name) ?? Promise.resolve();
	const run = previous.then(act, act);
	// The queue goes on after a failure: one refused write must not block the next.
	tabQueues.set(
		name,
		run.catch(() => undefined)
	);
	return run;
}

/**
 * Runs `act` holding the named lock, shared by every tab of this origin (Web Locks), so two tabs
 * never interleave a read-modify-write of the same storage. Without `navigator.locks` (older
 * browsers, Node) the lock holds within this tab only. Not re-entrant: `act` must not ask for it.
 */
export function withLock<T>(
	name: string,
	act: () => Promise<T>,
	locks: LockManagerLike | undefined = typeof navigator === 'undefined'
		? undefined
		: (navigator.locks as LockManagerLike | undefined)
): Promise<T> {
	return locks ? locks.request(name, act) : tabLock(name, act);
}

/** Tells the other tabs of this origin that the named storage changed (nothing where unsupported). */
export function announceChange(name: string): void {
	if (typeof BroadcastChannel === 'undefined') return;
	const channel = new BroadcastChannel(name);
	channel.postMessage('changed');
	channel.close();
}

/** Calls `changed` when another tab announces a change; returns the unsubscribe. */
export function onChange(name: string, changed: () => void): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => undefined;
	const channel = new BroadcastChannel(name);
	channel.onmessage = () => changed();
	return () => channel.close();
}
