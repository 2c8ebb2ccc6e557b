import type { SqlEngine } from '$lib/data/engine';

export type EngineStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** The page's DuckDB-WASM: one per page load, started once, shared by every chart. */
class EngineState {
	status = $state<EngineStatus>('idle');
	loaded = $state(0);
	total = $state(0);
	reason = $state('');
	instance = $state.raw<SqlEngine | null>(null);
	#started = false;

	/**
	 * Starts the engine when the browser is idle, so it never competes with the first paint.
	 * The prerendered charts are already on screen; the engine only makes them interactive.
	 */
	start(dataUrl: (file: string) => string): void {
		if (this.#started) return;
		this.#started = true;
		const begin = () => void this.#load(dataUrl);
		if ('requestIdleCallback' in window) window.requestIdleCallback(begin, { timeout: 2000 });
		else setTimeout(begin, 200);
	}

	/** Starts again after a failure (a data file back, a network restored), without a reload. */
	retry(dataUrl: (file: string) => string): void {
		if (this.status !== 'failed') return;
		this.reason = '';
		void this.#load(dataUrl);
	}

	async #load(dataUrl: (file: string) => string): Promise<void> {
		this.#set('loading');
		this.loaded = 0;
		this.total = 0;
		try {
			// Imported here only: the engine never reaches the server bundle or the first paint.
			const { createBrowserEngine } = await import('$lib/data/browser-engine');
			// Editions the reader added on the datasets page, read while the engine starts (an
			// unreadable storage merges nothing rather than failing the engine).
			const added = import('$lib/import/restore')
				.then(async (restore) => ({ restore, datasets: await restore.readStored('edition') }))
				.catch(() => undefined);
			const instance = await createBrowserEngine({
				dataUrl,
				onProgress: ({ loaded, total }) => {
					this.loaded = loaded;
					this.total = total;
				}
			});
			// Merged before any chart queries, so the dashboard shows them from its first live rows.
			const restoring = await added;
			await restoring?.restore.restoreStored(instance, restoring.datasets);
			this.instance = instance;
			this.#set('ready');
		} catch (error) {
			this.reason = error instanceof Error ? error.message : String(error);
			this.#set('failed');
		}
	}

	#set(status: EngineStatus): void {
		this.status = status;
		document.documentElement.dataset.engine = status;
	}
}

export const engine = new EngineState();
