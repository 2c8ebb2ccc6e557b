// V8's explicit compile hint on the modules a page runs before it can hydrate. V8 compiles a
// function lazily, on the main thread, the first time it is called: hydration calls most of these
// modules' functions, so a phone compiled them one by one in the middle of its hydration. With
// `//# allFunctionsCalledOnLoad` as the file's first line, V8 compiles the whole file while it
// streams, on a background thread. On the phone profile (`npm run bench`) the dashboard answered
// a reader ~0.1–0.3 s sooner. Modules loaded later (the engine, the console, the exporters) are
// left to V8's own choice: compiling what may never run costs time and memory.

/** The magic comment (V8 reads it only on the first line). */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * @typedef {{ type: 'chunk', fileName: string, isEntry: boolean, imports: string[], code: string, map: { mappings: string } | null }} OutputChunk
 * @typedef {OutputChunk | { type: 'asset', fileName: string }} OutputFile
 */

/**
 * The chunks a page runs before it can hydrate: the client build's entries (SvelteKit's start and
 * app, and each route node) and what they import statically, directly or not. A dynamic import is
 * a module loaded later.
 * @param {Record<string, OutputFile>} bundle
 * @returns {OutputChunk[]}
 */
export function hydrationChunks(bundle) {
	const chunks = /** @type {OutputChunk[]} */ (Object.values(bundle).filter((file) => file.type === 'chunk'));
	const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
	const stack = chunks.filter((chunk) => chunk.isEntry);
	const reached = new Set(stack);
	while (stack.length > 0) {
		const chunk = /** @type {OutputChunk} */ (stack.pop());
		for (const name of chunk.imports) {
			const imported = byName.get(name);
			if (!imported || reached.has(imported)) continue;
			reached.add(imported);
			stack.push(imported);
		}
	}
	return [...reached];
}

/**
 * Puts the hint on the first line of each hydration chunk, after minification (which drops
 * comments); a source map, when there is one, moves down a line with the code.
 * @param {Record<string, OutputFile>} bundle
 */
export function addCompileHints(bundle) {
	for (const chunk of hydrationChunks(bundle)) {
		if (chunk.code.startsWith(COMPILE_HINT)) continue;
		chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
		if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
	}
}

/**
 * The Vite plugin: the browser's build only (the server's modules never reach V8 in a browser),
 * after every other plugin's `generateBundle` (Vite's own puts its preload list at the top of a
 * chunk there, which would push the hint to the second line).
 */
export function compileHints() {
	return {
		name: 'imtiaz:compile-hints',
		apply: /** @type {const} */ ('build'),
		/** @param {{ name: string }} environment */
		applyToEnvironment: (environment) => environment.name === 'client',
		generateBundle: {
			order: /** @type {const} */ ('post'),
			/** @param {unknown} _options @param {Record<string, OutputFile>} bundle */
			handler(_options, bundle) {
				addCompileHints(bundle);
			}
		}
	};
}
