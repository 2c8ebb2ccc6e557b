import type * as duckdb from '@duckdb/duckdb-wasm';
import type { RecordBatch, Table } from 'apache-arrow';
import { fetchCsv, startDuckDB, type EngineProgress } from './browser-engine';
import { guardSql, lockdownStatements, readSchema, splitStatements, type SchemaTable } from './console';
import { loadTables } from './load';
import { toPlainValue, type PlainValue } from './rows';
import { createTableSql, tables, type ColumnType } from './tables';

export interface ConsoleColumn {
	name: string;
	type: string;
}

/** A running or finished result: its columns, the rows read so far, whether more remain. */
export interface ConsoleResult {
	columns: ConsoleColumn[];
	rows: PlainValue[][];
	done: boolean;
	/** Arrow batches read so far (kept for Parquet export). */
	batches: RecordBatch[];
}

/** An extra table to load before lockdown (the upload feature's entry point). */
export interface ExtraTable {
	name: string;
	csvText: string;
	columns: Record<string, ColumnType>;
}

export interface ConsoleEngineOptions {
	dataUrl: (file: string) => string;
	onProgress?: (progress: EngineProgress) => void;
	/** Tables to load (CSV text + explicit column types) before lockdown, e.g. user uploads. */
	extraTables?: ExtraTable[];
}

/** How many rows a page of results holds. */
export const PAGE_ROWS = 10_000;

/**
 * The SQL console's own DuckDB-WASM instance: separate from the dashboard's engine, loaded with the
 * built-in tables (and any extra table), then locked down (no network, no files, no extension,
 * frozen configuration). A runaway or destructive query here never touches the charts.
 */
export class ConsoleEngine {
	#db: duckdb.AsyncDuckDB;
	#worker: Worker;
	#conn: duckdb.AsyncDuckDBConnection;
	#reader: AsyncIterator<RecordBatch> | null = null;
	#leftover: RecordBatch | null = null;
	#running = false;
	#locked = false;

	private constructor(db: duckdb.AsyncDuckDB, worker: Worker, conn: duckdb.AsyncDuckDBConnection) {
		this.#db = db;
		this.#worker = worker;
		this.#conn = conn;
	}

	static async create(options: ConsoleEngineOptions): Promise<ConsoleEngine> {
		const { db, worker } = await startDuckDB(options.onProgress);
		const conn = await db.connect();
		const engine = new ConsoleEngine(db, worker, conn);
		await loadTables(
			{
				registerText: (name, text) => db.registerFileText(name, text),
				exec: async (sql) => void (await conn.query(sql))
			},
			(file) => fetchCsv(options.dataUrl(file))
		);
		for (const extra of options.extraTables ?? [])
			await engine.addTable(extra.name, extra.csvText, extra.columns);
		await engine.lockDown();
		return engine;
	}

	/**
	 * Loads one more table from CSV text with explicit column types. Only before lockdown: once
	 * locked, the engine can no longer read the registered buffer (file access is off).
	 */
	async addTable(name: string, csvText: string, columns: Record<string, ColumnType>): Promise<void> {
		if (this.#locked) throw new Error('The console is locked: add tables before lockDown().');
		const file = `upload-${name}.csv`;
		await this.#db.registerFileText(file, csvText);
		await this.#conn.query(createTableSql({ name, file, columns }));
		await this.#db.dropFile(file);
	}

	/** Applies the lockdown statements; afterwards no statement can undo them. */
	async lockDown(): Promise<void> {
		for (const statement of lockdownStatements()) await this.#conn.query(statement);
		this.#locked = true;
	}

	/** Tables with row counts and columns, read from the engine. */
	async schema(): Promise<SchemaTable[]> {
		return readSchema(
			async (sql) => (await this.#conn.query(sql)) as Iterable<Record<string, unknown> | null>
		);
	}

	get running(): boolean {
		return this.#running;
	}

	/**
	 * Runs a SQL text (several statements allowed: all but the last run to completion, the last is
	 * streamed) and reads its first page. Refused statements never reach DuckDB.
	 */
	async run(sql: string): Promise<ConsoleResult> {
		guardSql(sql);
		await this.#closeReader();
		const statements = splitStatements(sql);
		this.#running = true;
		try {
			// Earlier statements (e.g. CREATE TEMP TABLE) run as they are; only the last one streams.
			for (const statement of statements.slice(0, -1))
				await this.#conn.query(sql.slice(statement.offset, statement.offset + statement.text.length));
			const last = statements[statements.length - 1];
			const reader = await this.#conn.send(sql.slice(last.offset), true);
			const iterator = reader[Symbol.asyncIterator]();
			// The stream's schema is known once its first message is read: peek the first batch.
			const first = await iterator.next();
			const schema = first.done ? reader.schema : (first.value as RecordBatch).schema;
			let pending: IteratorResult<RecordBatch> | null = first as IteratorResult<RecordBatch>;
			this.#reader = {
				next: async () => {
					if (pending) {
						const value = pending;
						pending = null;
						return value;
					}
					return iterator.next() as Promise<IteratorResult<RecordBatch>>;
				},
				return: async () => (iterator.return ? iterator.return() : { done: true, value: undefined })
			} as AsyncIterator<RecordBatch>;
			const result: ConsoleResult = {
				columns: (schema?.fields ?? []).map((field) => ({ name: field.name, type: String(field.type) })),
				rows: [],
				done: false,
				batches: []
			};
			return await this.more(result);
		} finally {
			this.#running = false;
		}
	}

	/** Reads the next page of the current result into `result` (in place) and returns it. */
	async more(result: ConsoleResult): Promise<ConsoleResult> {
		const reader = this.#reader;
		if (!reader) return { ...result, done: true };
		this.#running = true;
		try {
			let read = 0;
			while (read < PAGE_ROWS) {
				const next = this.#leftover
					? ({ done: false, value: this.#leftover } as IteratorResult<RecordBatch>)
					: await reader.next();
				this.#leftover = null;
				if (next.done) {
					this.#reader = null;
					return { ...result, done: true };
				}
				let batch = next.value as RecordBatch;
				// A page holds exactly PAGE_ROWS rows: the rest of a batch waits for the next page.
				if (batch.numRows > PAGE_ROWS - read) {
					this.#leftover = batch.slice(PAGE_ROWS - read);
					batch = batch.slice(0, PAGE_ROWS - read);
				}
				result.batches.push(batch);
				const types = result.columns.map((column) => column.type);
				for (let r = 0; r < batch.numRows; r++) {
					const record = batch.get(r);
					result.rows.push(result.columns.map((column, c) => toPlainValue(record?.[column.name], types[c])));
				}
				read += batch.numRows;
			}
			return { ...result };
		} finally {
			this.#running = false;
		}
	}

	/** Stops the running query; the connection stays usable. */
	async cancel(): Promise<boolean> {
		const cancelled = await this.#conn.cancelSent();
		await this.#closeReader();
		return cancelled;
	}

	async #closeReader(): Promise<void> {
		const reader = this.#reader;
		this.#reader = null;
		this.#leftover = null;
		if (reader?.return) await reader.return().catch(() => undefined);
	}

	/** Runs a statement and returns its Arrow table (for exports of a full result). */
	async query(sql: string): Promise<Table> {
		guardSql(sql);
		return this.#conn.query(sql);
	}

	/** Ends the worker: the instance and its tables are gone (used by "reset data"). */
	async dispose(): Promise<void> {
		await this.#conn.close().catch(() => undefined);
		await this.#db.terminate().catch(() => undefined);
		this.#worker.terminate();
	}
}

/** Starts a console engine: own worker, tables loaded, locked down. */
export function createConsoleEngine(options: ConsoleEngineOptions): Promise<ConsoleEngine> {
	return ConsoleEngine.create(options);
}

export { tables as builtInTables };
