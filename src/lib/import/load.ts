import type { Table } from 'apache-arrow';
import { ImportError } from './errors';
import { quoteIdent, readCsvSql } from '$lib/data/sql-text';
import type { ColumnType } from './parse';

/** What loading needs from a DuckDB (the browser worker or Node in tests). */
export interface ImportEngine {
	registerText(name: string, text: string): Promise<void>;
	dropFile(name: string): Promise<void>;
	run(sql: string): Promise<Table>;
	/** Creates table `name` from an Arrow IPC stream (a kept dataset's stored form). */
	insertArrow(name: string, ipc: Uint8Array): Promise<void>;
}

// `prize_counts`: the dashboard's counts of grouped winners rows (`src/lib/data/load.ts`).
const builtIn = new Set([
	'editions',
	'winners',
	'categories',
	'institutions',
	'sources',
	'conflicts',
	'prize_counts'
]);

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
 * Loads a table under `name` the one safe way: `fill` creates a staging table → its row count is
 * checked against `expectedRows` (and `check` runs on it) → swapped in under its final name in one
 * transaction. Any failure rolls back and drops the staging table: nothing already loaded changes.
 */
export async function swapIn(
	engine: ImportEngine,
	name: string,
	file: string,
	expectedRows: number,
	fill: (staging: string) => Promise<void>,
	check: (staging: string) => Promise<void> = async () => {}
): Promise<number> {
	if (!isValidTableName(name)) throw new Error(`Invalid table name ${JSON.stringify(name)}`);
	const staging = `staging_${++sequence}`;
	let open = false;
	try {
		await fill(staging);
		const counted = Number(
			(await engine.run(`SELECT count(*) AS n FROM ${quoteIdent(staging)}`)).getChild('n')?.get(0)
		);
		if (counted !== expectedRows)
			throw new ImportError('ragged-rows', {
				file,
				detail: { expected: expectedRows, actual: counted }
			});
		await check(staging);
		await engine.run('BEGIN TRANSACTION');
		open = true;
		// Renamed, not copied: a million rows cost nothing more here.
		await engine.run(`DROP TABLE IF EXISTS ${quoteIdent(name)}`);
		await engine.run(`ALTER TABLE ${quoteIdent(staging)} RENAME TO ${quoteIdent(name)}`);
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
	}
}

/**
 * Loads canonical CSV text (what the worker produces, and older kept datasets) under `name`:
 * registered buffer → `read_csv` with an explicit dialect and types → {@link swapIn}. A restored
 * CSV goes through exactly the checks of a fresh upload.
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
	await engine.registerText(buffer, csv);
	try {
		return await swapIn(engine, name, file, expectedRows, async (staging) => {
			await engine.run(
				`CREATE OR REPLACE TABLE ${quoteIdent(staging)} AS ${readCsvSql(
					buffer,
					header.map((name, i) => [name, types[i]] as const)
				)}`
			);
		});
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
