import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { quoteIdent } from '$lib/data/sql-text';
import type { SqlEngine } from '$lib/data/engine';
import { toParquet } from '$lib/data/parquet';

const require = createRequire(import.meta.url);

/**
 * A built-in table as Parquet, written at build time so readers download a plain static file (no
 * wasm in their browser). DuckDB's column types are kept: its Arrow result travels as an IPC stream,
 * serialised by the copy of apache-arrow DuckDB's Node build uses.
 */
export async function tableAsParquet(engine: SqlEngine, table: string): Promise<Uint8Array> {
	const result = await engine.run(`SELECT * FROM ${quoteIdent(table)}`, []);
	const ipc: Uint8Array = require('apache-arrow').tableToIPC(result, 'stream');
	const wasm = new Uint8Array(await readFile(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')));
	return toParquet(ipc, { wasm });
}
