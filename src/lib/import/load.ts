import type { Table } from 'apache-arrow';
import { ImportError } from './errors';
import { quoteIdent, readCsvSql } from '$lib/data/sql-text';
import type { ColumnType } from './parse';

/** What loading needs from a DuckDB (the browser worker or Node in tests). */
export interface ImportEngine {
	registerText(name: string, text: string): Promise<void>;
	dropFile(name: string): Promise<void>;
	run(sql: string): Promise<Table>;
}

const builtIn = new Set(['editions', 'winners', 'categories', 'institutions', 'sources', 'conflicts']);

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

let sequence = 0;

/**
 * Loads canonical CSV text (what the worker produces and what the browser stores) under `name`:
 * registered buffer → `read_csv` with an explicit dialect and types into a staging table → the row
 * count checked against the parser's → swapped in under its final name in one transaction. Any
 * failure rolls back and drops the staging table and the buffer: nothing already loaded changes. A
 * restored dataset goes through exactly the checks of a fresh upload.
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
			`CREATE OR REPLACE TABLE ${quoteIdent(staging)} AS ${readCsvSql(
				buffer,
				header.map((name, i) => [name, types[i]] as const)
			)}`
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

export async function renameTable(engine: ImportEngine, from: string, to: string): Promise<void> {
	if (!isValidTableName(from) || !isValidTableName(to)) throw new Error('Invalid table name');
	await engine.run(`ALTER TABLE ${quoteIdent(from)} RENAME TO ${quoteIdent(to)}`);
}

export async function removeTable(engine: ImportEngine, name: string): Promise<void> {
	if (!isValidTableName(name)) throw new Error('Invalid table name');
	await engine.run(`DROP TABLE IF EXISTS ${quoteIdent(name)}`);
}
