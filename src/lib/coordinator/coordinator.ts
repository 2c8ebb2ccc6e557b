import type { ViewSourceRow } from '$lib/catalog/rows';
import type { ChartSpec } from '$lib/catalog/specs';
import { filterParams } from '$lib/catalog/dimensions';
import { bindNamed, type SqlEngine, type SqlValue } from '$lib/data/engine';
import type { Filters } from '$lib/data/filters';
import { filterPrerendered } from '$lib/data/offline-filter';
import { sameRows, toRows, type PlainRow } from '$lib/data/rows';
import { createAnswerBook, type AnswerBook, type PrecomputedAnswers } from './answers';
import { relevantFilters } from './queries';

export type EngineStatus = 'idle' | 'loading' | 'ready' | 'restarting' | 'failed';

/** The engine's life as a page shows it. */
export interface EngineState {
	status: EngineStatus;
	/** Bytes of the engine's files received, and their total when known (0 = unknown). */
	loaded: number;
	total: number;
	/** Why the engine failed or was restarted, in the engine's words. */
	reason: string;
	/** How many times the engine was started again after it stopped. */
	restarts: number;
	/** The build's answers to the single-filter states are loaded (and the engine holds only the built-in data). */
	answers: boolean;
}

/** Who answered a chart's rows: DuckDB at build time (`/data/answers.json`) or the page's engine. */
export type RowsOrigin = 'answers' | 'duckdb';

/** An engine the coordinator can stop when it no longer answers. */
export type StoppableEngine = SqlEngine & { terminate?(): Promise<void> };

/**
 * Starts an engine with everything it must hold (the built-in tables, the reader's added
 * editions), reporting the bytes of its files as they arrive, and `onLost` if it dies later.
 */
export type EngineLoader = (
	onProgress: (loaded: number, total: number) => void,
	onLost: (reason: string) => void
) => Promise<StoppableEngine>;

export interface CoordinatorOptions {
	/** How long a query may go unanswered before the engine counts as hung (read at each query). */
	hangMs?: () => number;
}

/** What a chart hears from the coordinator: each callback only for the latest filters asked. */
export interface ChartListener {
	rows(rows: PlainRow[], filters: Filters, origin: RowsOrigin): void;
	/** `undefined`: not known for these filters until the engine is ready. */
	sources?(sources: ViewSourceRow[] | undefined): void;
	error(reason: string): void;
}

export interface ChartClient {
	/** Asks for the chart's rows under `filters`; an answer to earlier filters is dropped. */
	update(filters: Filters): Promise<void>;
}

/** Results kept per statement and values: enough for every chart × a few recent filter sets. */
const CACHE_SIZE = 64;

/** A statement that only reads (after its leading comments): its result may be reused until the next write. */
const READ_ONLY = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*(?:SELECT|WITH|FROM|DESCRIBE|SUMMARIZE)\b/i;

const message = (cause: unknown) => (cause instanceof Error ? cause.message : String(cause));

/**
 * The one place the dashboard's charts meet the engine (as Mosaic's coordinator): it owns the
 * engine's life, turns filters into each chart's statement, keeps one result cache (the same
 * question answers with the very same rows, so a view is not drawn again), takes year ranges as
 * slices of every-year rows, drops stale answers and reports errors. Charts never query.
 */
export class Coordinator {
	state: EngineState = { status: 'idle', loaded: 0, total: 0, reason: '', restarts: 0, answers: false };
	#engine: StoppableEngine | null = null;
	#hangMs: () => number;
	#cache = new Map<string, Promise<PlainRow[]>>();
	/** Slices of every-year rows by range, kept while those rows are. */
	#slices = new WeakMap<PlainRow[], Map<string, PlainRow[]>>();
	#listeners = new Set<(state: EngineState) => void>();
	#loader: EngineLoader | null = null;
	/** Rows questions not answered yet: sources wait for them, so every chart's rows come first. */
	#rowsInFlight = new Set<Promise<unknown>>();
	/**
	 * Rows questions the build did not answer (a combined filter): the engine's confirmations of the
	 * build's answers wait for them, so a chart still showing old rows is not queued behind charts
	 * already showing the right ones.
	 */
	#unansweredInFlight = new Set<Promise<unknown>>();
	/** When the current engine last answered anything (the hang watchdog's sign of life). */
	#lastAnswerAt = 0;
	/**
	 * The build's answers, while the engine holds only the built-in data: dropped for good at the
	 * first write or restored dataset (the build never saw the reader's editions).
	 */
	#answers: AnswerBook | null = null;
	#answersDropped = false;

	constructor(options: CoordinatorOptions = {}) {
		this.#hangMs = options.hangMs ?? (() => 15_000);
	}

	/** The engine, for writes too: any statement that is not a read empties the result cache. */
	readonly engine: SqlEngine = {
		run: async (sql, values) => {
			const engine = this.#ready();
			if (READ_ONLY.test(sql)) return engine.run(sql, values);
			this.dropAnswers();
			this.#cache.clear();
			try {
				return await engine.run(sql, values);
			} finally {
				this.#cache.clear();
			}
		}
	};

	/** An engine already running (the Node engine in tests and at prerender). */
	static over(engine: SqlEngine, options: CoordinatorOptions = {}): Coordinator {
		const coordinator = new Coordinator(options);
		coordinator.#engine = engine;
		coordinator.#set({ status: 'ready' });
		return coordinator;
	}

	subscribe(listener: (state: EngineState) => void): () => void {
		this.#listeners.add(listener);
		listener(this.state);
		return () => this.#listeners.delete(listener);
	}

	/** Starts the engine once; after a failure, `retry` starts it again without a reload. */
	async start(loader: EngineLoader): Promise<void> {
		if (this.#loader) return;
		this.#loader = loader;
		await this.#load();
	}

	async retry(): Promise<void> {
		if (this.state.status !== 'failed') return;
		await this.#load();
	}

	async #load(): Promise<void> {
		this.#set({ status: 'loading', loaded: 0, total: 0, reason: '' });
		await this.#open();
	}

	async #open(): Promise<void> {
		try {
			let current: StoppableEngine | null = null;
			const engine = await this.#loader!(
				(loaded, total) => this.#set({ loaded, total }),
				(reason) => {
					if (current && this.#engine === current) this.#lost(reason);
				}
			);
			current = engine;
			this.#cache.clear();
			this.#engine = engine;
			this.#set({ status: 'ready' });
		} catch (cause) {
			this.#set({ status: 'failed', reason: message(cause) });
		}
	}

	/**
	 * The engine died or stopped answering: it is stopped and a new one started with everything it
	 * held (the loader loads the built-in tables and the reader's added editions again). Charts keep
	 * what they show meanwhile and ask again when it is ready.
	 */
	#lost(reason: string): void {
		const dead = this.#engine;
		if (!dead || !this.#loader) return;
		this.#engine = null;
		this.#cache.clear();
		void dead.terminate?.().catch(() => {});
		this.#set({ status: 'restarting', reason, restarts: this.state.restarts + 1, loaded: 0, total: 0 });
		void this.#open();
	}

	#set(change: Partial<EngineState>): void {
		this.state = { ...this.state, ...change };
		for (const listener of this.#listeners) listener(this.state);
	}

	#ready(): SqlEngine {
		if (!this.#engine) throw new Error('The query engine is not ready.');
		return this.#engine;
	}

	/**
	 * The engine, once it answers: a question asked while a lost engine is being replaced waits for
	 * the new one (the chart keeps what it shows meanwhile) rather than failing.
	 */
	#whenReady(): Promise<StoppableEngine> {
		if (this.#engine || this.state.status !== 'restarting') return Promise.resolve(this.#ready());
		return new Promise((resolve, reject) => {
			const stop = this.subscribe((state) => {
				if (state.status === 'restarting') return;
				queueMicrotask(() => stop());
				try {
					resolve(this.#ready());
				} catch (cause) {
					reject(cause);
				}
			});
		});
	}

	/**
	 * The answer, or an error once the engine has answered nothing at all for the hang time (then it
	 * is restarted). The engine answers one question at a time: a question queued behind others on a
	 * busy machine is slow, not hung, so any answer of the engine's counts as a sign of life.
	 */
	#answered<T>(engine: StoppableEngine, answer: Promise<T>): Promise<T> {
		const askedAt = Date.now();
		let timer: ReturnType<typeof setTimeout> | undefined;
		const hung = new Promise<never>((_, reject) => {
			const check = () => {
				const quiet = Date.now() - Math.max(askedAt, this.#lastAnswerAt);
				if (quiet < this.#hangMs()) {
					timer = setTimeout(check, this.#hangMs() - quiet);
					return;
				}
				const reason = 'the query engine stopped answering';
				if (this.#engine === engine) this.#lost(reason);
				reject(new Error(reason));
			};
			timer = setTimeout(check, this.#hangMs());
		});
		const settled = () => {
			if (this.#engine === engine) this.#lastAnswerAt = Date.now();
		};
		answer.then(settled, settled);
		return Promise.race([answer, hung]).finally(() => clearTimeout(timer));
	}

	/** One statement's rows, from the cache when the same statement and values were asked. */
	#select(sql: string, params: Record<string, SqlValue>): Promise<PlainRow[]> {
		const { text, values } = bindNamed(sql, params);
		const key = `${text}\u0000${JSON.stringify(values)}`;
		const hit = this.#cache.get(key);
		if (hit) return hit;
		const rows = this.#whenReady()
			.then((engine) => this.#answered(engine, engine.run(text, values)))
			.then((table) => toRows(table));
		this.#cache.set(key, rows);
		// A failed query is asked again next time; the oldest result leaves first.
		rows.catch(() => this.#cache.delete(key));
		if (this.#cache.size > CACHE_SIZE) this.#cache.delete(this.#cache.keys().next().value!);
		return rows;
	}

	/** The build's answers to the single-filter states (see `connect`). */
	useAnswers(answers: PrecomputedAnswers): void {
		if (this.#answersDropped) return;
		this.#answers = createAnswerBook(answers);
		this.#set({ answers: true });
	}

	/** The engine holds more than the built-in data (the reader's editions): the build's answers are wrong now. */
	dropAnswers(): void {
		this.#answersDropped = true;
		this.#answers = null;
		if (this.state.answers) this.#set({ answers: false });
	}

	/** Whether `rows` answers now: the engine is ready, or the build answered the question. */
	canAnswer(spec: ChartSpec, filters: Filters): boolean {
		return this.#engine !== null || this.#answers?.rows(spec, filters) !== undefined;
	}

	/** A chart's rows under `filters`: the engine's once it is ready, the build's before. */
	async rows<Row extends PlainRow = PlainRow>(spec: ChartSpec, filters: Filters): Promise<Row[]> {
		return ((!this.#engine && this.#built(spec, filters)) ||
			(await this.#engineRows(spec, filters))) as Row[];
	}

	/** The build's answer (cut to the year range), when it has one and the engine holds only the built-in data. */
	#built(spec: ChartSpec, filters: Filters): PlainRow[] | undefined {
		const rows = this.#answers?.rows(spec, filters);
		return rows && this.#slice(spec, rows, filters);
	}

	async #engineRows(spec: ChartSpec, filters: Filters): Promise<PlainRow[]> {
		const asked = relevantFilters(spec, filters, !spec.sliceYears);
		const pending = this.#select(spec.statement, filterParams(asked));
		this.#rowsInFlight.add(pending);
		const rows = await pending.finally(() => this.#rowsInFlight.delete(pending));
		return this.#slice(spec, rows, filters);
	}

	/**
	 * The engine's rows for a question the build answered, asked once the questions it did not
	 * answer are: the charts of one filter change ask in one task, so by the next microtask every
	 * unanswered question of that change is in flight (the engine answers one at a time, in order).
	 */
	async #confirmedRows(spec: ChartSpec, filters: Filters): Promise<PlainRow[]> {
		await Promise.resolve();
		while (this.#unansweredInFlight.size > 0) await Promise.allSettled([...this.#unansweredInFlight]);
		return this.#engineRows(spec, filters);
	}

	/** The engine's rows for a question the build did not answer: first in the engine's queue. */
	#unansweredRows(spec: ChartSpec, filters: Filters): Promise<PlainRow[]> {
		const pending = this.#engineRows(spec, filters);
		this.#unansweredInFlight.add(pending);
		void pending.then(
			() => this.#unansweredInFlight.delete(pending),
			() => this.#unansweredInFlight.delete(pending)
		);
		return pending;
	}

	/** The year range of `filters` cut from a chart's every-year rows (kept: the same cut, the same rows). */
	#slice(spec: ChartSpec, rows: PlainRow[], filters: Filters): PlainRow[] {
		if (!spec.sliceYears) return rows;
		// Asked for every year, cut here: a change of years costs no query for these charts.
		const range = `${filters.from ?? ''}:${filters.to ?? ''}`;
		let slices = this.#slices.get(rows);
		if (!slices) this.#slices.set(rows, (slices = new Map()));
		let slice = slices.get(range);
		if (!slice)
			slices.set(range, (slice = filterPrerendered(rows, { from: filters.from, to: filters.to }).rows));
		return slice;
	}

	/** The sources behind a chart's rows under `filters`. */
	async sources(spec: ChartSpec, filters: Filters): Promise<ViewSourceRow[]> {
		// The engine answers one question at a time: a source list asked now would hold back the
		// rows another chart is still waiting for (measured by the bench's filter latency).
		while (this.#rowsInFlight.size > 0) await Promise.allSettled([...this.#rowsInFlight]);
		return (await this.#select(
			spec.sourcesStatement,
			filterParams(relevantFilters(spec, filters))
		)) as ViewSourceRow[];
	}

	/**
	 * A chart on a page: its rows for the latest filters asked, then (when it lists them) its
	 * sources, so the engine answers every chart of the page before their provenance. A question the
	 * build answered is shown at once from its answer (`'answers'`, with its sources before the
	 * engine); once the engine is ready it is asked too, after the questions the build did not
	 * answer, and confirms it (`'duckdb'`): equal rows stay the very same rows, so the view only
	 * changes its origin.
	 */
	connect(spec: ChartSpec, listener: ChartListener): ChartClient {
		let latest = 0;
		return {
			update: async (filters) => {
				const ticket = ++latest;
				try {
					const built = this.#built(spec, filters);
					if (built) {
						listener.rows(built, filters, 'answers');
						if (!this.#engine) {
							// Before the engine, the build's sources when it listed them for these filters.
							listener.sources?.(this.#answers?.sources(spec, filters));
							return;
						}
					}
					const rows = await (built
						? this.#confirmedRows(spec, filters)
						: this.#unansweredRows(spec, filters));
					if (ticket !== latest) return;
					listener.rows(built && sameRows(built, rows) ? built : rows, filters, 'duckdb');
					if (!listener.sources) return;
					const sources = await this.sources(spec, filters);
					if (ticket === latest) listener.sources(sources);
				} catch (cause) {
					if (ticket === latest) listener.error(message(cause));
				}
			}
		};
	}
}
