import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import type { SqlEngine, SqlValue } from '$lib/data/engine';
import { loadTables } from '$lib/data/load';
import { tableIpc } from '$lib/import/arrow-ipc';

const require = createRequire(import.meta.url);

/** An empty DuckDB in Node: the blocking WASM build, the browser's own wasm files. */
export async function startNodeDuckDB(): Promise<duckdb.DuckDBBindings> {
	const bundles: duckdb.DuckDBBundles = {
		mvp: { mainModule: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'), mainWorker: '' },
		eh: { mainModule: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'), mainWorker: '' }
	};
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate(() => {});
	return db;
}

/** A Node engine also takes files by name: the unit tests load uploads through it. */
export interface NodeEngine extends SqlEngine {
	registerText(name: string, text: string): Promise<void>;
	/** A file's bytes under a name (the browser registers a handle instead; Node has none). */
	registerFile(name: string, file: Blob): Promise<void>;
	/** The bytes of a file DuckDB wrote (COPY … TO). */
	copyFile(name: string): Promise<Uint8Array>;
	dropFile(name: string): Promise<void>;
	insertArrow(name: string, ipc: Uint8Array): Promise<void>;
	/** A table as the Arrow IPC stream a kept dataset is stored as. */
	tableArrow(table: string): Promise<Blob>;
	run(sql: string, values?: SqlValue[]): ReturnType<SqlEngine['run']>;
}

/**
 * DuckDB for prerendering: the blocking WASM build in Node, the very engine version the browser
 * runs, so a query cannot answer differently at build time and after hydration.
 */
export async function createNodeEngine(dataDir: string): Promise<NodeEngine> {
	const db = await startNodeDuckDB();
	const connection = db.connect();
	await loadTables(
		{
			registerText: async (name, text) => db.registerFileText(name, text),
			exec: async (sql) => void connection.query(sql)
		},
		(file) => readFile(resolve(dataDir, file), 'utf8')
	);
	return {
		registerText: async (name, text) => db.registerFileText(name, text),
		registerFile: async (name, file) => db.registerFileBuffer(name, new Uint8Array(await file.arrayBuffer())),
		copyFile: async (name) => db.copyFileToBuffer(name),
		dropFile: async (name) => void db.dropFile(name),
		insertArrow: async (name, ipc) => connection.insertArrowFromIPCStream(ipc, { name, create: true }),
		tableArrow: (table) => connection.useUnsafe((bindings, conn) => tableIpc(bindings, conn, table)),
		async run(sql: string, values: SqlValue[] = []) {
			if (values.length === 0) return connection.query(sql);
			const statement = connection.prepare(sql);
			try {
				return statement.query(...values);
			} finally {
				statement.close();
			}
		}
	};
}

let prerenderEngine: Promise<SqlEngine> | undefined;

/** The one engine of a build, over the committed `static/data/`. */
export function getPrerenderEngine(): Promise<SqlEngine> {
	prerenderEngine ??= createNodeEngine(resolve('static/data'));
	return prerenderEngine;
}
