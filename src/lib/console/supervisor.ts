/** What the supervisor needs of an engine: a sign of life, a polite stop, and a hard end. */
export interface SupervisedEngine {
	/** Answers once the worker has read this message (it is alive and between steps). */
	ping(): Promise<unknown>;
	/** Asks the running query to stop (DuckDB stops only between steps of its plan). */
	cancel(): Promise<unknown>;
	/** Ends the worker at once, without asking it: a hung worker answers nothing. */
	dispose(): Promise<void>;
}

export interface SupervisorTimeouts {
	/** How long a short call (ping, schema) may go unanswered before the engine counts as hung. */
	hangMs: number;
	/** How long a stopped query may take to end before its worker is ended and replaced. */
	cancelGraceMs: number;
}

/** Why a restart happens: the worker died or hung (`lost`), or the reader's Stop had to end it (`stopped`). */
export type RestartCause = 'lost' | 'stopped';

export interface SupervisorOptions<E extends SupervisedEngine> {
	/** Starts an engine with everything it must hold (built-in tables, uploads, lockdown). */
	start(onLost: (reason: string) => void): Promise<E>;
	timeouts(): SupervisorTimeouts;
	/** An engine is being replaced; calls on it have been answered with `EngineLost`. */
	onRestarting?(reason: string, cause: RestartCause): void;
	/** The replacement is ready (or `failure` says why it could not start). */
	onRestarted?(result: { engine: E } | { failure: unknown }, reason: string, cause: RestartCause): void;
}

/** A call that ended because its engine died, hung or was ended by Stop (its work is lost). */
export class EngineLost extends Error {
	constructor(
		readonly reason: string,
		readonly cause: RestartCause
	) {
		super(reason);
		this.name = 'EngineLost';
	}
}

interface Life<E> {
	engine: E;
	/** Rejects when this engine is replaced, so a call it never answers still ends. */
	lost: Promise<never>;
	lose(error: EngineLost): void;
}

/** The reason given when an engine does not answer a short call within the hang time. */
export const HUNG = 'the query engine stopped answering';

/**
 * Keeps the console's engine alive: a worker that dies (its error event) or does not answer a short
 * call within the hang time is ended and a new one started with everything the old one held; a
 * query that Stop cannot end within the grace time is ended with its worker the same way. Every
 * call on a replaced engine is answered with `EngineLost` (DuckDB-WASM leaves them unsettled).
 */
export class EngineSupervisor<E extends SupervisedEngine> {
	#life: Life<E> | null = null;
	/** The call under way (one at a time: the console runs one query), settled or not. */
	#pending: Promise<unknown> | null = null;
	#restarting: Promise<void> | null = null;
	/** Why the engine is being replaced, for calls made before the new one is ready. */
	#loss: EngineLost | null = null;
	restarts = 0;

	constructor(private readonly options: SupervisorOptions<E>) {}

	get engine(): E | null {
		return this.#life?.engine ?? null;
	}

	/** Starts the first engine (or one after `dispose`); a failure is the caller's to report. */
	async start(): Promise<E> {
		const engine = await this.#open();
		return engine;
	}

	async #open(): Promise<E> {
		let life: Life<E> | null = null;
		const engine = await this.options.start((reason) => {
			// Only the engine in use matters: one already replaced has nothing left to lose.
			if (life && this.#life === life) void this.#restart(reason, 'lost');
		});
		let lose: (error: EngineLost) => void = () => {};
		const lost = new Promise<never>((_, reject) => (lose = reject));
		// Nobody may be waiting when an idle engine is replaced: that rejection is expected.
		lost.catch(() => undefined);
		life = { engine, lost, lose };
		this.#life = life;
		return engine;
	}

	/**
	 * Runs `work` on the current engine. It ends with `EngineLost` if the engine is replaced
	 * meanwhile; with `hang`, an engine that has not answered within the hang time is replaced.
	 */
	async call<T>(work: (engine: E) => Promise<T>, options: { hang?: boolean } = {}): Promise<T> {
		const life = this.#life;
		if (!life) throw this.#loss ?? new Error('The console’s query engine is not ready.');
		const answer = work(life.engine);
		this.#pending = answer;
		let timer: ReturnType<typeof setTimeout> | undefined;
		const racers: Promise<T>[] = [answer, life.lost];
		if (options.hang)
			racers.push(
				new Promise<never>(() => {
					timer = setTimeout(() => {
						if (this.#life === life) void this.#restart(HUNG, 'lost');
					}, this.options.timeouts().hangMs);
				})
			);
		try {
			return await Promise.race(racers);
		} finally {
			clearTimeout(timer);
			if (this.#pending === answer) this.#pending = null;
		}
	}

	/**
	 * Stops the call under way: DuckDB is asked to cancel; if the call has not ended within the
	 * grace time (a step of the plan that runs on, a worker that no longer reads), the worker is
	 * ended and a new one started. Says which happened (`idle` when nothing was running).
	 */
	async stop(): Promise<'idle' | 'cancelled' | 'restarted'> {
		const life = this.#life;
		const pending = this.#pending;
		if (!life || !pending) return 'idle';
		// The cancel itself waits for the worker: it is not awaited, the grace time bounds it.
		void life.engine.cancel().catch(() => undefined);
		let timer: ReturnType<typeof setTimeout> | undefined;
		const graceOver = new Promise<'late'>((resolve) => {
			timer = setTimeout(() => resolve('late'), this.options.timeouts().cancelGraceMs);
		});
		const ended = pending.then(
			() => 'ended' as const,
			() => 'ended' as const
		);
		const outcome = await Promise.race([ended, graceOver, life.lost.catch(() => 'ended' as const)]);
		clearTimeout(timer);
		if (outcome === 'ended' || this.#life !== life) return 'cancelled';
		await this.#restart('the query was stopped', 'stopped');
		return 'restarted';
	}

	/** Resolves once a restart under way (if any) is over. */
	async settled(): Promise<void> {
		while (this.#restarting) await this.#restarting;
	}

	#restart(reason: string, cause: RestartCause): Promise<void> {
		const dead = this.#life;
		if (!dead) return this.#restarting ?? Promise.resolve();
		this.#life = null;
		this.#pending = null;
		this.restarts++;
		void dead.engine.dispose().catch(() => undefined);
		this.#loss = new EngineLost(reason, cause);
		this.options.onRestarting?.(reason, cause);
		dead.lose(this.#loss);
		const restarting = this.#open().then(
			(engine) => this.options.onRestarted?.({ engine }, reason, cause),
			(failure) => this.options.onRestarted?.({ failure }, reason, cause)
		);
		this.#restarting = restarting.finally(() => {
			if (this.#restarting !== tracked) return;
			this.#restarting = null;
			this.#loss = null;
		});
		const tracked = this.#restarting;
		return tracked;
	}

	/** Ends the engine (reset, leaving the page); `start` opens a new one. */
	async dispose(): Promise<void> {
		const life = this.#life;
		this.#life = null;
		this.#pending = null;
		await life?.engine.dispose();
	}
}
