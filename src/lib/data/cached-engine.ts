import type { Table } from 'apache-arrow';
import type { SqlEngine, SqlValue } from './engine';

/** What the cache needs of a DuckDB-WASM connection (`AsyncDuckDBConnection`). */
export interface PreparingConnection {
	query(sql: string): Promise<Table>;
	prepare(sql: string): Promise<{ query(...values: unknown[]): Promise<Table> }>;
}

/** Results kept per statement and values: enough for every chart × a few recent filter sets. */
const RESULT_CACHE_SIZE = 64;

/** A statement that only reads (after its leading comments): its result may be reused until the next write. */
const READ_ONLY = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*(?:SELECT|WITH|FROM|DESCRIBE|SUMMARIZE)\b/i;

/**
 * The dashboard's `run`, made cheap for the filter interactions (measured by `npm run bench`):
 * - each statement is prepared once and kept open, so a query is one worker round trip
 *   (`RUN_PREPARED`) instead of three (`CREATE_PREPARED`, `RUN_PREPARED`, `CLOSE_PREPARED`), and
 *   DuckDB does not parse and plan the same text again;
 * - a read's result is reused for the same statement and values (back/forward, a filter the chart
 *   does not depend on): no round trip at all, and the same Arrow table, which lets the catalog
 *   hand the view the same rows (no re-render). The tables change only when the reader adds an
 *   edition: any statement that is not a read (INSERT, BEGIN, COMMIT …) empties the cache.
 */
export function cachedEngine(connection: PreparingConnection): SqlEngine {
	const statements = new Map<string, ReturnType<PreparingConnection['prepare']>>();
	const results = new Map<string, Promise<Table>>();
	const prepared = (sql: string) => {
		let statement = statements.get(sql);
		if (!statement) {
			statement = connection.prepare(sql);
			statements.set(sql, statement);
			statement.catch(() => statements.delete(sql));
		}
		return statement;
	};
	/** Never cached, and every cached result is dropped: the tables it read may have changed. */
	const write = async (sql: string, values: SqlValue[]) => {
		results.clear();
		try {
			return values.length === 0 ? await connection.query(sql) : await (await prepared(sql)).query(...values);
		} finally {
			results.clear();
		}
	};
	return {
		run(sql: string, values: SqlValue[]) {
			if (!READ_ONLY.test(sql)) return write(sql, values);
			const key = `${sql}\u0000${JSON.stringify(values)}`;
			const hit = results.get(key);
			if (hit) return hit;
			const result =
				values.length === 0
					? connection.query(sql)
					: prepared(sql).then((statement) => statement.query(...values));
			results.set(key, result);
			// A failed query is tried again next time; the oldest result leaves first.
			result.catch(() => results.delete(key));
			if (results.size > RESULT_CACHE_SIZE) results.delete(results.keys().next().value!);
			return result;
		}
	};
}
