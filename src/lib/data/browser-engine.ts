import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { preparedEngine } from './prepared-engine';
import type { SqlEngine, SqlValue } from './engine';
import { loadTables } from './load';
import { MANIFEST_FILE, verifyFile, type DataManifest } from './manifest';
import { tables } from './tables';
import { engineTimeouts } from './timeouts';

/** Bytes of the engine downloaded so far, for a visible progress indicator. */
export interface EngineProgress {
	/** Bytes of the engine file received (as decoded: DuckDB counts what it reads). */
	loaded: number;
	/** The file's size in the same bytes, or 0 when unknown or not comparable (sent compressed). */
	total: number;
}

export interface BrowserEngineOptions {
	/** URL of a file of `static/data/` (the caller knows the site's base path). */
	dataUrl: (file: string) => string;
	onProgress?: (progress: EngineProgress) => void;
	/** Called once if the engine's worker dies after it started (an uncaught error in the worker). */
	onLost?: (reason: string) => void;
}

/** A started browser engine, which can be stopped to make room for a new one. */
export interface BrowserEngine extends SqlEngine {
	terminate(): Promise<void>;
	/** Files by name, for `read_csv` (an uploaded history opened on the dashboard). */
	registerText(name: string, text: string): Promise<void>;
	dropFile(name: string): Promise<void>;
	/** Creates table `name` from an Arrow IPC stream (a kept dataset's stored form). */
	insertArrow(name: string, ipc: Uint8Array): Promise<void>;
}

/** Fetches one dataset file, refusing what is not CSV text (an HTML error page, say). */
export async function fetchCsv(url: string): Promise<string> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
	const type = response.headers.get('content-type') ?? '';
	if (type.includes('html')) throw new Error(`${url} answered with HTML, not CSV`);
	return response.text();
}

async function fetchManifest(url: string): Promise<DataManifest> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`the data manifest answered HTTP ${response.status}`);
	return (await response.json()) as DataManifest;
}

/**
 * Checks that the engine's files can be downloaded before starting the worker: DuckDB-WASM's
 * worker leaves its start-up promise unsettled when the `.wasm` fetch fails, so a blocked or
 * missing file would otherwise look like an engine that loads forever.
 */
async function assertReachable(url: string): Promise<Response> {
	let response: Response;
	try {
		response = await fetch(url, { method: 'HEAD' });
	} catch {
		throw new Error(`the engine file ${url.split('/').pop()} could not be downloaded`);
	}
	if (!response.ok)
		throw new Error(`the engine file ${url.split('/').pop()} answered HTTP ${response.status}`);
	return response;
}

/**
 * Whether a file's Content-Length counts the bytes DuckDB will count: it reads the decoded body, so
 * a file sent compressed (34 MB of wasm in 6 MB of brotli) has a length of other bytes.
 */
function countsDecodedBytes(response: Response): boolean {
	const encoding = response.headers.get('content-encoding');
	return !encoding || encoding === 'identity';
}

/** Rejects when a start-up makes no download progress for the stall time (`touch` resets the clock). */
function stallGuard(): { touch: () => void; stalled: Promise<never>; stop: () => void } {
	const { stallMs } = engineTimeouts();
	let timer: ReturnType<typeof setTimeout> | undefined;
	let fail: (error: Error) => void = () => {};
	const stalled = new Promise<never>((_, reject) => (fail = reject));
	const touch = () => {
		clearTimeout(timer);
		timer = setTimeout(
			() => fail(new Error(`the query engine stopped loading (no progress for ${stallMs / 1000} s)`)),
			stallMs
		);
	};
	touch();
	return { touch, stalled, stop: () => clearTimeout(timer) };
}

/**
 * Starts DuckDB-WASM in a worker, with bundles served by our own site (Vite `?url`), never a CDN.
 * Only the `mvp` and `eh` bundles: cross-origin isolation would slow start-up for no gain here.
 * Shared by the dashboard's engine and the SQL console's own instance.
 */
export async function startDuckDB(
	onProgress?: (progress: EngineProgress) => void
): Promise<{ db: duckdb.AsyncDuckDB; worker: Worker }> {
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	const [wasm] = await Promise.all([assertReachable(bundle.mainModule), assertReachable(bundle.mainWorker!)]);
	const comparable = countsDecodedBytes(wasm);
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	// A worker script that fails to load never answers: turn its error event into a rejection.
	const workerFailed = new Promise<never>((_, reject) =>
		worker.addEventListener(
			'error',
			(event) =>
				reject(new Error(`The DuckDB worker could not start${event.message ? `: ${event.message}` : ''}`)),
			{ once: true }
		)
	);
	const guard = stallGuard();
	try {
		await Promise.race([
			db.instantiate(bundle.mainModule, bundle.pthreadWorker, (progress) => {
				guard.touch();
				onProgress?.({ loaded: progress.bytesLoaded, total: comparable ? progress.bytesTotal : 0 });
			}),
			workerFailed,
			guard.stalled
		]);
	} catch (error) {
		worker.terminate();
		throw error;
	} finally {
		guard.stop();
	}
	return { db, worker };
}

/**
 * One connection as a plain `SqlEngine`: a statement with values is prepared, run and closed (for
 * one-off work such as loading an upload; the dashboard's repeated queries use `preparedEngine`).
 */
export function connectionEngine(connection: duckdb.AsyncDuckDBConnection): SqlEngine {
	return {
		async run(sql: string, values: SqlValue[] = []) {
			if (values.length === 0) return connection.query(sql);
			const statement = await connection.prepare(sql);
			try {
				return await statement.query(...values);
			} finally {
				await statement.close();
			}
		}
	};
}

/** The dashboard's engine: DuckDB-WASM with every table of the manifest loaded. */
export async function createBrowserEngine(options: BrowserEngineOptions): Promise<BrowserEngine> {
	// The data files are asked while the engine starts, not after it: a phone's round trips overlap
	// the WASM's download and compilation. Read (and their errors reported) once the engine is up.
	const manifest = fetchManifest(options.dataUrl(MANIFEST_FILE));
	const texts = new Map(tables.map((table) => [table.file, fetchCsv(options.dataUrl(table.file))]));
	for (const pending of [manifest, ...texts.values()]) pending.catch(() => {});
	const { db, worker } = await startDuckDB(options.onProgress);
	const connection = await db.connect();
	try {
		await loadTables(
			{
				registerText: (name, text) => db.registerFileText(name, text),
				exec: async (sql) => void (await connection.query(sql))
			},
			async (file) => {
				const text = await (texts.get(file) ?? fetchCsv(options.dataUrl(file)));
				await verifyFile(file, text, await manifest);
				return text;
			}
		);
	} catch (error) {
		// A retry starts a new engine: this one must not keep its worker and memory.
		await db.terminate();
		throw error;
	}
	// A worker that dies later (out of memory, a crash) says so once; its pending queries never answer.
	worker.addEventListener('error', (event) => options.onLost?.(event.message || 'the query engine stopped'), {
		once: true
	});
	return {
		...preparedEngine(connection),
		registerText: (name, text) => db.registerFileText(name, text),
		dropFile: async (name) => void (await db.dropFile(name)),
		insertArrow: (name, ipc) => connection.insertArrowFromIPCStream(ipc, { name, create: true }),
		terminate: () => db.terminate()
	};
}
