import { quoteIdent } from '$lib/data/sql-text';
import { defaultMaxBytes, parseFile, type ParseJob } from './client';
import type { Encoding } from './decode';
import { ImportError } from './errors';
import { HEAD_BYTES } from './head';
import { swapIn } from './load';
import { prepareFile } from './prepare';
import { readFileIntoDuckDB, type FileEngine, type Locate } from './read-file';
import { utf8SourceInWorker } from './transcode';
import type { ParsedUpload, UploadSchema } from './worker';

/**
 * A file DuckDB read and checked itself: its table waits in the engine under `staging`, its
 * columns typed once `typed` settles (every use below waits for it).
 */
export interface EngineUpload extends UploadSchema {
	staging: string;
	typed: Promise<void>;
}

/** A read file: parsed in JavaScript (its canonical CSV), or read by DuckDB (its staging table). */
export type ReadUpload = ParsedUpload | EngineUpload;

export interface ReadJob {
	result: Promise<{ table: ReadUpload; encoding: Encoding; bom: boolean }>;
	/** Stops reading: the job rejects with `interrupted`, and what it made is dropped. */
	cancel(): void;
}

export interface ReadOptions {
	encoding?: Encoding;
	maxBytes?: number;
	onProgress?: (p: { bytes: number; total: number; rows: number }) => void;
	/** The page's engine; a file larger than the head is read by it. */
	engine(): Promise<FileEngine>;
}

/**
 * Reads an upload the fastest sound way. A file no larger than the head is parsed whole by the JS
 * parser (its preview needs no engine). A larger one is read by DuckDB itself: JavaScript reads
 * its head (encoding, dialect, header, the types to confirm) and transcodes it when it is not
 * UTF-8; DuckDB parses and checks every row in its worker, so the file never sits in the page's
 * heap. Where the engine cannot start (offline before it was fetched), the JS parser reads it.
 */
export function readUpload(file: File, options: ReadOptions): ReadJob {
	const maxBytes = options.maxBytes ?? defaultMaxBytes;
	if (file.size <= HEAD_BYTES || file.size > maxBytes) return parseFile(file, { ...options, maxBytes });
	let cancelled = false;
	let fallback: ParseJob | undefined;
	let stop: (error: ImportError) => void = () => {};
	const interrupted = () => new ImportError('interrupted', { file: file.name });
	const read = async () => {
		const engine = await options.engine().catch(() => undefined);
		if (cancelled) throw interrupted();
		if (!engine) {
			fallback = parseFile(file, { ...options, maxBytes });
			return fallback.result;
		}
		const { head, source } = await prepareFile(
			file,
			file.name,
			options.encoding,
			undefined,
			undefined,
			utf8SourceInWorker
		);
		if (cancelled) throw interrupted();
		const loaded = await readFileIntoDuckDB(engine, source, file, head, file.name, undefined, locateInWorker);
		if (cancelled) {
			await dropStaged(engine, loaded).catch(() => undefined);
			throw interrupted();
		}
		const { header, rawHeader, delimiter, newline } = head;
		const { staging, types, rowCount, preview, typed } = loaded;
		const table: EngineUpload = {
			header,
			rawHeader,
			delimiter,
			newline,
			types,
			rowCount,
			preview,
			staging,
			typed
		};
		return { table, encoding: head.encoding, bom: head.bom };
	};
	const result = new Promise<Awaited<ReadJob['result']>>((resolve, reject) => {
		stop = reject;
		read().then(resolve, reject);
	});
	return {
		result,
		cancel() {
			cancelled = true;
			fallback?.cancel();
			stop(interrupted());
		}
	};
}

/**
 * Names a problem's place with the JS parser in its worker (never on the page's thread: the file
 * may be large), with the page's limits. Only after DuckDB found a problem it cannot place.
 */
const locateInWorker: Locate = async (original, file, encoding) => {
	const named = new File([original], file);
	return parseFile(named, { encoding, maxBytes: Infinity }).result.then(
		() => undefined,
		(error: unknown) => (error instanceof ImportError ? error : undefined)
	);
};

/** The waiting table becomes dataset `name`: renamed in one transaction, its row count checked (`swapIn`). */
export async function adoptStaged(engine: FileEngine, upload: EngineUpload, name: string, file: string) {
	await upload.typed;
	await swapIn(engine, name, file, upload.rowCount, async (staging) => {
		await engine.run(`ALTER TABLE ${quoteIdent(upload.staging)} RENAME TO ${quoteIdent(staging)}`);
	});
}

/** Dataset `name` (not kept after all) waits again under its staging name: keep can be retried. */
export async function unadoptStaged(engine: FileEngine, upload: EngineUpload, name: string) {
	await engine.run(`ALTER TABLE ${quoteIdent(name)} RENAME TO ${quoteIdent(upload.staging)}`);
}

/** Drops the table a read left waiting for the reader's decision (its casts let finish first). */
export async function dropStaged(engine: FileEngine, upload: Pick<EngineUpload, 'staging' | 'typed'>) {
	await upload.typed.catch(() => undefined);
	await engine.run(`DROP TABLE IF EXISTS ${quoteIdent(upload.staging)}`);
}

/** Whether a waiting table's casts failed (out of memory): the table was dropped with them. */
export function castsFailed(upload: Pick<EngineUpload, 'typed'>): Promise<boolean> {
	return upload.typed.then(
		() => false,
		() => true
	);
}

/** The rows of a waiting table as text, as the JS parser gives them (numbers in Latin digits). */
export async function stagedRows(engine: FileEngine, upload: EngineUpload): Promise<(string | null)[][]> {
	await upload.typed;
	const columns = upload.header.map((name, i) => `CAST(${quoteIdent(name)} AS VARCHAR) AS c${i}`);
	const result = await engine.run(`SELECT ${columns.join(', ')} FROM ${quoteIdent(upload.staging)}`);
	return result.toArray().map((row) => upload.header.map((_, i) => (row[`c${i}`] ?? null) as string | null));
}
