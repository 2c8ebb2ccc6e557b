import type { ConsoleEngine } from '$lib/console/engine';
import {
	memoryHistoryAdapter,
	QueryHistory,
	type HistoryAdapter,
	type HistoryEntry,
	type NewHistoryEntry
} from '$lib/console/history';
import {
	EngineLost,
	EngineSupervisor,
	type RestartCause,
	type SupervisorTimeouts
} from '$lib/console/supervisor';
import { errorRange, parseDuckDbError, StatementError } from '$lib/console/errors';
import {
	ConsoleRefusal,
	lineColumn,
	MAX_SQL_BYTES,
	sqlBytes,
	type SchemaTable
} from '$lib/console/statements';
import { resultRows, type ConsoleResult } from '$lib/console/result';
import { csvDownload, toSpreadsheetCsv } from '$lib/data/csv';
import { toJson } from '$lib/data/export';
import { engineTimeouts } from '$lib/data/timeouts';
import { fill, type Formatters } from '$lib/i18n';
import type { ConsoleMessages } from '$lib/i18n/messages/console';
import type { StoredDataset } from '$lib/import/stored';
import { afterPaint } from '../after-paint';
import { isoNow } from '../timestamp';

/** What the controller uses of the console's engine. */
export type ConsoleRunner = Pick<
	ConsoleEngine,
	'run' | 'more' | 'cancel' | 'dispose' | 'schema' | 'restored' | 'ping'
>;

/** What the console works with; the page passes the browser's, the unit tests their own. */
export interface ConsoleServices {
	/**
	 * Starts an engine with the reader's uploads restored (its own worker, locked down); `onLost`
	 * when its worker dies later.
	 */
	createEngine(stored: StoredDataset[], onLost: (reason: string) => void): Promise<ConsoleRunner>;
	/** The uploads kept in this browser (none when storage is refused). */
	readStored(): Promise<StoredDataset[]>;
	/** The history's store; rejects when the browser refuses IndexedDB. */
	openHistory(): Promise<HistoryAdapter>;
	/** Parquet of a result's rows read so far, column types kept. */
	toParquet(result: ConsoleResult): Promise<Uint8Array>;
	download(blob: Blob, filename: string): void;
	/** The hang and Stop grace times (the page's `engineTimeouts()` when not given). */
	timeouts?: () => SupervisorTimeouts;
}

export type ConsoleStatus = 'starting' | 'ready' | 'running' | 'restarting' | 'failed';

/** A failed run: DuckDB's message or the refusal, and where it points in the editor's text. */
export interface ConsoleError {
	/** DuckDB's words (never its JSON), or the console's own message. */
	message: string;
	/** DuckDB's exception type (`Parser`, `Binder`…), `refused` for a statement the console refuses, null otherwise. */
	kind: string | null;
	line: number | null;
	column: number | null;
}

/** The editor's range an error marks. */
export interface ErrorRange {
	from: number;
	to: number;
}

/**
 * A failure of the run of `text`, its message in words and where it points in `text`: a refusal
 * names its statement; a DuckDB error is placed from the text DuckDB was sent.
 */
function describeFailure(
	failure: unknown,
	text: string
): { message: string; kind: string | null; at: number | null } {
	if (failure instanceof ConsoleRefusal)
		return { message: failure.message, kind: 'refused', at: failure.offset };
	const sent = failure instanceof StatementError ? failure.sent : text;
	const base = failure instanceof StatementError ? failure.base : 0;
	const parsed = parseDuckDbError(messageOf(failure), sent);
	return {
		message: parsed.text,
		kind: parsed.kind,
		at: parsed.offset === null ? null : base + parsed.offset
	};
}

const messageOf = (failure: unknown) => (failure instanceof Error ? failure.message : String(failure));

/**
 * The SQL console's state and actions: start (and reset) its engine with the reader's uploads,
 * run a statement and page through its result, cancel, keep a history of runs, and export a result.
 */
export class ConsoleController {
	status = $state<ConsoleStatus>('starting');
	reason = $state('');
	notice = $state('');
	error = $state<ConsoleError | null>(null);
	result = $state.raw<ConsoleResult | null>(null);
	elapsed = $state(0);
	/** The schema read from the engine once it runs (the prerendered one until then). */
	schema = $state.raw<SchemaTable[] | null>(null);
	/** Tables loaded from the reader's uploads, and what could not be restored. */
	uploadedNames = $state.raw<string[]>([]);
	uploadProblems = $state.raw<string[]>([]);
	/** Increases with each run: the quick chart starts afresh for each result. */
	runId = $state(0);
	exportNote = $state('');
	historyEntries = $state.raw<HistoryEntry[]>([]);
	historyPersistent = $state(true);
	/** How many times the engine was replaced after it died, hung or could not stop a query. */
	restarts = $state(0);
	#supervisor: EngineSupervisor<ConsoleRunner>;
	#history: QueryHistory | null = null;
	#cancelled = false;

	constructor(
		private readonly services: ConsoleServices,
		private readonly messages: () => ConsoleMessages,
		private readonly format: () => Formatters
	) {
		// Each start, first or after a loss, reads the stored uploads again: nothing of the reader's is left out.
		this.#supervisor = new EngineSupervisor<ConsoleRunner>({
			start: async (onLost) => services.createEngine(await services.readStored(), onLost),
			timeouts: services.timeouts ?? engineTimeouts,
			onRestarting: (reason, cause) => {
				this.restarts++;
				this.status = 'restarting';
				this.notice = this.#restartText(cause, reason, false);
			},
			onRestarted: (result, reason, cause) => void this.#restarted(result, reason, cause)
		});
	}

	#restartText(cause: RestartCause, reason: string, done: boolean): string {
		const t = this.messages();
		if (cause === 'stopped') return done ? t.stoppedRestarted : t.stoppedRestarting;
		return fill(done ? t.engineRestarted : t.engineRestarting, { reason });
	}

	async #restarted(
		result: { engine: ConsoleRunner } | { failure: unknown },
		reason: string,
		cause: RestartCause
	): Promise<void> {
		try {
			if ('failure' in result) throw result.failure;
			await this.#ready(result.engine);
			this.notice = this.#restartText(cause, reason, true);
		} catch (failure) {
			this.reason = messageOf(failure);
			this.status = 'failed';
		}
	}

	/** Shows what an engine holds (its uploads, what it skipped, its schema) and lets the reader run. */
	async #ready(engine: ConsoleRunner): Promise<void> {
		const t = this.messages();
		this.uploadedNames = engine.restored.loaded;
		this.uploadProblems = engine.restored.skipped.map((skip) =>
			fill(t.uploadSkipped, {
				name: skip.table,
				reason: skip.kind === 'edition' ? t.editionSkipped : skip.reason
			})
		);
		// A short call: an engine that does not answer it is replaced.
		this.schema = await this.#supervisor.call((each) => each.schema(), { hang: true });
		this.status = 'ready';
	}

	async start(): Promise<void> {
		this.status = 'starting';
		try {
			await this.#ready(await this.#supervisor.start());
		} catch (failure) {
			// A loss during start-up is being repaired: the restart reports its own outcome.
			if (failure instanceof EngineLost) return;
			this.reason = messageOf(failure);
			this.status = 'failed';
		}
	}

	/** Resolves once a restart under way (if any) has ended, well or not. */
	async settled(): Promise<void> {
		await this.#supervisor.settled();
	}

	async startHistory(): Promise<void> {
		try {
			this.#history = new QueryHistory(await this.services.openHistory());
			this.historyEntries = await this.#history.list();
		} catch {
			// No IndexedDB (or refused): keep the history for this visit only, and say so.
			this.#history = new QueryHistory(memoryHistoryAdapter());
			this.historyPersistent = false;
		}
	}

	async #remember(entry: NewHistoryEntry): Promise<void> {
		if (!this.#history) return;
		try {
			this.historyEntries = await this.#history.record(entry);
		} catch {
			// Writing failed (quota, storage revoked): carry on in memory, and say so.
			const entries = this.historyEntries;
			this.#history = new QueryHistory(memoryHistoryAdapter());
			this.historyPersistent = false;
			for (const old of [...entries].reverse()) await this.#history.record(old);
			this.historyEntries = await this.#history.record(entry);
		}
	}

	async clearHistory(): Promise<void> {
		await this.#history?.clear();
		this.historyEntries = (await this.#history?.list()) ?? [];
		this.notice = this.messages().historyCleared;
	}

	/**
	 * Runs the statement under the cursor (`text`, at `offset` in the editor's `whole` text) and reads
	 * its first page. Returns the range an error points at in the whole text, for the editor to mark.
	 */
	async run(text: string, offset: number, whole: string): Promise<ErrorRange | null> {
		if (!this.#supervisor.engine || this.status !== 'ready') return null;
		const t = this.messages();
		this.error = null;
		this.notice = '';
		this.exportNote = '';
		this.result = null;
		// Over the limit: refused in the reader's language before anything runs (guardSql checks too).
		const size = sqlBytes(text);
		if (size > MAX_SQL_BYTES) {
			const kb = this.format().number(Math.ceil(size / 1024));
			this.error = {
				message: fill(t.tooLarge, { size: kb, max: MAX_SQL_BYTES / 1024 }),
				kind: 'refused',
				line: null,
				column: null
			};
			return null;
		}
		this.#cancelled = false;
		const started = performance.now();
		const at = isoNow();
		// The query is posted before the page clears the last result: that work overlaps the query.
		// A worker that closed without an error event answers nothing: the ping beside it finds that
		// out (the worker reads the ping first; an unanswered one replaces the engine, and the run
		// then ends with EngineLost).
		const alive = this.#supervisor.call((engine) => engine.ping(), { hang: true });
		const answer = this.#supervisor.call((engine) => engine.run(text));
		this.status = 'running';
		this.runId++;
		try {
			const [, result] = await Promise.all([alive, answer]);
			this.result = result;
			this.elapsed = Math.round(performance.now() - started);
			// The history's IndexedDB write waits for the result's frame.
			const entry = { sql: text, at, rows: result.rowCount, more: !result.done, error: null };
			afterPaint(() => void this.#remember(entry));
			return null;
		} catch (failure) {
			const described = describeFailure(failure, text);
			const message = described.message;
			void this.#remember({
				sql: text,
				at,
				rows: null,
				more: false,
				error: this.#cancelled ? t.cancelled : message
			});
			// A replaced engine: the status says what happened (and that a stopped query stopped).
			if (failure instanceof EngineLost) return null;
			if (this.#cancelled) {
				this.notice = t.cancelled;
				return null;
			}
			const place = described.at === null ? null : offset + described.at;
			const where = place === null ? null : lineColumn(whole, place);
			this.error = {
				message,
				kind: described.kind,
				line: where?.line ?? null,
				column: where?.column ?? null
			};
			return place === null ? null : errorRange(whole, place);
		} finally {
			// A restart under way keeps its own status until the new engine is ready.
			if (this.status === 'running') this.status = 'ready';
		}
	}

	async loadMore(): Promise<void> {
		const result = this.result;
		if (!this.#supervisor.engine || !result || result.done || this.status !== 'ready') return;
		this.#cancelled = false;
		this.status = 'running';
		try {
			this.result = await this.#supervisor.call((engine) => engine.more(result));
		} catch (failure) {
			// The rows read so far stay; a lost engine's status says what happened.
			if (failure instanceof EngineLost) this.result = { ...result, done: true };
			else if (!this.#cancelled) {
				// Rows stream from the statement already placed: a later error names its kind, not a place.
				const { message, kind } = describeFailure(failure, '');
				this.error = { message, kind, line: null, column: null };
			}
		} finally {
			if (this.status === 'running') this.status = 'ready';
		}
	}

	/**
	 * Stop: DuckDB is asked to cancel; a query still running after the grace time is ended with its
	 * worker, and a new engine is started with the tables (the status then says so).
	 */
	async cancel(): Promise<void> {
		if (this.status !== 'running') return;
		this.#cancelled = true;
		await this.#supervisor.stop();
	}

	/** A fresh engine: temporary tables and settings of this visit are gone. */
	async reset(): Promise<void> {
		this.result = null;
		this.error = null;
		await this.#supervisor.dispose();
		await this.start();
		if (this.status === 'ready') this.notice = this.messages().resetDone;
	}

	shared(): void {
		this.notice = this.messages().shared;
	}

	download(kind: 'csv' | 'json'): void {
		if (!this.result) return;
		const names = this.result.columns.map((column) => column.name);
		const blob =
			kind === 'csv'
				? csvDownload(toSpreadsheetCsv(names, resultRows(this.result)))
				: new Blob([toJson(names, resultRows(this.result))], { type: 'application/json' });
		this.services.download(blob, `imtiaz-query.${kind}`);
	}

	/** Parquet of the rows read so far, Arrow types kept. */
	async downloadParquet(): Promise<void> {
		const result = this.result;
		if (!result) return;
		const t = this.messages();
		this.exportNote = t.exportWorking;
		try {
			const bytes = await this.services.toParquet(result);
			const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.apache.parquet' });
			this.services.download(blob, 'imtiaz-query.parquet');
			this.exportNote = '';
		} catch (failure) {
			this.exportNote = fill(t.exportFailed, { reason: messageOf(failure) });
		}
	}

	async dispose(): Promise<void> {
		await this.#supervisor.dispose();
	}
}
