// @ts-check
// The page-load scenario (dashboard, floor, baseline, embed, console page) and the filter
// changes timed inside the dashboard.
import { installFilterChanges, kindOf, paintAfter } from '../lib.js';
import { phoneContext } from '../phone.js';
import { PROBE, WORKER_PROBE } from '../probes.js';

/**
 * Loads a page, waits for its chart (and engine when asked), returns timings and bytes by kind.
 * @param {import('playwright-core').Browser} browser @param {string} url
 * @param {{ engine?: boolean, done?: boolean, filter?: boolean, readySelector?: string, until?: string, phone?: boolean }} opts
 */
export async function loadPage(browser, url, opts = {}) {
	// On the phone profile the site is loaded through the phone's link (bench/phone.js).
	const phone = opts.phone ? await phoneContext(browser, url, { locale: 'fr-FR' }) : null;
	const context = phone?.context ?? (await browser.newContext({ locale: 'fr-FR' }));
	const page = phone?.page ?? (await context.newPage());
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
			})().catch(() => {
				// The context closed before the request could be read (a run that failed and whose
				// browser is going away). Unawaited, this rejection would end the whole bench.
			})
		)
	);
	await page.goto(phone ? phone.site(url) : url, { waitUntil: 'load', timeout: 120_000 });
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
	// Until a paint at or after the chart's frame is reported (paint timings arrive asynchronously).
	await page
		.waitForFunction(
			() => {
				const m = /** @type {any} */ (window).__m;
				return m.paints.some((/** @type {number} */ t) => t >= m.chart);
			},
			null,
			{ timeout: 30_000 }
		)
		.catch(() => null);
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
		await page.evaluate(installFilterChanges);
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
		// Every request under way before the chart existed: a long HTML page draws its first chart
		// before the last of its bytes arrive, and a request that had only begun still competed.
		if (r.start <= chartEpoch) {
			before[r.kind] += r.bytes;
			before.total += r.bytes;
		}
		if (r.kind === 'wasm' && (firstWasmStart == null || r.start - m.origin < firstWasmStart))
			firstWasmStart = r.start - m.origin;
	}
	await (phone ? phone.close() : context.close());
	return {
		chart: m.chart,
		chartPaint: paintAfter(m.chart, m.paints),
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

/** The filters of the changes after the first one (each from the previous state). */
const FILTER_NEXT = ['?from=2014&to=2021&type=ministry', '?from=2010', '?from=2014&to=2021'];

/**
 * A filter change (language kept), timed in the page from its start to the
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
					// Requests go out in the microtasks of the change, before this frame: with
					// nothing sent (every result cached), the first frame with the new URL is the end.
					if (charts !== null && w.ids.size === 0) {
						resolve({ charts, settled: performance.now() - t0 });
					} else requestAnimationFrame(tick);
				};
				/** @type {any} */ (window).__filterTo(search);
				requestAnimationFrame(tick);
				setTimeout(() => resolve(null), 15_000);
			}),
		search
	);
}
