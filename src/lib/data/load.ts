import { createTableSql, tables, type TableSpec } from './tables';

/** Where a table's CSV failed to load, for a message that names the dataset. */
export class TableLoadError extends Error {
	constructor(
		readonly table: string,
		readonly file: string,
		cause: unknown
	) {
		super(
			`Could not load the "${table}" table from ${file}: ${cause instanceof Error ? cause.message : String(cause)}`
		);
		this.name = 'TableLoadError';
	}
}

/**
 * The dashboard's `prize_counts`: the rows of `winners` that stand for more than one prize. None in
 * the built-in award (a row per prize); an uploaded history's schema fills its own
 * (`src/lib/import/award-schema.ts`), so the views' `sum(awards)` counts its prizes from groups.
 */
export const prizeCountsSql = 'CREATE TABLE IF NOT EXISTS prize_counts (award_id INTEGER, awards INTEGER)';

/** What loading needs from a runtime: register a CSV text under a name and run a statement. */
export interface TableLoader {
	registerText(name: string, text: string): Promise<void>;
	exec(sql: string): Promise<void>;
}

/**
 * Loads every table of the manifest from CSV text, through the same statements in both engines.
 * `readText` fetches (browser) or reads (Node) one file of `static/data/`.
 */
export async function loadTables(
	loader: TableLoader,
	readText: (file: string) => Promise<string>,
	specs: TableSpec[] = tables
): Promise<void> {
	await Promise.all(
		specs.map(async (table) => {
			try {
				const text = await readText(table.file);
				await loader.registerText(table.file, text);
				await loader.exec(createTableSql(table));
			} catch (error) {
				throw new TableLoadError(table.name, table.file, error);
			}
		})
	);
	// In every engine of the award (the console's too), so the views' SQL shown on the page runs there.
	await loader.exec(prizeCountsSql);
}
