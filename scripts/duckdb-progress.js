// DuckDB-WASM 1.32's worker reports the download of its WASM at most every 20 ms, but its clock
// moves on every chunk it skips: while chunks come less than 20 ms apart, as on a smooth link, it
// never reports at all. The dashboard's engine counts a start without progress for 20 s as stalled
// (src/lib/data/browser-engine.ts), so on a link of ~2 Mbit/s or less, where the 6 MB of WASM take
// longer than that, a download that was going well ended as "the query engine stopped loading",
// and the byte progress bar never showed. The build corrects the worker files it ships: the clock
// moves when a report is made, so one goes out every 20 ms or so.

/** The throttle as the minified workers write it: `if(now-p.updatedAt<20){p.updatedAt=now[,…];return}`. */
const THROTTLE =
	/if\((\w+)\.getTime\(\)-(\w+)\.updatedAt\.getTime\(\)<20\)\{\2\.updatedAt=\1(?:,([^;{}]*))?;return\}/g;

/** How many throttles each worker holds: the streamed download's and the XHR fallback's. */
const EXPECTED = 2;

/**
 * The worker's source with each throttle corrected (the time of the last report kept until the
 * next report). Throws when the worker does not hold the expected throttles: a new DuckDB-WASM
 * must be looked at again, not shipped with the patch silently missing.
 * @param {string} source @param {string} name
 */
export function patchProgress(source, name) {
	let found = 0;
	const patched = source.replace(THROTTLE, (_, now, progress, skipped) => {
		found++;
		return `if(${now}.getTime()-${progress}.updatedAt.getTime()<20){${skipped ? `${skipped};` : ''}return}${progress}.updatedAt=${now};`;
	});
	if (found !== EXPECTED)
		throw new Error(
			`${name}: found ${found} download progress throttles, expected ${EXPECTED} (scripts/duckdb-progress.js)`
		);
	return patched;
}

/** The worker files of DuckDB-WASM among the build's assets. */
const WORKER = /(^|\/)duckdb-browser-(eh|mvp)\.worker\.[^/]*\.js$/;

/** The Vite plugin: the browser's build, on the worker files as emitted. */
export function duckdbProgress() {
	return {
		name: 'imtiaz:duckdb-progress',
		apply: /** @type {const} */ ('build'),
		/** @param {{ name: string }} environment */
		applyToEnvironment: (environment) => environment.name === 'client',
		/**
		 * @param {unknown} _options
		 * @param {Record<string, { type: string, fileName: string, source?: string | Uint8Array }>} bundle
		 */
		generateBundle(_options, bundle) {
			for (const file of Object.values(bundle)) {
				if (file.type !== 'asset' || !WORKER.test(file.fileName) || file.source === undefined) continue;
				const text = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
				file.source = patchProgress(text, file.fileName);
			}
		}
	};
}
