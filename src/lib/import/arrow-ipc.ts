import { quoteIdent } from '$lib/data/sql-text';

/** The end of an Arrow IPC stream (continuation marker, zero length). */
const IPC_END = new Uint8Array([255, 255, 255, 255, 0, 0, 0, 0]);

/** What reading a query's raw Arrow IPC needs of DuckDB-WASM's bindings (async or blocking). */
export interface PendingQueries {
	startPendingQuery(
		conn: number,
		text: string,
		stream: boolean
	): Promise<Uint8Array | null> | Uint8Array | null;
	pollPendingQuery(conn: number): Promise<Uint8Array | null> | Uint8Array | null;
	fetchQueryResults(conn: number): Promise<Uint8Array | null> | Uint8Array | null;
}

/**
 * A table as an Arrow IPC stream Blob, from DuckDB's own result messages (schema, then each
 * batch), never decoded in JavaScript: the bytes go into the Blob chunk by chunk, so a million rows
 * cost the page's JS heap one chunk at a time.
 */
export async function tableIpc(bindings: PendingQueries, conn: number, table: string): Promise<Blob> {
	const sql = `SELECT * FROM ${quoteIdent(table)}`;
	let header = await bindings.startPendingQuery(conn, sql, true);
	while (header == null) header = await bindings.pollPendingQuery(conn);
	// Each chunk is copied into its own Blob at once (the blocking build hands views of WASM memory;
	// no build we start shares its memory, so the bytes are never a SharedArrayBuffer's).
	const part = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]);
	const parts: Blob[] = [part(header)];
	for (;;) {
		const chunk = await bindings.fetchQueryResults(conn);
		if (chunk == null) continue;
		if (chunk.length === 0) break;
		parts.push(part(chunk));
	}
	parts.push(new Blob([IPC_END]));
	return new Blob(parts);
}
