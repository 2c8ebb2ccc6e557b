import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { loadTables } from '$lib/data/load';
import type { SqlValue } from '$lib/data/engine';
import type { UploadEngine } from '$lib/import/engine';

const require = createRequire(import.meta.url);

/** A Node DuckDB with the fixture built-in tables, exposing what the import pipeline needs. */
export async function createImportEngine(): Promise<UploadEngine> {
	const bundles: duckdb.DuckDBBundles = {
		mvp: { mainModule: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'), mainWorker: '' },
		eh: { mainModule: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'), mainWorker: '' }
	};
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate(() => {});
	const connection = db.connect();
	await loadTables(
		{
			registerText: async (name, text) => db.registerFileText(name, text),
			exec: async (sql) => void connection.query(sql)
		},
		(file) => readFile(resolve('tests/fixtures/data', file), 'utf8')
	);
	return {
		registerText: async (name, text) => db.registerFileText(name, text),
		dropFile: async (name) => db.dropFile(name),
		run: async (sql: string, values: SqlValue[] = []) => {
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
