import type * as duckdb from '@duckdb/duckdb-wasm';
import { Table, type RecordBatch } from 'apache-arrow';
import { connectionEngine, fetchCsv, startDuckDB, type EngineProgress } from '$lib/data/browser-engine';
import { StatementError } from './errors';
import type { ConsoleResult } from './result';
import { guardSql, lockdownStatements, readSchema, splitStatements, type SchemaTable } from './statements';
import { loadTables } from '$lib/data/load';
import { columnTypeName } from '$lib/data/exact';
import { restoreStored, type RestoreReport } from '$lib/import/restore';
import type { StoredDataset } from '$lib/import/stored';

export type { ConsoleColumn, ConsoleResult } from './result';

export interface ConsoleEngineOptions {
	dataUrl: (file: string) => string;
	onProgress?: (progress: EngineProgress) => void;
	/** The reader's uploads and added editions, restored before lockdown (`restoreStored`). */
	stored?: readonly StoredDataset[];
	/** Called once if the worker dies after the engine started (an uncaught error in the worker). */
	onLost?: (reason: string) => void;
}

/** How many rows a page of results holds. */
export const PAGE_ROWS = 10_000;

/** The most rows a result keeps in memory ("load more" stops there): a tab never runs out of memory. */
export const MAX_RESULT_ROWS = 1_000_000;

/**
 * The SQL console's own DuckDB-WASM instance: separate from the dashboard's engine, loaded with the
 * built-in tables (and the reader's uploads), then locked down (no network, no files, no extension,
 * frozen configuration). A runaway or destructive query here never touches the charts.
 */
export class ConsoleEngine {
	#db: duckdb.AsyncDuckDB;
	#worker: Worker;
	#conn: duckdb.AsyncDuckDBConnection;
	#reader: AsyncIterator<RecordBatch> | null = null;
	#leftover: RecordBatch | null = null;
	#running = false;
	/** The uploads restored at start (their tables), and those skipped with why. */
	restored: RestoreReport = { loaded: [], skipped: [] };

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
		// One bad upload must not keep the console from starting: restore skips it and reports it.
		if (options.stored?.length)
			engine.restored = await restoreStored(connectionEngine(conn), options.stored, {
				registerText: (name, text) => db.registerFileText(name, text),
				dropFile: async (name) => void (await db.dropFile(name)),
				insertArrow: (name, ipc) => conn.insertArrowFromIPCStream(ipc, { name, create: true }),
				run: (sql) => conn.query(sql)
			});
		await engine.lockDown();
		// A worker that dies later (out of memory, a crash) says so once; its pending calls never answer.
		worker.addEventListener(
			'error',
			(event) => options.onLost?.(event.message || 'the query engine stopped'),
			{
				once: true
			}
		);
		return engine;
	}

	/** Applies the lockdown statements; afterwards no statement can undo them. */
	async lockDown(): Promise<void> {
		for (const statement of lockdownStatements()) await this.#conn.query(statement);
	}

	/** Answers once the worker reads messages again (a sign of life, between steps of a query). */
	async ping(): Promise<void> {
		await this.#db.ping();
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
		// The last result's reader is let go without waiting: closing it is Arrow's work in the page
		// (nothing is posted; DuckDB ends that stream when this query starts). No await comes before
		// the query is posted, so the page's own work (Svelte clearing the last result) overlaps it.
		void this.#closeReader();
		const statements = splitStatements(sql);
		this.#running = true;
		try {
			// Earlier statements (e.g. CREATE TEMP TABLE) run as they are; only the last one streams.
			for (const statement of statements.slice(0, -1)) {
				const sent = sql.slice(statement.offset, statement.offset + statement.text.length);
				await this.#conn.query(sent).catch(located(sent, statement.offset));
			}
			const last = statements[statements.length - 1];
			const sent = sql.slice(last.offset);
			const reader = await this.#conn.send(sent, true).catch(located(sent, last.offset));
			const iterator = reader[Symbol.asyncIterator]();
			// The stream's schema is known once its first message is read: peek the first batch.
			// Errors met while rows stream (a cast failing at row 50) point into the same text.
			const first = await iterator.next().catch(located(sent, last.offset));
			const batch = first.done ? null : (first.value as RecordBatch);
			const schema = batch ? batch.schema : reader.schema;
			let pending: IteratorResult<RecordBatch> | null = first as IteratorResult<RecordBatch>;
			this.#reader = {
				next: async () => {
					if (pending) {
						const value = pending;
						pending = null;
						return value;
					}
					return iterator.next().catch(located(sent, last.offset)) as Promise<IteratorResult<RecordBatch>>;
				},
				return: async () => (iterator.return ? iterator.return() : { done: true, value: undefined })
			} as AsyncIterator<RecordBatch>;
			const result: ConsoleResult = {
				// Each column's type from its own vector: the schema gives columns of one name the last one's.
				columns: (schema?.fields ?? []).map((field, c) => ({
					name: field.name,
					type: columnTypeName({ type: batch?.getChildAt(c)?.type ?? field.type, metadata: field.metadata })
				})),
				batches: [],
				rowCount: 0,
				done: false
			};
			return await this.more(result);
		} finally {
			this.#running = false;
		}
	}

	/**
	 * Reads the next page of the current result: a new result with the page's batches added (rows
	 * are converted later, only those shown or exported).
	 */
	async more(result: ConsoleResult): Promise<ConsoleResult> {
		const reader = this.#reader;
		if (!reader) return { ...result, done: true };
		if (result.rowCount >= MAX_RESULT_ROWS) {
			await this.#closeReader();
			return { ...result, done: true, capped: true };
		}
		this.#running = true;
		try {
			const batches = [...result.batches];
			let read = 0;
			const page = Math.min(PAGE_ROWS, MAX_RESULT_ROWS - result.rowCount);
			while (read < page) {
				const next = this.#leftover
					? ({ done: false, value: this.#leftover } as IteratorResult<RecordBatch>)
					: await reader.next();
				this.#leftover = null;
				if (next.done) {
					this.#reader = null;
					return { ...result, batches, rowCount: result.rowCount + read, done: true };
				}
				let batch = next.value as RecordBatch;
				// A page holds exactly PAGE_ROWS rows: the rest of a batch waits for the next page.
				if (batch.numRows > page - read) {
					this.#leftover = batch.slice(page - read);
					batch = batch.slice(0, page - read);
				}
				batches.push(batch);
				read += batch.numRows;
			}
			const rowCount = result.rowCount + read;
			// At the cap: stop reading and say so when rows remain (rows beyond it are never fetched).
			if (rowCount >= MAX_RESULT_ROWS) {
				const more = this.#leftover !== null || !(await reader.next()).done;
				await this.#closeReader();
				return { ...result, batches, rowCount, done: true, capped: more };
			}
			return { ...result, batches, rowCount };
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

	/**
	 * Ends the worker at once: the instance and its tables are gone (reset, a dead or hung engine).
	 * Nothing is asked of the worker first: a hung one would never answer.
	 */
	async dispose(): Promise<void> {
		await this.#db.terminate().catch(() => undefined);
		this.#worker.terminate();
	}
}

/**
 * Rethrows a statement's error with the text sent and where it starts in the reader's SQL: DuckDB's
 * positions count from the start of what it was sent, the reader's editor from the start of theirs.
 */
function located(sent: string, base: number): (failure: unknown) => never {
	return (failure) => {
		throw new StatementError(failure instanceof Error ? failure.message : String(failure), sent, base);
	};
}

/** A result's rows read so far as one Arrow table, column types kept (for Parquet export). */
export function resultTable(result: ConsoleResult): Table {
	return new Table(result.batches);
}

/** Starts a console engine: own worker, tables loaded, locked down. */
export function createConsoleEngine(options: ConsoleEngineOptions): Promise<ConsoleEngine> {
	return ConsoleEngine.create(options);
}
