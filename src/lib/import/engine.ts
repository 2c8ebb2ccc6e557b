import type { SqlEngine, SqlValue } from '$lib/data/engine';
import { MAPPED_VIEW } from '$lib/data/upload-queries';
import type { ImportEngine } from './load';
import { tableIpc } from './arrow-ipc';
import type { FileEngine } from './read-file';
import { normalisedViewSql, type Mapping } from './mapping';

/** What the datasets page needs: the import operations, the typed queries of the charts, and a
 * loaded table in the form it is kept in (Arrow IPC, `tableIpc`). */
export type UploadEngine = FileEngine & SqlEngine & { tableArrow(table: string): Promise<Blob> };

/**
 * The datasets page's own DuckDB-WASM, started only when a user loads or charts an upload. Kept
 * apart from the dashboard's engine on purpose: a half-loaded or huge upload can never disturb the
 * built-in tables the charts use. Loading runs in DuckDB's worker, off the main thread.
 */
export async function createUploadEngine(): Promise<UploadEngine> {
	const [{ startDuckDB, connectionEngine }, { DuckDBDataProtocol }] = await Promise.all([
		import('$lib/data/browser-engine'),
		import('@duckdb/duckdb-wasm')
	]);
	const { db } = await startDuckDB();
	const connection = await db.connect();
	const sql = connectionEngine(connection);
	return {
		registerText: (name, text) => db.registerFileText(name, text),
		// Read by DuckDB's worker in chunks (FileReaderSync): the file never enters the page's heap.
		registerFile: (name, file) =>
			db.registerFileHandle(name, file, DuckDBDataProtocol.BROWSER_FILEREADER, true),
		dropFile: async (name) => void (await db.dropFile(name)),
		insertArrow: (name, ipc) => connection.insertArrowFromIPCStream(ipc, { name, create: true }),
		tableArrow: (table) => connection.useUnsafe((bindings, conn) => tableIpc(bindings, conn, table)),
		run: (text: string, values: SqlValue[] = []) => sql.run(text, values)
	};
}

/** Points the charts' view (`staging_mapped`) at one uploaded table through the user's mapping. */
export async function mapTable(
	engine: ImportEngine,
	table: string,
	columns: string[],
	mapping: Mapping
): Promise<void> {
	await engine.run(normalisedViewSql(MAPPED_VIEW, table, columns, mapping));
}

/** Drops the charts' view, before its table is renamed or removed. */
export async function unmapTable(engine: ImportEngine): Promise<void> {
	await engine.run(`DROP VIEW IF EXISTS ${MAPPED_VIEW}`);
}
