// @ts-check
// What the bench serves and weighs: the built site plus its bench-only pages (the static floor,
// the DuckDB-first baseline, the bare console and read_csv pages), and the dashboard's critical JS.
import { mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { build as viteBuild } from 'vite';
import { BENCH, CONSOLE_SELECT_SQL, CONSOLE_SETUP, CONSOLE_SQL, PAGE_ROWS, PROJECT } from './args.js';
import { TMP } from './generate-upload.js';

/** The served root: build/ (linked, entry by entry) plus __bench/ with the bench-only pages. */
export async function prepareSite() {
	const site = join(TMP, 'site');
	await rm(site, { recursive: true, force: true });
	await mkdir(join(site, '__bench'), { recursive: true });
	const buildDir = join(PROJECT, 'build');
	for (const name of await readdir(buildDir)) {
		if (name === '__bench') continue;
		await symlink(join(buildDir, name), join(site, name));
	}
	const assets = (await readdir(join(buildDir, '_app/immutable/assets'))).filter(
		(f) => !/\.(br|gz)$/.test(f)
	);
	const asset = (/** @type {RegExp} */ re) => `/_app/immutable/assets/${assets.find((f) => re.test(f))}`;
	const engineAttrs = `data-mvp-wasm="${asset(/^duckdb-mvp\..*\.wasm$/)}" data-mvp-worker="${asset(/^duckdb-browser-mvp\.worker/)}" data-eh-wasm="${asset(/^duckdb-eh\..*\.wasm$/)}" data-eh-worker="${asset(/^duckdb-browser-eh\.worker/)}"`;
	// The bench pages' bundle (DuckDB-WASM's JS + the site's own loader and SQL).
	await viteBuild({
		configFile: false,
		root: BENCH,
		logLevel: 'warn',
		// The pages import the chart specs and the coordinator's queries, which read their SQL via $lib.
		resolve: { alias: { $lib: join(PROJECT, 'src', 'lib') } },
		build: {
			outDir: join(site, '__bench', 'js'),
			emptyOutDir: true,
			modulePreload: false,
			rollupOptions: {
				input: join(BENCH, 'page', 'main.js'),
				output: { entryFileNames: 'bench.js', format: 'es' }
			}
		}
	});
	for (const lang of ['fr', 'ar']) {
		const html = await readFile(join(buildDir, lang, 'index.html'), 'utf8');
		const svg = html.match(/<svg[^>]*class="chart grouped-bars[^"]*"[\s\S]*?<\/svg>/)?.[0];
		if (!svg) throw new Error(`no chart SVG in build/${lang}/index.html`);
		// The floor shows the chart as the page does: its prerendered variants (one per width), of
		// which the page's own CSS (container queries) shows the one for the viewport.
		const chart = responsiveBlock(html, html.indexOf(svg));
		// The page's styles as the page has them: linked stylesheets and inlined <style> blocks.
		const css = [
			...(html.match(/<link[^>]*rel="stylesheet"[^>]*>/g) ?? []).map((l) =>
				l.replace(/href="\.\.\//, 'href="/')
			),
			...(html.match(/<style[^>]*>[\s\S]*?<\/style>/g) ?? [])
		].join('');
		const dir = lang === 'ar' ? 'rtl' : 'ltr';
		await writeFile(
			join(site, '__bench', `chart-${lang}.svg`),
			svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"')
		);
		await writeFile(
			join(site, '__bench', `floor-${lang}.html`),
			`<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${css}<title>floor</title></head><body><main>${chart}</main></body></html>`
		);
		await writeFile(
			join(site, '__bench', `baseline-${lang}.html`),
			`<!doctype html><html lang="${lang}" dir="${dir}" data-mode="baseline" data-svg="/__bench/chart-${lang}.svg" ${engineAttrs}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${css}<title>baseline</title><script type="module" src="/__bench/js/bench.js"></script></head><body><main></main></body></html>`
		);
	}
	await writeFile(
		join(site, '__bench', 'console.html'),
		`<!doctype html><html lang="en" data-mode="console" data-setup="${CONSOLE_SETUP}" data-sql="${CONSOLE_SQL}" data-select="${CONSOLE_SELECT_SQL}" data-page-rows="${PAGE_ROWS}" ${engineAttrs}><head><meta charset="utf-8"><title>console</title><script type="module" src="/__bench/js/bench.js"></script></head><body></body></html>`
	);
	await writeFile(
		join(site, '__bench', 'enginestart.html'),
		`<!doctype html><html lang="en" data-mode="enginestart" ${engineAttrs}><head><meta charset="utf-8"><title>engine start</title><script type="module" src="/__bench/js/bench.js"></script></head><body></body></html>`
	);
	await writeFile(
		join(site, '__bench', 'readcsv.html'),
		`<!doctype html><html lang="en" data-mode="readcsv" ${engineAttrs}><head><meta charset="utf-8"><title>read_csv</title><script type="module" src="/__bench/js/bench.js"></script></head><body><input type="file" accept=".csv"></body></html>`
	);
	await writeFile(
		join(site, '__bench', 'readarrow.html'),
		`<!doctype html><html lang="en" data-mode="readarrow" ${engineAttrs}><head><meta charset="utf-8"><title>read Arrow</title><script type="module" src="/__bench/js/bench.js"></script></head><body></body></html>`
	);
	return site;
}

/**
 * The whole `<div class="responsive">` holding the SVG at `at` (its nested divs counted).
 * @param {string} html @param {number} at
 */
export function responsiveBlock(html, at) {
	const start = html.lastIndexOf('<div class="responsive', at);
	if (start < 0) throw new Error('the chart is not inside a responsive block');
	let depth = 0;
	for (const m of html.slice(start).matchAll(/<(\/?)div\b[^>]*>/g)) {
		depth += m[1] ? -1 : 1;
		if (depth === 0) return html.slice(start, start + /** @type {number} */ (m.index) + m[0].length);
	}
	throw new Error('the responsive block does not end');
}

/**
 * The JS a dashboard needs to hydrate, gzip: the entry scripts the page imports, the route nodes it
 * starts with, and every module they import statically (followed through the built files, so the
 * count does not depend on whether the HTML preloads them). Dynamic imports (the engine, the
 * exporters) load later and are not counted.
 * @param {string} lang
 */
export async function criticalJs(lang) {
	const html = await readFile(join(PROJECT, 'build', lang, 'index.html'), 'utf8');
	const immutable = join(PROJECT, 'build', '_app', 'immutable');
	const files = new Set();
	const queue = [...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) =>
		resolvePath(join(PROJECT, 'build', lang), m[1])
	);
	const nodeIds =
		/node_ids:\s*\[([\d,\s]+)\]/
			.exec(html)?.[1]
			.split(',')
			.map((id) => id.trim()) ?? [];
	const nodes = await readdir(join(immutable, 'nodes'));
	for (const id of nodeIds)
		for (const name of nodes)
			if (name.startsWith(`${id}.`) && name.endsWith('.js')) queue.push(join(immutable, 'nodes', name));
	let gz = 0;
	while (queue.length > 0) {
		const file = /** @type {string} */ (queue.pop());
		if (files.has(file)) continue;
		files.add(file);
		const text = await readFile(file, 'utf8');
		gz += gzipSync(text, { level: 9 }).length;
		for (const m of text.matchAll(
			/(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g
		))
			queue.push(resolvePath(dirname(file), m[1]));
	}
	// Inline scripts travel in the HTML; count them too.
	for (const m of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) gz += gzipSync(m[1]).length;
	return { files: files.size, gzipBytes: gz };
}
