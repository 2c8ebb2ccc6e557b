// @ts-check
// `npm run bench [-- --quick] [--runs N]`: measures the built site against its physical floor
// (a static page holding the same SVG) and a DuckDB-first baseline, in the system Chromium with a
// fresh profile per run, cases interleaved. Writes bench/results/{<date>,latest}.json and latest.md.
// It reports; it never fails on a time.
import { mkdir, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { basename, dirname, join, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { buildIfNeeded } from '../scripts/build-if-needed.js';
import { createServer } from '../scripts/serve.js';
import { generateUpload, TMP } from './generate-upload.js';
import { evaluateBudget, fmtBytes, fmtMs, kindOf, ratio, summarize, summarizeByName } from './lib.js';

const BENCH = dirname(fileURLToPath(import.meta.url));
const PROJECT = join(BENCH, '..');
const QUICK = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const runsArg = process.argv.indexOf('--runs');
const RUNS = Number(runsArg > 0 ? process.argv[runsArg + 1] : (process.env.BENCH_RUNS ?? (QUICK ? 3 : 7)));
/** `--only <regex>`: only the cases whose name matches (for working on one case; not a report). */
const onlyArg = process.argv.indexOf('--only');
const ONLY = onlyArg > 0 ? new RegExp(process.argv[onlyArg + 1]) : null;
const wanted = (/** @type {string} */ name) => !ONLY || ONLY.test(name);
const UPLOADS = QUICK ? [100_000] : [100_000, 1_000_000];
const CONSOLE_SQL = 'SELECT k, count(*) AS n, sum(v) AS s, avg(v) AS a FROM t GROUP BY k ORDER BY k';
/** The table of the console case, created the same way by the bare page and through the console. */
const CONSOLE_SETUP =
	'CREATE TABLE t AS SELECT range AS id, range % 1000 AS k, (range * 7) % 10007 AS v FROM range(1000000)';
const ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** In-page probe, installed before any script: paint timings and the first frame showing a chart. */
const PROBE = `(() => {
	const m = (window.__m = { fcp: null, lcp: null, element: null, chart: null, engine: null, progress: null });
	try {
		new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') m.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
		new PerformanceObserver((l) => { for (const e of l.getEntries()) m.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
		new PerformanceObserver((l) => { for (const e of l.getEntries()) if (m.element == null) m.element = e.renderTime || e.loadTime; }).observe({ type: 'element', buffered: true });
	} catch {}
	const tick = (t) => {
		if (m.chart == null) {
			// The chart, or on a page without one (the console) the element that says it is usable.
			const svg = document.querySelector(window.__readySelector || 'svg.grouped-bars');
			if (svg && svg.getBoundingClientRect().width > 0) m.chart = t;
		}
		if (m.engine == null && document.documentElement.dataset.engine === 'ready') m.engine = performance.now();
		// The engine's byte progress indicator, seen with some bytes loaded before the engine is ready.
		if (m.progress == null && m.engine == null) {
			const bar = document.querySelector('.engine-status progress');
			if (bar && bar.value > 0) m.progress = t;
		}
		if (m.chart == null || m.engine == null) requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
})();`;

/**
 * Counts the DuckDB worker's requests still unanswered (by message id): "every chart re-queried"
 * is the first frame after a navigation in which every request sent since the click is answered
 * and every chart shows engine rows. Charts whose rows did not change (the edition detail under a
 * year filter) are not required to mutate.
 */
const WORKER_PROBE = `(() => {
	const w = (window.__wk = { ids: new Set(), sent: 0 });
	const post = Worker.prototype.postMessage;
	Worker.prototype.postMessage = function (msg, ...rest) {
		if (msg && msg.messageId != null) { w.ids.add(msg.messageId); w.sent++; }
		if (!this.__benchHooked) {
			this.__benchHooked = true;
			this.addEventListener('message', (e) => {
				const d = e.data;
				if (d && d.type !== 'LOG' && d.type !== 'INSTANTIATE_PROGRESS' && d.type !== 'PROGRESS_UPDATE') w.ids.delete(d.requestId);
			});
		}
		return post.call(this, msg, ...rest);
	};
})();`;

/** The served root: build/ (linked, entry by entry) plus __bench/ with the bench-only pages. */
async function prepareSite() {
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
			`<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${css}<title>floor</title></head><body><main>${svg}</main></body></html>`
		);
		await writeFile(
			join(site, '__bench', `baseline-${lang}.html`),
			`<!doctype html><html lang="${lang}" dir="${dir}" data-mode="baseline" data-svg="/__bench/chart-${lang}.svg" ${engineAttrs}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${css}<title>baseline</title><script type="module" src="/__bench/js/bench.js"></script></head><body><main></main></body></html>`
		);
	}
	await writeFile(
		join(site, '__bench', 'console.html'),
		`<!doctype html><html lang="en" data-mode="console" data-setup="${CONSOLE_SETUP}" data-sql="${CONSOLE_SQL}" ${engineAttrs}><head><meta charset="utf-8"><title>console</title><script type="module" src="/__bench/js/bench.js"></script></head><body></body></html>`
	);
	await writeFile(
		join(site, '__bench', 'readcsv.html'),
		`<!doctype html><html lang="en" data-mode="readcsv" ${engineAttrs}><head><meta charset="utf-8"><title>read_csv</title><script type="module" src="/__bench/js/bench.js"></script></head><body><input type="file" accept=".csv"></body></html>`
	);
	return site;
}

/**
 * The JS a dashboard needs to hydrate, gzip: the entry scripts the page imports, the route nodes it
 * starts with, and every module they import statically (followed through the built files, so the
 * count does not depend on whether the HTML preloads them). Dynamic imports (the engine, the
 * exporters) load later and are not counted.
 */
async function criticalJs(lang) {
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

/** One cold browser: launch, measure, close. @param {(browser: import('playwright-core').Browser) => Promise<any>} fn */
async function cold(fn) {
	const browser = await chromium.launch({ executablePath, args: ARGS });
	try {
		return await fn(browser);
	} finally {
		await browser.close();
	}
}

/**
 * Loads a page, waits for its chart (and engine when asked), returns timings and bytes by kind.
 * @param {import('playwright-core').Browser} browser @param {string} url
 * @param {{ engine?: boolean, done?: boolean, filter?: boolean, readySelector?: string, until?: string }} opts
 */
async function loadPage(browser, url, opts = {}) {
	const context = await browser.newContext({ locale: 'fr-FR' });
	const page = await context.newPage();
	if (opts.readySelector)
		await page.addInitScript(`window.__readySelector = ${JSON.stringify(opts.readySelector)};`);
	await page.addInitScript(PROBE);
	if (opts.filter) await page.addInitScript(WORKER_PROBE);
	/** @type {{ url: string, start: number, end: number, bytes: number, kind: string }[]} */
	const requests = [];
	const pending = [];
	context.on('requestfinished', (req) =>
		pending.push(
			(async () => {
				const sizes = await req.sizes().catch(() => null);
				const t = req.timing();
				const resp = await req.response();
				const mime = resp ? ((await resp.headerValue('content-type')) ?? '') : '';
				requests.push({
					url: req.url(),
					start: t.startTime,
					end: t.startTime + Math.max(t.responseEnd, 0),
					bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0,
					kind: kindOf(req.url(), mime)
				});
			})()
		)
	);
	await page.goto(url, { waitUntil: 'load' });
	let mUntil = null;
	await page.waitForFunction(() => /** @type {any} */ (window).__m.chart != null, null, { timeout: 120_000 });
	if (opts.engine)
		await page
			.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, { timeout: 180_000 })
			.catch(() => null);
	// The console's own engine (not html[data-engine]): its bytes belong to the route.
	if (opts.until)
		mUntil = await page
			.waitForSelector(opts.until, { timeout: 180_000 })
			.then(() => page.evaluate(() => performance.now()))
			.catch(() => null);
	if (opts.done)
		await page.waitForFunction(() => document.documentElement.dataset.done, null, { timeout: 180_000 });
	await page.waitForTimeout(300);
	const m = await page.evaluate(() => ({
		.../** @type {any} */ (window).__m,
		filterFloor: /** @type {any} */ (window).__bench?.filterFloor ?? null,
		origin: performance.timeOrigin
	}));
	let filterMs = null;
	/** @type {(number | null)[]} */
	let filterNext = [];
	/** @type {(number | null)[]} */
	const filterSettled = [];
	if (opts.filter && m.engine != null) {
		// Let the engine-ready re-query settle first: the first filter starts from an idle engine.
		await page
			.waitForFunction(() => /** @type {any} */ (window).__wk.ids.size === 0, null, { timeout: 30_000 })
			.catch(() => null);
		const first = await filterLatency(page, '?from=2014&to=2021');
		filterMs = first?.charts ?? null;
		filterSettled.push(first?.settled ?? null);
		for (const search of FILTER_NEXT) {
			const next = await filterLatency(page, search);
			filterNext.push(next?.charts ?? null);
			filterSettled.push(next?.settled ?? null);
		}
	}
	await Promise.all(pending);
	const chartEpoch = m.origin + m.chart;
	const bytes = { js: 0, css: 0, data: 0, wasm: 0, other: 0, total: 0 };
	const before = { js: 0, css: 0, data: 0, wasm: 0, other: 0, total: 0 };
	let firstWasmStart = null;
	for (const r of requests) {
		bytes[r.kind] += r.bytes;
		bytes.total += r.bytes;
		if (r.end <= chartEpoch) {
			before[r.kind] += r.bytes;
			before.total += r.bytes;
		}
		if (r.kind === 'wasm' && (firstWasmStart == null || r.start - m.origin < firstWasmStart))
			firstWasmStart = r.start - m.origin;
	}
	await context.close();
	return {
		chart: m.chart,
		element: m.element,
		fcp: m.fcp,
		lcp: m.lcp,
		engine: m.engine ?? mUntil,
		progress: m.progress,
		bytes,
		before,
		firstWasmStart,
		filterMs,
		filterNext,
		filterSettled,
		filterFloor: m.filterFloor
	};
}

/** The filters of the navigations after the first one (each from the previous state). */
const FILTER_NEXT = ['?from=2014&to=2021&type=ministry', '?from=2010', '?from=2014&to=2021'];

/**
 * Client navigation to a filtered URL (language kept), timed in the page from the click to the
 * frame in which every chart shows rows queried with the new filters (each chart frame says so in
 * `data-filters`), and to the frame after every engine request has been answered (the source
 * lists inside "how this was computed" come after the charts; see WORKER_PROBE).
 * @param {import('playwright-core').Page} page @param {string} search
 * @returns {Promise<{ charts: number, settled: number } | null>}
 */
async function filterLatency(page, search) {
	return page.evaluate(
		(search) =>
			new Promise((resolve) => {
				const w = /** @type {any} */ (window).__wk;
				w.sent = 0;
				const a = document.createElement('a');
				a.href = `${location.pathname}${search}`;
				// As the filter bar navigates: focus and scroll stay where the reader is.
				a.dataset.sveltekitKeepfocus = '';
				a.dataset.sveltekitNoscroll = '';
				document.body.append(a);
				const t0 = performance.now();
				/** @type {number | null} */
				let charts = null;
				const tick = () => {
					const frames = [...document.querySelectorAll('[data-chart]')];
					if (
						charts === null &&
						location.search === search &&
						frames.every((c) => c.getAttribute('data-filters') === search)
					)
						charts = performance.now() - t0;
					// Requests go out in the microtasks of the navigation, before this frame: with
					// nothing sent (every result cached), the first frame with the new URL is the end.
					if (charts !== null && w.ids.size === 0) {
						a.remove();
						resolve({ charts, settled: performance.now() - t0 });
					} else requestAnimationFrame(tick);
				};
				a.click();
				requestAnimationFrame(tick);
				setTimeout(() => resolve(null), 15_000);
			}),
		search
	);
}

/**
 * The product console: creates the 1,000,000-row table through the console itself (a statement
 * of its own, not timed), then pastes the GROUP BY into the CodeMirror editor, clicks Run and
 * times, in the page, from the click to the DOM holding the result's row count (and to the
 * next frame, painted). Best of 3 per run, like the bare reference.
 * @param {import('playwright-core').Browser} browser @param {string} url
 */
async function consoleProduct(browser, url) {
	const context = await browser.newContext({ locale: 'fr-FR' });
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForSelector('.console[data-status="ready"]', { timeout: 180_000 });
	await page.waitForSelector('.editor[data-ready="true"] .cm-content', { timeout: 60_000 });
	const run = async (/** @type {string} */ sql) => {
		await page.click('.cm-content');
		await page.keyboard.press('Control+A');
		await page.keyboard.insertText(sql);
		return page.evaluate(
			() =>
				new Promise((resolve) => {
					const box = /** @type {HTMLElement} */ (document.querySelector('.console'));
					let running = false;
					let dom = null;
					const obs = new MutationObserver(() => {
						if (box.dataset.status === 'running') running = true;
						const error = document.querySelector('[data-testid="sql-error"]');
						const summary = /** @type {HTMLElement | null} */ (
							document.querySelector('[data-testid="result-summary"]')
						);
						if (!running || box.dataset.status !== 'ready') return;
						obs.disconnect();
						if (error || !summary) return resolve({ error: error?.textContent ?? 'no result' });
						dom = performance.now() - t0;
						const rows = Number(summary.dataset.rows);
						requestAnimationFrame(() => resolve({ ms: dom, paintMs: performance.now() - t0, rows }));
					});
					obs.observe(document.body, { subtree: true, childList: true, attributes: true });
					const t0 = performance.now();
					/** @type {HTMLButtonElement} */ (document.querySelector('[data-action="run"]')).click();
					setTimeout(() => resolve({ error: 'timeout' }), 120_000);
				})
		);
	};
	const setup = /** @type {any} */ (await run(CONSOLE_SETUP));
	if (setup.error) throw new Error(`console setup: ${setup.error}`);
	/** @type {any[]} */
	const times = [];
	for (let i = 0; i < 3; i++) times.push(await run(CONSOLE_SQL));
	await context.close();
	const ok = times.filter((t) => t.ms != null);
	if (ok.length === 0) throw new Error(`console query: ${times[0]?.error}`);
	return {
		ms: Math.min(...ok.map((t) => t.ms)),
		paintMs: Math.min(...ok.map((t) => t.paintMs)),
		rows: ok[0].rows
	};
}

/**
 * The product upload: the generated CSV chosen through the datasets page's file input, timed in
 * the page from the input's change event to the parsed preview (`table[data-preview]`), then
 * from the click on "keep" to the saved notice (`[data-saved]`, the dataset stored for the
 * console). Peak JS heap of the page (CDP) during the whole.
 * @param {import('playwright-core').Browser} browser @param {string} url @param {string} file
 */
async function uploadProduct(browser, url, file) {
	const context = await browser.newContext({ locale: 'fr-FR' });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable');
	await page.goto(url);
	await page.waitForSelector('#upload-input');
	await page.waitForLoadState('networkidle');
	const sampler = heapSampler(cdp);
	const parsed = page.evaluate(
		() =>
			new Promise((resolve) => {
				const input = /** @type {HTMLInputElement} */ (document.querySelector('#upload-input'));
				let t0 = 0;
				input.addEventListener('change', () => (t0 = performance.now()), { capture: true, once: true });
				const obs = new MutationObserver(() => {
					const error = document.querySelector('[data-error]');
					if (error) {
						obs.disconnect();
						resolve({ error: error.textContent });
					} else if (document.querySelector('table[data-preview]')) {
						obs.disconnect();
						resolve({ ms: performance.now() - t0 });
					}
				});
				obs.observe(document.body, { subtree: true, childList: true });
				setTimeout(() => resolve({ error: 'timeout' }), 300_000);
			})
	);
	await page.setInputFiles('#upload-input', file);
	const p = /** @type {any} */ (await parsed);
	let saveMs = null;
	if (p.ms != null) {
		saveMs = await page.evaluate(
			() =>
				new Promise((resolve) => {
					const obs = new MutationObserver(() => {
						if (document.querySelector('[data-saved]')) {
							obs.disconnect();
							resolve(performance.now() - t0);
						} else if (document.querySelector('[data-storage-error]')) {
							obs.disconnect();
							resolve(null);
						}
					});
					obs.observe(document.body, { subtree: true, childList: true });
					const t0 = performance.now();
					/** @type {HTMLButtonElement} */ (document.querySelector('[data-keep]')).click();
					setTimeout(() => resolve(null), 300_000);
				})
		);
	}
	const peakHeap = await sampler.stop();
	await context.close();
	if (p.error) throw new Error(`upload: ${p.error}`);
	return { ms: p.ms, saveMs, peakHeap };
}

/** Samples the page's used JS heap every 100 ms until stopped; resolves to the peak. @param {import('playwright-core').CDPSession} cdp */
function heapSampler(cdp) {
	let peak = 0;
	let sampling = true;
	const done = (async () => {
		while (sampling) {
			const { metrics } = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] }));
			peak = Math.max(peak, metrics.find((x) => x.name === 'JSHeapUsedSize')?.value ?? 0);
			await new Promise((r) => setTimeout(r, 100));
		}
	})();
	return {
		stop: async () => {
			sampling = false;
			await done;
			return peak;
		}
	};
}

/**
 * The bare console reference; the same query streamed (`conn.send`, as the console runs it so
 * that Cancel works) is recorded beside it.
 * @param {import('playwright-core').Browser} browser @param {string} base @param {(k: string, v: number) => void} push
 */
async function consoleBare(browser, base, push) {
	const page = await browser.newPage();
	await page.goto(base + '__bench/console.html');
	await page.waitForFunction(() => document.documentElement.dataset.done, null, { timeout: 180_000 });
	const r = await page.evaluate(
		() => /** @type {any} */ (window).__bench ?? { error: /** @type {any} */ (window).__benchError }
	);
	await page.close();
	if (r?.sendMs) push('console-streamed', Math.min(...r.sendMs));
	return r?.queryMs ? Math.min(...r.queryMs) : null;
}

/** @param {import('playwright-core').Browser} browser @param {string} base @param {string} file */
async function readCsvFloor(browser, base, file) {
	const page = await browser.newPage();
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	await page.goto(base + '__bench/readcsv.html');
	await page.waitForFunction(
		() => document.documentElement.dataset.ready || document.documentElement.dataset.done,
		null,
		{
			timeout: 180_000
		}
	);
	const sampler = heapSampler(cdp);
	await page.setInputFiles('input[type=file]', file);
	await page.waitForFunction(() => document.documentElement.dataset.done, null, { timeout: 300_000 });
	const peak = await sampler.stop();
	const r = await page.evaluate(
		() => /** @type {any} */ (window).__bench ?? { error: /** @type {any} */ (window).__benchError }
	);
	await page.close();
	return { ms: r?.ms ?? null, rows: r?.count ?? null, peakHeap: peak };
}

async function main() {
	const started = Date.now();
	await buildIfNeeded(PROJECT);
	const site = await prepareSite();
	const { url: base, close } = await createServer({ root: site, port: 0 });
	const exists = async (/** @type {string} */ path) =>
		(await fetch(base + path.slice(1), { method: 'HEAD' })).status === 200;
	const routes = {
		dashboard: '/fr/',
		embed: (await exists('/fr/embed/participation/')) ? '/fr/embed/participation/' : null,
		console: (await exists('/fr/sql/')) ? '/fr/sql/' : null,
		upload: (await exists('/fr/data/')) ? '/fr/data/' : null
	};
	const uploadFiles = [];
	for (const n of UPLOADS)
		uploadFiles.push({
			rows: n,
			path: await generateUpload(n),
			size: (await stat(await generateUpload(n))).size
		});
	console.log(`bench: ${RUNS} runs per case${QUICK ? ' (quick)' : ''}, serving ${base}`);

	/** @type {Record<string, any[]>} */
	const raw = {};
	const push = (/** @type {string} */ k, /** @type {any} */ v) => (raw[k] ??= []).push(v);
	/** Cases of one interleaved round, each a cold browser. */
	const cases = [
		['dashboard-fr', (b) => loadPage(b, base + 'fr/', { engine: true, filter: true })],
		['floor-fr', (b) => loadPage(b, base + '__bench/floor-fr.html')],
		['baseline-fr', (b) => loadPage(b, base + '__bench/baseline-fr.html', { done: true })],
		['dashboard-ar', (b) => loadPage(b, base + 'ar/', { engine: true })],
		['floor-ar', (b) => loadPage(b, base + '__bench/floor-ar.html')],
		['baseline-ar', (b) => loadPage(b, base + '__bench/baseline-ar.html', { done: true })],
		...(routes.embed ? [['embed-fr', (b) => loadPage(b, base + routes.embed.slice(1))]] : []),
		...(routes.console
			? [
					[
						'console-page',
						(b) =>
							loadPage(b, base + routes.console.slice(1), {
								readySelector: '.editor[data-ready="true"] .cm-content',
								until: '.console[data-status="ready"]'
							})
					]
				]
			: [])
	];
	for (let run = 1; run <= RUNS; run++) {
		for (const [name, fn] of cases.filter(([name]) => wanted(name))) {
			const r = await cold(/** @type {any} */ (fn)).catch((e) => ({ error: String(e?.message ?? e) }));
			if (r.error) console.warn(`  ${name} run ${run}: ${r.error}`);
			else push(name, r);
		}
		if (wanted('console-bare'))
			push('console-bare', await cold((b) => consoleBare(b, base, push)).catch(() => null));
		if (routes.console && wanted('console-product'))
			push(
				'console-product',
				await cold((b) => consoleProduct(b, base + routes.console.slice(1))).catch((e) => {
					console.warn(`  console product run ${run}: ${e?.message ?? e}`);
					return null;
				})
			);
		console.log(`  round ${run}/${RUNS} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
	}
	const uploadRuns = QUICK ? Math.min(RUNS, 3) : 3;
	for (let run = 1; run <= uploadRuns; run++) {
		for (const f of uploadFiles) {
			if (routes.upload && wanted('upload'))
				push(
					`upload-${f.rows}`,
					await cold((b) => uploadProduct(b, base + routes.upload.slice(1), f.path)).catch((e) => {
						console.warn(`  upload ${f.rows}: ${e?.message ?? e}`);
						return null;
					})
				);
			if (wanted('readcsv'))
				push(
					`readcsv-${f.rows}`,
					await cold((b) => readCsvFloor(b, base, f.path)).catch((e) => {
						console.warn(`  read_csv ${f.rows}: ${e?.message ?? e}`);
						return { ms: null, peakHeap: null };
					})
				);
		}
	}
	await close();

	const s = (/** @type {string} */ k, /** @type {(r: any) => number} */ get) =>
		summarize((raw[k] ?? []).map(get).filter((v) => v != null));
	const pageSummary = (/** @type {string} */ k) =>
		raw[k]?.length
			? {
					chart: s(k, (r) => r.chart),
					fcp: s(k, (r) => r.fcp),
					lcp: s(k, (r) => r.lcp),
					engineReady: s(k, (r) => r.engine),
					firstWasmStart: s(k, (r) => r.firstWasmStart),
					progressSeen: s(k, (r) => r.progress),
					progressRuns: raw[k].filter((r) => r.progress != null).length,
					bytesBeforeChart: Object.fromEntries(
						['js', 'css', 'data', 'wasm', 'other', 'total'].map((x) => [
							x,
							s(k, (r) => r.before[x])?.median ?? null
						])
					),
					bytesTotal: Object.fromEntries(
						['js', 'css', 'data', 'wasm', 'other', 'total'].map((x) => [
							x,
							s(k, (r) => r.bytes[x])?.median ?? null
						])
					)
				}
			: null;
	const pages = Object.fromEntries(
		Object.keys(raw)
			.filter((k) => !/^(readcsv|upload|console-)/.test(k))
			.map((k) => [k, pageSummary(k)])
	);
	const filterFirst = s('dashboard-fr', (r) => r.filterMs);
	// Every navigation of every run: the first (from no filter) and the next ones (FILTER_NEXT).
	const filter = summarize(
		(raw['dashboard-fr'] ?? []).flatMap((r) => [r.filterMs, ...(r.filterNext ?? [])]).filter((v) => v != null)
	);
	// The same navigations until every engine request is answered (source lists included).
	const filterSettled = summarize(
		(raw['dashboard-fr'] ?? []).flatMap((r) => r.filterSettled ?? []).filter((v) => v != null)
	);
	const filterFloor = summarize(
		['baseline-fr', 'baseline-ar']
			.flatMap((k) => (raw[k] ?? []).map((r) => r.filterFloor?.ms))
			.filter((v) => v != null)
	);
	const filterFloorEach = summarizeByName(
		['baseline-fr', 'baseline-ar'].flatMap((k) => (raw[k] ?? []).map((r) => r.filterFloor?.each))
	);
	const consoleBareS = summarize((raw['console-bare'] ?? []).filter((v) => v != null));
	const consoleStreamedS = summarize(raw['console-streamed'] ?? []);
	const consoleProductS = summarize((raw['console-product'] ?? []).filter(Boolean).map((r) => r.ms));
	const consolePaintS = summarize((raw['console-product'] ?? []).filter(Boolean).map((r) => r.paintMs));
	const uploads = uploadFiles.map((f) => ({
		rows: f.rows,
		bytes: f.size,
		readCsv: summarize((raw[`readcsv-${f.rows}`] ?? []).map((r) => r.ms).filter((v) => v != null)),
		peakHeap: summarize((raw[`readcsv-${f.rows}`] ?? []).map((r) => r.peakHeap)),
		product: routes.upload
			? summarize((raw[`upload-${f.rows}`] ?? []).filter(Boolean).map((r) => r.ms))
			: null,
		productSave: routes.upload
			? summarize((raw[`upload-${f.rows}`] ?? []).filter(Boolean).map((r) => r.saveMs))
			: null,
		productPeakHeap: routes.upload
			? summarize((raw[`upload-${f.rows}`] ?? []).filter(Boolean).map((r) => r.peakHeap))
			: null
	}));
	for (const u of uploads) u.ratio = ratio(u.product?.median, u.readCsv?.median);
	const consoleRatio = ratio(consoleProductS?.median, consoleBareS?.median);
	const crit = await criticalJs('fr');
	const ratios = {};
	for (const lang of ['fr', 'ar']) {
		const d = pages[`dashboard-${lang}`]?.chart?.median,
			f = pages[`floor-${lang}`]?.chart?.median,
			b = pages[`baseline-${lang}`]?.chart?.median;
		ratios[lang] = {
			dashboardToFloor: ratio(d, f),
			baselineToFloor: ratio(b, f),
			baselineToDashboard: ratio(b, d)
		};
	}
	const wasmBefore = Math.max(
		pages['dashboard-fr']?.bytesBeforeChart.wasm ?? NaN,
		pages['dashboard-ar']?.bytesBeforeChart.wasm ?? NaN
	);
	const fcp = pages['dashboard-fr']?.fcp?.median,
		wasmStart = pages['dashboard-fr']?.firstWasmStart?.min;
	const budgets = [
		{
			name: 'Time to first chart /fr/ vs floor',
			limit: '≤ 1.2×',
			value: ratios.fr.dashboardToFloor,
			max: 1.2,
			unit: '×'
		},
		{
			name: 'Time to first chart /ar/ vs floor',
			limit: '≤ 1.2×',
			value: ratios.ar.dashboardToFloor,
			max: 1.2,
			unit: '×'
		},
		{ name: 'WASM bytes before first chart (dashboard)', limit: '0 B', value: wasmBefore, max: 0, unit: 'B' },
		{
			name: 'WASM bytes on embed (total)',
			limit: '0 B',
			value: pages['embed-fr']?.bytesTotal.wasm ?? null,
			max: 0,
			unit: 'B'
		},
		{
			name: 'Critical JS (dashboard, gzip)',
			limit: '≤ 100 KB',
			value: crit.gzipBytes / 1024,
			max: 100,
			unit: 'KB'
		},
		{ name: 'Filter latency (median)', limit: '≤ 50 ms', value: filter?.median ?? null, max: 50, unit: 'ms' },
		{ name: 'Console vs bare DuckDB', limit: '≤ 1.2×', value: consoleRatio, max: 1.2, unit: '×' },
		...uploads.map((u) => ({
			name: `Upload ${u.rows.toLocaleString('en')} rows vs read_csv`,
			limit: '≤ 1.5×',
			value: u.ratio,
			max: 1.5,
			unit: '×'
		})),
		{
			name: 'Engine starts after first paint: FCP − first .wasm request start (median FCP, earliest .wasm)',
			limit: '≤ 0 ms',
			value: wasmStart != null && fcp != null ? -(wasmStart - fcp) : null,
			max: 0,
			unit: 'ms'
		}
	].map(evaluateBudget);
	const result = {
		date: new Date().toISOString(),
		quick: QUICK,
		runs: RUNS,
		machine: {
			cpus: (await import('node:os')).cpus().length,
			node: process.version,
			chromium: basename(executablePath)
		},
		routes,
		pages,
		ratios,
		filterLatency: filter,
		filterLatencyFirst: filterFirst,
		filterSettled,
		filterFloor,
		filterRatio: ratio(filterFirst?.median, filterFloor?.median),
		filterFloorEach,
		console: {
			setup: CONSOLE_SETUP,
			sql: CONSOLE_SQL,
			bare: consoleBareS,
			streamed: consoleStreamedS,
			product: consoleProductS,
			productPainted: consolePaintS,
			ratio: consoleRatio
		},
		uploads,
		criticalJs: crit,
		budgets,
		durationSec: Math.round((Date.now() - started) / 1000),
		raw
	};
	const json = JSON.stringify(result, null, '\t') + '\n';
	const md = markdown(result);
	if (ONLY) {
		// A partial run is not a report: it stays out of bench/results/.
		await writeFile(join(TMP, 'only.json'), json);
	} else {
		const out = join(BENCH, 'results');
		await mkdir(out, { recursive: true });
		await writeFile(join(out, `${result.date.slice(0, 10)}.json`), json);
		await writeFile(join(out, 'latest.json'), json);
		await writeFile(join(out, 'latest.md'), md);
	}
	console.log('\n' + md);
}

/** @param {any} r */
function markdown(r) {
	const stat = (/** @type {any} */ x) => (x ? `${fmtMs(x.median)} (${fmtMs(x.min)}–${fmtMs(x.max)})` : '–');
	const x = (/** @type {number|null} */ v) => (v == null ? '–' : `${v.toFixed(2)}×`);
	const lines = [
		`# Benchmark — ${r.date}`,
		'',
		`${r.runs} cold runs per case${r.quick ? ' (quick)' : ''}, interleaved; ${r.machine.cpus} CPUs, Node ${r.machine.node}, ${r.machine.chromium}. Median (min–max).`,
		'',
		'## Pages',
		'',
		'| Case | First chart | FCP | LCP | Engine ready | Bytes before chart (JS / CSS / data / WASM / total) | Bytes total (JS / CSS / data / WASM / total) |',
		'|---|---|---|---|---|---|---|'
	];
	for (const [k, p] of Object.entries(r.pages)) {
		if (!p) continue;
		const b = p.bytesBeforeChart,
			t = p.bytesTotal;
		lines.push(
			`| ${k} | ${stat(p.chart)} | ${stat(p.fcp)} | ${stat(p.lcp)} | ${stat(p.engineReady)} | ${fmtBytes(b.js)} / ${fmtBytes(b.css)} / ${fmtBytes(b.data)} / ${fmtBytes(b.wasm)} / ${fmtBytes(b.total)} | ${fmtBytes(t.js)} / ${fmtBytes(t.css)} / ${fmtBytes(t.data)} / ${fmtBytes(t.wasm)} / ${fmtBytes(t.total)} |`
		);
	}
	lines.push(
		'',
		'## Ratios to the static floor (first chart)',
		'',
		'| Lang | Dashboard / floor | DuckDB-first baseline / floor | Baseline / dashboard |',
		'|---|---|---|---|'
	);
	for (const [lang, v] of Object.entries(r.ratios))
		lines.push(
			`| ${lang} | ${x(v.dashboardToFloor)} | ${x(v.baselineToFloor)} | ${x(v.baselineToDashboard)} |`
		);
	lines.push(
		'',
		'## Interactions and engine',
		'',
		`- Filter latency (client navigation → every chart showing rows of the new filters, painted), every navigation: ${stat(r.filterLatency)}; until every engine request is answered (the source lists under "how this was computed" included): ${stat(r.filterSettled)}; the first one (no filter → \`?from=2014&to=2021\`): ${stat(r.filterLatencyFirst)}; engine floor of that one (the six queries at once on prepared statements in the baseline page, rows converted, no navigation or rendering): ${stat(r.filterFloor)}, ratio ${x(r.filterRatio)}`,
		`- The same six queries one at a time (bare, prepared): ${Object.entries(r.filterFloorEach ?? {})
			.map(([name, v]) => `${name} ${stat(v)}`)
			.join('; ')}`,
		`- Console GROUP BY over 1,000,000 rows (best of 3 per run): bare \`conn.query\` ${stat(r.console.bare)}, the same streamed (\`conn.send\`, all batches read) ${stat(r.console.streamed)}; product console (click Run → row count in the DOM) ${stat(r.console.product)}, painted ${stat(r.console.productPainted)}; ratio ${x(r.console.ratio)}`
	);
	for (const u of r.uploads)
		lines.push(
			`- Upload ${u.rows.toLocaleString('en')} rows (${fmtBytes(u.bytes)}): DuckDB \`read_csv\` floor ${stat(u.readCsv)} (peak JS heap ${u.peakHeap ? fmtBytes(u.peakHeap.median) : '–'}); product page (file chosen → preview) ${stat(u.product)}, then keep → stored ${stat(u.productSave)} (peak JS heap ${u.productPeakHeap ? fmtBytes(u.productPeakHeap.median) : '–'}); ratio ${x(u.ratio)}`
		);
	lines.push(
		`- Critical JS of /fr/ (entry scripts, starting route nodes and their static imports, gzip -9): ${fmtBytes(r.criticalJs.gzipBytes)} in ${r.criticalJs.files} files`,
		`- Routes: ${Object.entries(r.routes)
			.map(([k, v]) => `${k} ${v ?? 'not available (route missing)'}`)
			.join('; ')}`
	);
	const d = r.pages['dashboard-fr'];
	if (d)
		lines.push(
			`- Engine start on /fr/: first .wasm request at ${stat(d.firstWasmStart)} after navigation start, FCP ${stat(d.fcp)}; byte progress indicator seen in ${d.progressRuns} of ${r.runs} runs (first at ${stat(d.progressSeen)})`
		);
	lines.push('', '## Budgets', '', '| Budget | Limit | Measured | Status |', '|---|---|---|---|');
	for (const b of r.budgets)
		lines.push(
			`| ${b.name} | ${b.limit} | ${b.value == null ? '–' : `${Number(b.value).toFixed(2)} ${b.unit}`} | ${b.status} |`
		);
	return lines.join('\n') + '\n';
}

await main();
