import type { Table } from 'apache-arrow';

/** A scalar value bound to a named SQL parameter (`$name` in a `.sql` file). */
export type SqlValue = string | number | boolean | null;
export type SqlParams = Record<string, SqlValue>;

/**
 * What the query functions need from a DuckDB: run one statement with positional parameters and
 * hand back an Arrow table. The Node engine (prerender) and the browser engine both provide it,
 * which is what lets the same SQL run twice.
 */
export interface SqlEngine {
	run(sql: string, values: SqlValue[]): Promise<Table>;
}

/**
 * Rewrites `$name` parameters into DuckDB's positional `$1…` form and orders the values to match.
 * A name used twice keeps one position. A missing parameter is an error, not a silent NULL.
 */
export function bindNamed(sql: string, params: SqlParams): { text: string; values: SqlValue[] } {
	const order: string[] = [];
	const text = sql.replace(/\$([a-z_][a-z0-9_]*)/gi, (_match, name: string) => {
		if (!(name in params)) throw new Error(`Missing SQL parameter $${name}`);
		let index = order.indexOf(name);
		if (index === -1) index = order.push(name) - 1;
		return `$${index + 1}`;
	});
	return { text, values: order.map((name) => params[name]) };
}
