// DuckDB-WASM 1.32's worker reports the download of its WASM at most every 20 ms, but its clock
// moves on every chunk it skips: while chunks come less than 20 ms apart, as on a smooth link, it
// never reports at all. The dashboard's engine counts a start without progress for 20 s as stalled
// (src/lib/data/browser-engine.ts), so on a link of ~2 Mbit/s or less, where the 6 MB of WASM take
// longer than that, a download that was going well ended as "the query engine stopped loading",
// and the byte progress bar never showed. The build corrects the worker files it ships: the clock
// moves when a report is made, so one goes out every 20 ms or so.
//
// The same workers count the bytes by rebuilding the response around a counting stream. A response
// made in JavaScript has no URL and no cache behind it, so V8 could never keep the compiled engine
// (WebAssembly code caching takes the response as fetched, from the HTTP cache or the service
// worker's): every visit compiled, one by one as DuckDB first called them, the ~6,500 functions it
// runs as it starts (~0.5 s of the engine's thread here). The bytes are now counted on a copy of the
// response (`clone`), and the compiler gets the response as fetched.

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

/** The streamed download's response rebuilt around its counting stream: `return new Response((b=r.body)==null?void 0:b.pipeThrough(t),r)`. */
const REBUILT = /return new Response\(\((\w+)=(\w+)\.body\)==null\?void 0:\1\.pipeThrough\((\w+)\),\2\)/g;

/**
 * The worker's source with its streamed download counted on a copy of the response, the response
 * itself handed to `WebAssembly.instantiateStreaming`. Throws unless the worker rebuilds exactly one.
 * @param {string} source @param {string} name
 */
export function patchStreamedResponse(source, name) {
	let found = 0;
	const patched = source.replace(REBUILT, (_, _body, response, counter) => {
		found++;
		// A name of its own: the response's may be any one-letter name, `c` included.
		const copy = '__countedCopy';
		return `{const ${copy}=${response}.clone();${copy}.body&&${copy}.body.pipeThrough(${counter}).pipeTo(new WritableStream()).catch(()=>{})}return ${response}`;
	});
	if (found !== 1)
		throw new Error(
			`${name}: found ${found} rebuilt download responses, expected 1 (scripts/duckdb-progress.js)`
		);
	return patched;
}

/** Both corrections, as the build applies them to a worker file. @param {string} source @param {string} name */
export const patchWorker = (source, name) => patchStreamedResponse(patchProgress(source, name), name);

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
				file.source = patchWorker(text, file.fileName);
			}
		}
	};
}
