import { bindNamed, type SqlEngine, type SqlParams } from './engine';
import { toRows, type PlainRow } from './rows';

/**
 * Runs one statement with named parameters and returns plain rows. Parameters the statement
 * does not use are ignored, so every dashboard statement can take the same filter set.
 */
export async function select<T extends PlainRow>(
	engine: SqlEngine,
	sql: string,
	params: SqlParams
): Promise<T[]> {
	const used = Object.fromEntries(Object.entries(params).filter(([name]) => sql.includes(`$${name}`)));
	const { text, values } = bindNamed(sql, used);
	return toRows<T>(await engine.run(text, values));
}
