// How the browser's JavaScript is cut into files. Left to itself the bundler makes one chunk per
// set of pages that share a module: the dashboard hydrated from 25 files. Over HTTP/1.1 a phone
// fetches six at a time, and on a 150 ms round trip those waves, not the bytes, held hydration
// back by ~0.6 s (`npm run bench`, phone profile). Here the modules a page loads before it can
// hydrate go into a few files by who needs them; everything loaded later (the engine, the console,
// the exporters) keeps the bundler's own cut.
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
/** Where hydration starts: SvelteKit's client entry and the generated app. */
const RUNTIME = [
	// As the bundler names it: the real path, should node_modules be a link.
	realpathSync(resolve(root, 'node_modules/@sveltejs/kit/src/runtime/client/entry.js')),
	resolve(root, '.svelte-kit/generated/client-optimized/app.js')
];
const LAYOUTS = ['src/routes/+layout.svelte', 'src/routes/[lang=lang]/+layout.svelte'].map((p) =>
	resolve(root, p)
);
const SITE_LAYOUT = resolve(root, 'src/routes/[lang=lang]/(site)/+layout.svelte');
const DASHBOARD = resolve(root, 'src/routes/[lang=lang]/(site)/+page.svelte');
const EMBED = resolve(root, 'src/routes/[lang=lang]/embed/[chart]/+page.svelte');
const GENERATED = [resolve(root, 'src/routes'), resolve(root, '.svelte-kit/generated')];
/** Svelte's and SvelteKit's client runtime: every page runs it, whichever page imports a piece. */
const FRAMEWORK =
	/[\\/]node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]|^\0(rolldown\/runtime|vite\/preload-helper)/;

/**
 * @typedef {{ getModuleInfo(id: string): { importers: readonly string[] } | null }} Graph
 */

/**
 * The hydration roots (the entries, layouts and pages above) that import `id` through static
 * imports only, directly or not. Memoised per module for the one build this config serves.
 * @param {string} id @param {Graph} graph @param {Map<string, Set<string>>} memo
 */
function reachedFrom(id, graph, memo) {
	const known = memo.get(id);
	if (known) return known;
	const stack = [id];
	const seen = new Set(stack);
	while (stack.length > 0) {
		const current = /** @type {string} */ (stack.pop());
		for (const importer of graph.getModuleInfo(current)?.importers ?? []) {
			if (seen.has(importer)) continue;
			seen.add(importer);
			stack.push(importer);
		}
	}
	const roots = new Set([...RUNTIME, ...LAYOUTS, SITE_LAYOUT, DASHBOARD, EMBED].filter((r) => seen.has(r)));
	memo.set(id, roots);
	return roots;
}

/**
 * The chunk a module belongs in, or null for the bundler's own cut.
 * - `runtime`: what every page runs first (Svelte, SvelteKit's client, the root layouts' imports);
 * - `charts`: what an embed and the site's pages both hydrate with (the chart components and
 *   views, D3, the coordinator);
 * - `dashboard`: what only the site's pages hydrate with (the filter bar, the engine's status, the
 *   language switch).
 * @param {string} id @param {Graph} graph @param {Map<string, Set<string>>} memo
 */
function chunkOf(id, graph, memo) {
	// The server build has no client entry: it keeps the bundler's own cut.
	if (!graph.getModuleInfo(RUNTIME[0])) return null;
	// Route files stay in their node, the generated app in its entry: SvelteKit lists a page's
	// modules by following static imports and skips a chunk it met first under the app's dynamic
	// imports of every node.
	if (GENERATED.some((dir) => id.startsWith(dir))) return null;
	const roots = reachedFrom(id, graph, memo);
	if (roots.size === 0) return null;
	if (FRAMEWORK.test(id) || [...RUNTIME, ...LAYOUTS].some((r) => roots.has(r))) return 'runtime';
	const site = roots.has(DASHBOARD) || roots.has(SITE_LAYOUT);
	if (site && roots.has(EMBED)) return 'charts';
	if (site) return 'dashboard';
	return null;
}

/**
 * Rolldown's `output.codeSplitting`: one group per chunk, the most shared first, so a module two
 * groups could take (with its dependencies) goes to the one more pages load.
 * @returns {import('rolldown').CodeSplittingOptions}
 */
export function chunkGroups() {
	/** @type {Map<string, Set<string>>} */
	const memo = new Map();
	return {
		groups: ['runtime', 'charts', 'dashboard'].map((name, index) => ({
			name: (/** @type {string} */ id, /** @type {Graph} */ graph) =>
				chunkOf(id, graph, memo) === name ? name : null,
			priority: 3 - index
		}))
	};
}
