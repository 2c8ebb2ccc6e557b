import type { Table } from 'apache-arrow';
import type { SqlEngine, SqlValue } from './engine';

/** What a prepared engine needs of a DuckDB-WASM connection (`AsyncDuckDBConnection`). */
export interface PreparingConnection {
	query(sql: string): Promise<Table>;
	prepare(sql: string): Promise<{ query(...values: unknown[]): Promise<Table> }>;
}

/**
 * The dashboard's `run`, made cheap for the filter interactions (measured by `npm run bench`):
 * each statement with parameters is prepared once and kept open, so a query is one worker round
 * trip (`RUN_PREPARED`) instead of three (`CREATE_PREPARED`, `RUN_PREPARED`, `CLOSE_PREPARED`),
 * and DuckDB does not parse and plan the same text again. Results are cached by the coordinator.
 */
export function preparedEngine(connection: PreparingConnection): SqlEngine {
	const statements = new Map<string, ReturnType<PreparingConnection['prepare']>>();
	const prepared = (sql: string) => {
		let statement = statements.get(sql);
		if (!statement) {
			statement = connection.prepare(sql);
			statements.set(sql, statement);
			// A statement that failed to prepare is prepared again next time.
			statement.catch(() => statements.delete(sql));
		}
		return statement;
	};
	return {
		async run(sql: string, values: SqlValue[]) {
			return values.length === 0 ? connection.query(sql) : (await prepared(sql)).query(...values);
		}
	};
}
