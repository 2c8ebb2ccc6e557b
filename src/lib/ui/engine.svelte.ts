import type { ChartSpec } from '$lib/catalog';
import { Coordinator, type EngineStatus, type PrecomputedAnswers } from '$lib/coordinator';
import type { Filters } from '$lib/data/filters';
import type { BrowserEngine } from '$lib/data/browser-engine';
import type { SqlEngine } from '$lib/data/engine';
import { engineTimeouts } from '$lib/data/timeouts';
import { keepForNextVisit } from './keep-offline';

export type { EngineStatus };

/** The page's one coordinator: every chart of the page asks through it. */
export const coordinator = new Coordinator({ hangMs: () => engineTimeouts().hangMs });

/**
 * The coordinator's engine state as runes, for components: the page's DuckDB-WASM, one per page
 * load, started once, shared by every chart.
 */
class EngineState {
	status = $state<EngineStatus>('idle');
	loaded = $state(0);
	total = $state(0);
	reason = $state('');
	restarts = $state(0);
	/** The build's answers to the single-filter states are loaded and hold (charts follow filters from them at once). */
	answers = $state(false);
	/**
	 * The fetch of the build's answers has ended, loaded or not. Before, a chart not yet following
	 * the page's filters may be about to follow them from the answers; after, it waits for the engine.
	 */
	answersSettled = $state(false);
	/** The engine for reads and writes (a write empties the coordinator's cache), once ready. */
	instance = $state.raw<SqlEngine | null>(null);
	/** What this page loaded was handed to the service worker (once, at the first ready engine). */
	#kept = false;
	#answersShown: boolean | undefined;
	#answersAsked = false;

	constructor() {
		coordinator.subscribe((state) => {
			this.status = state.status;
			this.loaded = state.loaded;
			this.total = state.total;
			this.reason = state.reason;
			this.restarts = state.restarts;
			this.answers = state.answers;
			this.instance = state.status === 'ready' ? coordinator.engine : null;
			// A page that never starts this engine (the console has its own) carries no engine state.
			if (typeof document !== 'undefined' && state.status !== 'idle')
				document.documentElement.dataset.engine = state.status;
			if (typeof document !== 'undefined' && state.answers !== (this.#answersShown ?? false)) {
				this.#answersShown = state.answers;
				if (state.answers) document.documentElement.dataset.answers = 'ready';
				else delete document.documentElement.dataset.answers;
			}
			if (state.status === 'ready' && !this.#kept) {
				this.#kept = true;
				keepForNextVisit();
			}
		});
	}

	/**
	 * Whether a chart's question under `filters` waits for the engine: the build's answers are in
	 * (or the engine has failed) and do not hold it, and the engine is not ready. Before the answers
	 * are in, a chart they answer is only a moment early.
	 */
	waitsFor(chart: ChartSpec, filters: Filters): boolean {
		if (this.status === 'ready' || (this.status !== 'failed' && !this.answersSettled)) return false;
		return !(this.answers && coordinator.canAnswer(chart, filters));
	}

	/**
	 * Starts the engine when the browser is idle, so it never competes with the first paint.
	 * The prerendered charts are already on screen; the engine only makes them interactive.
	 */
	start(dataUrl: (file: string) => string): void {
		const begin = () =>
			void coordinator.start((onProgress, onLost) => loadEngine(dataUrl, onProgress, onLost));
		if ('requestIdleCallback' in window) window.requestIdleCallback(begin, { timeout: 2000 });
		else setTimeout(begin, 200);
	}

	/**
	 * Fetches the build's answers to the dashboard's single-filter states (a small file): a filter
	 * or a click on a mark answers from them at once, long before the engine is ready on a phone.
	 * Without them (an old server, a failed fetch) the page simply waits for the engine.
	 */
	loadAnswers(url: string): void {
		if (this.#answersAsked) return;
		this.#answersAsked = true;
		void fetch(url)
			.then((response) => (response.ok ? response.json() : undefined))
			.then((answers: PrecomputedAnswers | undefined) => answers && coordinator.useAnswers(answers))
			.catch(() => {})
			.finally(() => (this.answersSettled = true));
	}

	/** Starts again after a failure (a data file back, a network restored), without a reload. */
	retry(): void {
		void coordinator.retry();
	}
}

/** The running engine's files (an uploaded history opened on the dashboard is read from one). */
let files: Pick<BrowserEngine, 'registerText' | 'dropFile' | 'insertArrow'> | null = null;
export const engineFiles = () => files;

/** The browser engine with the editions the reader added on the datasets page merged in. */
async function loadEngine(
	dataUrl: (file: string) => string,
	onProgress: (loaded: number, total: number) => void,
	onLost: (reason: string) => void
) {
	// The bench times a second visit's engine from here (against the WASM's compilation alone).
	performance.mark('imtiaz-engine-start');
	// Imported here only: the engine never reaches the server bundle or the first paint.
	const { createBrowserEngine } = await import('$lib/data/browser-engine');
	// Editions the reader added on the datasets page, read while the engine starts (an unreadable
	// storage merges nothing rather than failing the engine).
	const added = import('$lib/import/restore')
		.then(async (restore) => ({ restore, datasets: await restore.readStored('edition') }))
		.catch(() => undefined);
	const instance = await createBrowserEngine({
		dataUrl,
		onProgress: ({ loaded, total }) => onProgress(loaded, total),
		onLost
	});
	// Merged before any chart queries, so the dashboard shows them from its first live rows.
	const restoring = await added;
	// The build never saw the reader's editions: its answers no longer hold once they are merged.
	if (restoring && restoring.datasets.length > 0) coordinator.dropAnswers();
	await restoring?.restore.restoreStored(instance, restoring.datasets);
	files = instance;
	return instance;
}

export const engine = new EngineState();
