// @ts-check
// Where a reader interacts (issue 14, points 4 and 8): filter changes timed to the paint of every
// chart showing the new filters; on a phone-class profile, a filter change and a click on a mark
// from the navigation; a second visit's engine (service worker) against the WASM's compilation.
import { evaluateBudget, installFilterChanges, ratio, summarize } from '../lib.js';
import { phoneContext } from '../phone.js';

/** Filter changes of the painted-latency case, each from the previous state: singles and combined. */
export const FILTER_STEPS = [
	'?from=2014&to=2021',
	'?from=2014&to=2021&type=ministry',
	'?from=2010',
	'?type=ministry',
	'?category=e-content',
	'?level=excellence',
	'?edition=9',
	'?category=e-content&level=excellence',
	'',
	'?from=2014&to=2021'
];

/**
 * In the page: resolves with the time (performance.now()) at which every chart frame says it
 * shows rows for `search` (`data-filters`), measured after that frame was painted (a message
 * posted from the frame's animation callback runs once the frame is rendered).
 * @param {import('playwright-core').Page} page @param {string} search @param {() => Promise<void>} act
 * @returns {Promise<{ start: number, painted: number } | null>}
 */
async function untilChartsShow(page, search, act) {
	const waiting = page.evaluate(
		(search) =>
			new Promise((resolve) => {
				const start = performance.now();
				const tick = () => {
					const frames = [...document.querySelectorAll('[data-chart]')];
					if (location.search === search && frames.every((f) => f.getAttribute('data-filters') === search)) {
						const channel = new MessageChannel();
						channel.port1.onmessage = () => resolve({ start, painted: performance.now() });
						channel.port2.postMessage(0);
					} else requestAnimationFrame(tick);
				};
				requestAnimationFrame(tick);
				setTimeout(() => resolve(null), 30_000);
			}),
		search
	);
	await act();
	return waiting;
}

/**
 * Filter changes with the engine ready: from the change's start to the paint of every chart
 * showing the new filters' rows, for each step of FILTER_STEPS.
 * @param {import('playwright-core').Browser} browser @param {string} base
 */
export async function filterPainted(browser, base) {
	const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto(base + 'fr/');
	await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
		timeout: 180_000
	});
	// The engine-ready re-query settles: every chart shows the engine's rows for no filter.
	await page.waitForFunction(
		() => document.querySelectorAll('[data-chart][data-origin="duckdb"]').length === 6
	);
	await page.waitForTimeout(500);
	await page.evaluate(installFilterChanges);
	/** @type {(number | null)[]} */
	const ms = [];
	for (const search of FILTER_STEPS) {
		// Timed from the change's start in the page, not from before the harness's round trips.
		let started = 0;
		const shown = await untilChartsShow(page, search, async () => {
			started = await page.evaluate((search) => {
				const at = performance.now();
				/** @type {any} */ (window).__filterTo(search);
				return at;
			}, search);
		});
		ms.push(shown ? shown.painted - started : null);
		// Between steps the source lists (asked after every chart's rows) settle, as a reader's pause.
		await page.waitForTimeout(300);
	}
	await context.close();
	return { ms };
}

/**
 * On the phone-class profile: from the navigation to the paint of every chart updated after a
 * filter change (`kind: 'filter'`, the filter bar's type select) or a click on a mark (`'mark'`,
 * the ministries' bar of the institution types), made as soon as the page can take it (hydrated,
 * its answers loaded), and where the engine stood then.
 * @param {import('playwright-core').Browser} browser @param {string} base @param {'filter' | 'mark'} kind
 */
export async function phoneInteraction(browser, base, kind) {
	// Service workers blocked: the first visit of a reader, its engine's files not kept yet.
	const phone = await phoneContext(browser, base, { locale: 'fr-FR', serviceWorkers: 'block' });
	const { page } = phone;
	await page.goto(phone.site(base + 'fr/'), { waitUntil: 'commit' });
	await page.waitForFunction(() => document.documentElement.dataset.answers === 'ready', null, {
		timeout: 60_000
	});
	const ready = await page.evaluate(() => performance.now());
	const act =
		kind === 'filter'
			? () =>
					page
						.locator('.filter-bar select[name="type"]')
						.selectOption('ministry')
						.then(() => {})
			: () =>
					page
						.locator('section[data-chart="institution-types"] rect.segment[data-stack="ministry"]')
						.first()
						.click();
	const shown = await untilChartsShow(page, '?type=ministry', act);
	const engine = await page.evaluate(() => document.documentElement.dataset.engine ?? 'idle');
	await phone.close();
	return { ms: shown?.painted ?? null, interactiveAt: ready, engineThen: engine };
}

/**
 * A second visit (a page of the same profile opened again), its engine's files kept by the
 * service worker: the time from the engine's start to ready, online and with the network gone,
 * against the compilation alone of the very WASM file (`WebAssembly.compile`, in the same page).
 * @param {import('playwright-core').Browser} browser @param {string} base
 */
export async function secondVisit(browser, base) {
	const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'allow' });
	const first = await context.newPage();
	await first.goto(base + 'fr/');
	await first.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
		timeout: 180_000
	});
	// Kept once the service worker has put the engine's WASM in its cache.
	await first.waitForFunction(
		async () => {
			for (const key of await caches.keys())
				if ((await (await caches.open(key)).keys()).some((r) => r.url.endsWith('.wasm'))) return true;
			return false;
		},
		null,
		{ timeout: 120_000, polling: 250 }
	);
	await first.close();
	const visit = async () => {
		const page = await context.newPage();
		await page.goto(base + 'fr/');
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
			timeout: 180_000
		});
		const m = await page.evaluate(async () => {
			const start = performance.getEntriesByName('imtiaz-engine-start')[0]?.startTime ?? null;
			const ready = performance.now();
			return { start, ready, controlled: navigator.serviceWorker.controller !== null };
		});
		return { page, ...m };
	};
	const online = await visit();
	const compileMs = await online.page.evaluate(async () => {
		const url = performance
			.getEntriesByType('resource')
			.map((e) => e.name)
			.find((name) => name.endsWith('.wasm'));
		if (!url) return null;
		const bytes = await (await fetch(url)).arrayBuffer();
		const t = performance.now();
		await WebAssembly.compile(bytes);
		return performance.now() - t;
	});
	await online.page.close();
	await context.setOffline(true);
	const offline = await visit().catch(() => null);
	await context.close();
	const bareStartMs = await bareEngineStart(browser, base);
	/** Engine start to ready, bounded above by the time since navigation when the mark is missing. */
	const span = (/** @type {{ start: number | null, ready: number } | null} */ v) =>
		v ? v.ready - (v.start ?? 0) : null;
	return {
		compileMs,
		bareStartMs,
		onlineMs: span(online),
		offlineMs: span(offline),
		controlled: online.controlled && (offline?.controlled ?? false)
	};
}

/**
 * A bare DuckDB-WASM's start with the dashboard's tables (`__bench/enginestart.html`), its files in
 * the browser's HTTP cache from a first load of the same page: a second visit's engine as bare as it
 * gets, compiled again as the product's second visit compiles it (a context of its own, so V8 has
 * kept no code of the product's visits; one of the bench's contexts keeps none from the HTTP cache).
 * @param {import('playwright-core').Browser} browser @param {string} base
 */
async function bareEngineStart(browser, base) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const start = async () => {
		const page = await context.newPage();
		await page.goto(base + '__bench/enginestart.html');
		await page.waitForFunction(() => document.documentElement.dataset.done, null, { timeout: 180_000 });
		const ms = await page.evaluate(() => /** @type {any} */ (window).__bench?.ms ?? null);
		await page.close();
		return ms;
	};
	await start();
	const ms = await start();
	await context.close();
	return ms;
}

/** The cases of this scenario, for the bench's interleaved rounds. @param {string} base */
export function interactCases(base) {
	/** @type {[string, (b: import('playwright-core').Browser) => Promise<any>][]} */
	const cases = [
		['filter-painted', (b) => filterPainted(b, base)],
		['phone-filter', (b) => phoneInteraction(b, base, 'filter')],
		['phone-mark', (b) => phoneInteraction(b, base, 'mark')],
		['second-visit', (b) => secondVisit(b, base)]
	];
	return cases;
}

/** The raw runs without this scenario's (they are not page loads: the page summaries skip them). @param {Record<string, any[]>} raw */
export function withoutInteract(raw) {
	const names = new Set(interactCases('').map(([name]) => name));
	return Object.fromEntries(Object.entries(raw).filter(([name]) => !names.has(name)));
}

/** The p-th percentile (nearest rank) of the finite values. @param {(number | null)[]} values @param {number} p */
export function percentile(values, p) {
	const xs = values
		.filter((v) => v != null && Number.isFinite(v))
		.sort((a, b) => /** @type {number} */ (a) - /** @type {number} */ (b));
	if (xs.length === 0) return null;
	return /** @type {number} */ (xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]);
}

/** The scenario's figures from the raw runs. @param {Record<string, any[]>} raw */
export function interactSummary(raw) {
	const filterMs = (raw['filter-painted'] ?? []).filter(Boolean).flatMap((r) => r.ms);
	const visits = (raw['second-visit'] ?? []).filter(Boolean);
	const compile = summarize(visits.map((v) => v.compileMs));
	const online = summarize(visits.map((v) => v.onlineMs));
	const offline = summarize(visits.map((v) => v.offlineMs));
	const bareStart = summarize(visits.map((v) => v.bareStartMs));
	return {
		filterPainted: { p50: percentile(filterMs, 50), p95: percentile(filterMs, 95), runs: filterMs.length },
		phoneFilter: summarize((raw['phone-filter'] ?? []).filter(Boolean).map((r) => r.ms)),
		phoneMark: summarize((raw['phone-mark'] ?? []).filter(Boolean).map((r) => r.ms)),
		phoneInteractiveAt: summarize(
			['phone-filter', 'phone-mark'].flatMap((k) =>
				(raw[k] ?? []).filter(Boolean).map((r) => r.interactiveAt)
			)
		),
		secondVisit: {
			compile,
			online,
			offline,
			bareStart,
			onlineRatio: ratio(online?.median, compile?.median),
			bareRatio: ratio(online?.median, bareStart?.median),
			offlineRatio: ratio(offline?.median, compile?.median),
			controlledRuns: visits.filter((v) => v.controlled).length
		}
	};
}

/** The scenario's budgets, evaluated. @param {ReturnType<typeof interactSummary>} s */
export function interactBudgets(s) {
	return [
		{
			name: 'Filter change painted, p50 (engine ready)',
			limit: '≤ 50 ms',
			value: s.filterPainted.p50,
			max: 50,
			unit: 'ms'
		},
		{
			name: 'Filter change painted, p95 (engine ready)',
			limit: '≤ 100 ms',
			value: s.filterPainted.p95,
			max: 100,
			unit: 'ms'
		},
		{
			name: 'Phone: filter change painted, from navigation',
			limit: '≤ 3000 ms',
			value: s.phoneFilter?.median ?? null,
			max: 3000,
			unit: 'ms'
		},
		{
			name: 'Phone: click on a mark painted, from navigation',
			limit: '≤ 3000 ms',
			value: s.phoneMark?.median ?? null,
			max: 3000,
			unit: 'ms'
		},
		{
			name: "Second visit: engine ready vs the WASM's compilation",
			limit: '≤ 1.5×',
			value: s.secondVisit.onlineRatio,
			max: 1.5,
			unit: '×'
		},
		{
			name: "Second visit offline: engine ready vs the WASM's compilation",
			limit: '≤ 1.5×',
			value: s.secondVisit.offlineRatio,
			max: 1.5,
			unit: '×'
		}
	].map(evaluateBudget);
}
