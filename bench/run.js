// @ts-check
// `npm run bench [-- --quick] [--runs N]`: measures the built site against its physical floor
// (a static page holding the same SVG) and a DuckDB-first baseline, in the system Chromium with a
// fresh profile per run, cases interleaved. Writes bench/results/{<date>,latest}.json and latest.md.
// It reports; it never fails on a time.
import { mkdir, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { buildIfNeeded } from '../scripts/build-if-needed.js';
import { createServer } from '../scripts/serve.js';
import { generateUpload, TMP } from './generate-upload.js';
import { evaluateBudget, fmtBytes, fmtMs, kindOf, ratio, summarize } from './lib.js';

const BENCH = dirname(fileURLToPath(import.meta.url));
const PROJECT = join(BENCH, '..');
const QUICK = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const runsArg = process.argv.indexOf('--runs');
const RUNS = Number(runsArg > 0 ? process.argv[runsArg + 1] : (process.env.BENCH_RUNS ?? (QUICK ? 3 : 7)));
const UPLOADS = QUICK ? [100_000] : [100_000, 1_000_000];
const CONSOLE_SQL = 'SELECT k, count(*) AS n, sum(v) AS s, avg(v) AS a FROM t GROUP BY k ORDER BY k';
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
	const m = (window.__m = { fcp: null, lcp: null, element: null, chart: null, engine: null });
	try {
		new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') m.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
		new PerformanceObserver((l) => { for (const e of l.getEntries()) m.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
		new PerformanceObserver((l) => { for (const e of l.getEntries()) if (m.element == null) m.element = e.renderTime || e.loadTime; }).observe({ type: 'element', buffered: true });
	} catch {}
	const tick = (t) => {
		if (m.chart == null) {
			const svg = document.querySelector('svg.grouped-bars');
			if (svg && svg.getBoundingClientRect().width > 0) m.chart = t;
		}
		if (m.engine == null && document.documentElement.dataset.engine === 'ready') m.engine = performance.now();
		if (m.chart == null || m.engine == null) requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
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
		const svg = html.match(/<svg[^>]*class="chart grouped-bars"[\s\S]*?<\/svg>/)?.[0];
		if (!svg) throw new Error(`no chart SVG in build/${lang}/index.html`);
		const css = (html.match(/<link[^>]*rel="stylesheet"[^>]*>/g) ?? [])
			.map((l) => l.replace(/href="\.\.\//, 'href="/'))
			.join('');
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
		`<!doctype html><html lang="en" data-mode="console" data-sql="${CONSOLE_SQL}" ${engineAttrs}><head><meta charset="utf-8"><title>console</title><script type="module" src="/__bench/js/bench.js"></script></head><body></body></html>`
	);
	await writeFile(
		join(site, '__bench', 'readcsv.html'),
		`<!doctype html><html lang="en" data-mode="readcsv" ${engineAttrs}><head><meta charset="utf-8"><title>read_csv</title><script type="module" src="/__bench/js/bench.js"></script></head><body><input type="file" accept=".csv"></body></html>`
	);
	return site;
}

/** The JS a dashboard needs before its first chart: modulepreload + module scripts of the HTML, gzip. */
async function criticalJs(lang) {
	const html = await readFile(join(PROJECT, 'build', lang, 'index.html'), 'utf8');
	const refs = new Set();
	for (const m of html.matchAll(
		/<link[^>]*href="([^"]+\.js)"[^>]*rel="modulepreload"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g
	))
		refs.add(m[1] ?? m[2]);
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) refs.add(m[1]);
	let gz = 0;
	for (const ref of refs) {
		const file = join(PROJECT, 'build', lang, ref);
		const text = await readFile(file).catch(() => null);
		if (text) gz += gzipSync(text, { level: 9 }).length;
	}
	// Inline scripts travel in the HTML; count them too.
	for (const m of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) gz += gzipSync(m[1]).length;
	return { files: refs.size, gzipBytes: gz };
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
 * @param {{ engine?: boolean, done?: boolean, filter?: boolean }} opts
 */
async function loadPage(browser, url, opts = {}) {
	const context = await browser.newContext({ locale: 'fr-FR' });
	const page = await context.newPage();
	await page.addInitScript(PROBE);
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
	await page.waitForFunction(() => /** @type {any} */ (window).__m.chart != null, null, { timeout: 120_000 });
	if (opts.engine)
		await page
			.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, { timeout: 180_000 })
			.catch(() => null);
	if (opts.done)
		await page.waitForFunction(() => document.documentElement.dataset.done, null, { timeout: 180_000 });
	await page.waitForTimeout(300);
	const m = await page.evaluate(() => ({
		.../** @type {any} */ (window).__m,
		origin: performance.timeOrigin
	}));
	let filterMs = null;
	if (opts.filter && m.engine != null) filterMs = await filterLatency(page);
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
		engine: m.engine,
		bytes,
		before,
		firstWasmStart,
		filterMs
	};
}

/** Client navigation to a filtered URL (language kept) → every chart re-queried by DuckDB. @param {import('playwright-core').Page} page */
async function filterLatency(page) {
	return page.evaluate(
		() =>
			new Promise((resolve) => {
				const charts = [...document.querySelectorAll('[data-chart]')];
				const touched = new Set();
				const obs = new MutationObserver((records) => {
					for (const r of records) for (const c of charts) if (c.contains(r.target)) touched.add(c);
					if (
						touched.size === charts.length &&
						charts.every((c) => c.getAttribute('data-origin') === 'duckdb')
					) {
						obs.disconnect();
						requestAnimationFrame(() => resolve(performance.now() - t0));
					}
				});
				obs.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
				const a = document.createElement('a');
				a.href = `${location.pathname}?from=2014&to=2021`;
				document.body.append(a);
				const t0 = performance.now();
				a.click();
				setTimeout(() => resolve(null), 15_000);
			})
	);
}

/** @param {import('playwright-core').Browser} browser @param {string} base */
async function consoleBare(browser, base) {
	const page = await browser.newPage();
	await page.goto(base + '__bench/console.html');
	await page.waitForFunction(() => document.documentElement.dataset.done, null, { timeout: 180_000 });
	const r = await page.evaluate(
		() => /** @type {any} */ (window).__bench ?? { error: /** @type {any} */ (window).__benchError }
	);
	await page.close();
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
	let peak = 0;
	let sampling = true;
	const sampler = (async () => {
		while (sampling) {
			const { metrics } = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] }));
			const heap = metrics.find((x) => x.name === 'JSHeapUsedSize')?.value ?? 0;
			peak = Math.max(peak, heap);
			await new Promise((r) => setTimeout(r, 100));
		}
	})();
	await page.setInputFiles('input[type=file]', file);
	await page.waitForFunction(() => document.documentElement.dataset.done, null, { timeout: 300_000 });
	sampling = false;
	await sampler;
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
			? [['console-page', (b) => loadPage(b, base + routes.console.slice(1), { engine: true })]]
			: [])
	];
	for (let run = 1; run <= RUNS; run++) {
		for (const [name, fn] of cases) {
			const r = await cold(/** @type {any} */ (fn)).catch((e) => ({ error: String(e?.message ?? e) }));
			if (r.error) console.warn(`  ${name} run ${run}: ${r.error}`);
			else push(name, r);
		}
		push('console-bare', await cold((b) => consoleBare(b, base)).catch(() => null));
		console.log(`  round ${run}/${RUNS} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
	}
	const uploadRuns = QUICK ? Math.min(RUNS, 3) : 3;
	for (let run = 1; run <= uploadRuns; run++) {
		for (const f of uploadFiles)
			push(
				`readcsv-${f.rows}`,
				await cold((b) => readCsvFloor(b, base, f.path)).catch((e) => {
					console.warn(`  read_csv ${f.rows}: ${e?.message ?? e}`);
					return { ms: null, peakHeap: null };
				})
			);
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
			.filter((k) => !k.startsWith('readcsv') && k !== 'console-bare')
			.map((k) => [k, pageSummary(k)])
	);
	const filter = s('dashboard-fr', (r) => r.filterMs);
	const consoleBareS = summarize((raw['console-bare'] ?? []).filter((v) => v != null));
	const uploads = uploadFiles.map((f) => ({
		rows: f.rows,
		bytes: f.size,
		readCsv: summarize((raw[`readcsv-${f.rows}`] ?? []).map((r) => r.ms).filter((v) => v != null)),
		peakHeap: summarize((raw[`readcsv-${f.rows}`] ?? []).map((r) => r.peakHeap)),
		product: routes.upload ? 'route present: product driver not yet written' : 'not available (route missing)'
	}));
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
		{ name: 'Console vs bare DuckDB', limit: '≤ 1.2×', value: null, max: 1.2, unit: '×' },
		{ name: 'Upload vs read_csv', limit: '≤ 1.5×', value: null, max: 1.5, unit: '×' },
		{
			name: 'First .wasm request starts after FCP (ms after FCP, earliest run)',
			limit: '≥ 0 ms',
			value: wasmStart != null && fcp != null ? -(wasmStart - fcp) : null,
			max: 0,
			unit: 'ms (FCP − first .wasm start)'
		}
	].map(evaluateBudget);
	const result = {
		date: new Date().toISOString(),
		quick: QUICK,
		runs: RUNS,
		machine: {
			cpus: (await import('node:os')).cpus().length,
			node: process.version,
			chromium: executablePath
		},
		routes,
		pages,
		ratios,
		filterLatency: filter,
		console: {
			sql: CONSOLE_SQL,
			bare: consoleBareS,
			product: routes.console
				? 'route present: product driver not yet written'
				: 'not available (route missing)'
		},
		uploads,
		criticalJs: crit,
		budgets,
		durationSec: Math.round((Date.now() - started) / 1000),
		raw
	};
	const out = join(BENCH, 'results');
	await mkdir(out, { recursive: true });
	const json = JSON.stringify(result, null, '\t') + '\n';
	await writeFile(join(out, `${result.date.slice(0, 10)}.json`), json);
	await writeFile(join(out, 'latest.json'), json);
	const md = markdown(result);
	await writeFile(join(out, 'latest.md'), md);
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
		'| Case | First chart | FCP | LCP | Engine ready | Bytes before chart (JS / CSS / data / WASM / total) | Bytes total (JS / WASM / total) |',
		'|---|---|---|---|---|---|---|'
	];
	for (const [k, p] of Object.entries(r.pages)) {
		if (!p) continue;
		const b = p.bytesBeforeChart,
			t = p.bytesTotal;
		lines.push(
			`| ${k} | ${stat(p.chart)} | ${stat(p.fcp)} | ${stat(p.lcp)} | ${stat(p.engineReady)} | ${fmtBytes(b.js)} / ${fmtBytes(b.css)} / ${fmtBytes(b.data)} / ${fmtBytes(b.wasm)} / ${fmtBytes(b.total)} | ${fmtBytes(t.js)} / ${fmtBytes(t.wasm)} / ${fmtBytes(t.total)} |`
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
		`- Filter latency (client navigation to \`?from=2014&to=2021\` → every chart re-queried): ${stat(r.filterLatency)}`,
		`- Console GROUP BY over 1,000,000 rows, bare \`conn.query\` (best of 3 per run): ${stat(r.console.bare)}; product console: ${r.console.product}`
	);
	for (const u of r.uploads)
		lines.push(
			`- Upload ${u.rows.toLocaleString('en')} rows (${fmtBytes(u.bytes)}): DuckDB \`read_csv\` floor ${stat(u.readCsv)}, peak page JS heap ${u.peakHeap ? fmtBytes(u.peakHeap.median) : '–'}; product: ${u.product}`
		);
	lines.push(
		`- Critical JS of /fr/ (modulepreload + entry, gzip -9): ${fmtBytes(r.criticalJs.gzipBytes)} in ${r.criticalJs.files} files`,
		`- Routes: ${Object.entries(r.routes)
			.map(([k, v]) => `${k} ${v ?? 'not available (route missing)'}`)
			.join('; ')}`
	);
	lines.push('', '## Budgets', '', '| Budget | Limit | Measured | Status |', '|---|---|---|---|');
	for (const b of r.budgets)
		lines.push(
			`| ${b.name} | ${b.limit} | ${b.value == null ? '–' : `${Number(b.value).toFixed(2)} ${b.unit}`} | ${b.status} |`
		);
	return lines.join('\n') + '\n';
}

await main();
