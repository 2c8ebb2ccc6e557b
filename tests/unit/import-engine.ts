import { resolve } from 'node:path';
import { toCanonicalCsv } from '$lib/data/csv';
import { quoteIdent } from '$lib/data/sql-text';
import type { UploadEngine } from '$lib/import/engine';
import { loadCsvText, type ImportEngine } from '$lib/import/load';
import type { ParsedTable } from '$lib/import/parse';
import { createNodeEngine } from '$lib/server/engine';

/** A Node DuckDB with the fixture built-in tables, exposing what the import pipeline needs. */
export function createImportEngine(): Promise<UploadEngine> {
	return createNodeEngine(resolve('tests/fixtures/data'));
}

/** Every table name of the main schema. */
async function listTables(engine: ImportEngine): Promise<string[]> {
	const result = await engine.run(
		"SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name"
	);
	return result.toArray().map((row) => String(row.table_name));
}

/** A checksum of every table: row count plus an order-independent sum of row hashes. */
export async function checksumAll(engine: ImportEngine): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const name of await listTables(engine)) {
		const result = await engine.run(
			`SELECT count(*)::VARCHAR || ':' || coalesce(sum(hash(x)::HUGEINT), 0)::VARCHAR AS c FROM ${quoteIdent(name)} AS x`
		);
		out[name] = String(result.getChild('c')?.get(0));
	}
	return out;
}

/** Loads a parsed table the way the page does: canonical CSV text, then the staging-and-swap load. */
export function loadParsed(
	engine: ImportEngine,
	name: string,
	table: ParsedTable,
	file: string
): Promise<number> {
	const csv = toCanonicalCsv(table.header, table.rows);
	return loadCsvText(engine, name, csv, table.header, table.types, table.rows.length, file);
}
