import type { Table } from 'apache-arrow';
import { ImportError } from './errors';
import { toCsv, type ColumnType, type ParsedTable } from './parse';

/** What loading needs from a DuckDB (the browser worker or Node in tests). */
export interface ImportEngine {
	registerText(name: string, text: string): Promise<void>;
	dropFile(name: string): Promise<void>;
	run(sql: string): Promise<Table>;
}

const builtIn = new Set(['editions', 'winners', 'categories', 'institutions', 'sources']);

/**
 * The ONE place identifiers enter SQL (audited): a column name is wrapped in double quotes with
 * inner quotes doubled, after refusing control characters; it can never close the identifier.
 */
export function quoteIdent(name: string): string {
	if (name.length === 0 || name.length > 255 || [...name].some((ch) => ch.charCodeAt(0) < 0x20))
		throw new Error(`Refused identifier ${JSON.stringify(name)}`);
	return `"${name.replace(/"/g, '""')}"`;
}

/** A string literal for SQL text (read_csv's options cannot be bound as parameters). */
export function quoteLiteral(value: string): string {
	if (value.includes('\u0000')) throw new Error('Refused literal with NUL');
	return `'${value.replace(/'/g, "''")}'`;
}

/** User table names: lower-case ASCII identifier, not a built-in table, not internal. */
export function isValidTableName(name: string): boolean {
	return /^[a-z][a-z0-9_]{0,62}$/.test(name) && !builtIn.has(name) && !name.startsWith('staging_');
}

/** A table name proposed from a file name: `Prix 2024 (v2).csv` → `prix_2024_v2`. */
export function tableNameFromFile(file: string): string {
	const base = file
		.replace(/\.[a-z0-9]+$/i, '')
		.normalize('NFKD')
		.replace(/[^\w]+/g, '_')
		.replace(/^_+|_+$/g, '')
		.toLowerCase();
	let name = /^[a-z]/.test(base) ? base : `t_${base}`;
	name = name.slice(0, 60) || 'upload';
	return isValidTableName(name) ? name : `upload_${name}`.slice(0, 63);
}

export function readCsvSql(file: string, header: string[], types: ColumnType[]): string {
	const columns = header.map((name, i) => `${quoteLiteral(name)}: ${quoteLiteral(types[i])}`).join(', ');
	return (
		`SELECT * FROM read_csv(${quoteLiteral(file)}, header = true, auto_detect = false, delim = ',', ` +
		`quote = '"', escape = '"', new_line = '\\n', dateformat = '%Y-%m-%d', strict_mode = true, ` +
		`columns = {${columns}})`
	);
}

let sequence = 0;

/**
 * Loads a parsed table under `name`: canonical CSV text → registered buffer → `read_csv` with an
 * explicit dialect and types into a staging table → the row count checked against the parser's →
 * swapped in under its final name in one transaction. Any failure rolls back and drops the staging
 * table and the buffer: nothing already loaded changes.
 */
export function loadParsed(
	engine: ImportEngine,
	name: string,
	table: ParsedTable,
	file: string
): Promise<number> {
	return loadCsvText(
		engine,
		name,
		toCsv(table.header, table.rows),
		table.header,
		table.types,
		table.rows.length,
		file
	);
}

/**
 * The same staging-and-swap load from canonical CSV text (what the worker produces and what the
 * browser stores), so a restored dataset goes through exactly the checks of a fresh upload.
 */
export async function loadCsvText(
	engine: ImportEngine,
	name: string,
	csv: string,
	header: string[],
	types: ColumnType[],
	expectedRows: number,
	file: string
): Promise<number> {
	if (!isValidTableName(name)) throw new Error(`Invalid table name ${JSON.stringify(name)}`);
	const buffer = `import-${Date.now()}-${++sequence}.csv`;
	const staging = `staging_${sequence}`;
	await engine.registerText(buffer, csv);
	let open = false;
	try {
		await engine.run(
			`CREATE OR REPLACE TABLE ${quoteIdent(staging)} AS ${readCsvSql(buffer, header, types)}`
		);
		const counted = Number(
			(await engine.run(`SELECT count(*) AS n FROM ${quoteIdent(staging)}`)).getChild('n')?.get(0)
		);
		if (counted !== expectedRows)
			throw new ImportError('ragged-rows', {
				file,
				detail: { expected: expectedRows, actual: counted }
			});
		await engine.run('BEGIN TRANSACTION');
		open = true;
		await engine.run(`CREATE OR REPLACE TABLE ${quoteIdent(name)} AS SELECT * FROM ${quoteIdent(staging)}`);
		await engine.run(`DROP TABLE ${quoteIdent(staging)}`);
		await engine.run('COMMIT');
		open = false;
		return counted;
	} catch (error) {
		if (open) await engine.run('ROLLBACK').catch(() => undefined);
		await engine.run(`DROP TABLE IF EXISTS ${quoteIdent(staging)}`).catch(() => undefined);
		if (error instanceof ImportError) throw error;
		const message = error instanceof Error ? error.message : String(error);
		if (/out of memory|memory/i.test(message)) throw new ImportError('out-of-memory', { file });
		throw error;
	} finally {
		await engine.dropFile(buffer).catch(() => undefined);
	}
}

/** Every table name of the main schema. */
export async function listTables(engine: ImportEngine): Promise<string[]> {
	const result = await engine.run(
		"SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name"
	);
	return result.toArray().map((row) => String(row.table_name));
}

/** A checksum of every table: row count plus an order-independent sum of row hashes. */
export async function checksumAll(engine: ImportEngine): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const name of await listTables(engine)) {
		const t = quoteIdent(name);
		const result = await engine.run(
			`SELECT count(*)::VARCHAR || ':' || coalesce(sum(hash(x)::HUGEINT), 0)::VARCHAR AS c FROM ${t} AS x`
		);
		out[name] = String(result.getChild('c')?.get(0));
	}
	return out;
}

export async function renameTable(engine: ImportEngine, from: string, to: string): Promise<void> {
	if (!isValidTableName(from) || !isValidTableName(to)) throw new Error('Invalid table name');
	await engine.run(`ALTER TABLE ${quoteIdent(from)} RENAME TO ${quoteIdent(to)}`);
}

export async function removeTable(engine: ImportEngine, name: string): Promise<void> {
	if (!isValidTableName(name)) throw new Error('Invalid table name');
	await engine.run(`DROP TABLE IF EXISTS ${quoteIdent(name)}`);
}
