// @ts-check
// From the raw runs to the report's figures: per-page summaries, ratios to the floor, filter,
// console and upload timings, and the budgets.
import { evaluateBudget, ratio, summarize, summarizeByName } from './lib.js';

/**
 * @param {Record<string, any[]>} raw runs by case
 * @param {{ uploadFiles: { rows: number, size: number }[], routes: Record<string, string | null>, crit: { files: number, gzipBytes: number } }} ctx
 */
export function summarizeRuns(raw, { uploadFiles, routes, crit }) {
	const s = (/** @type {string} */ k, /** @type {(r: any) => number} */ get) =>
		summarize((raw[k] ?? []).map(get).filter((v) => v != null));
	const pageSummary = (/** @type {string} */ k) =>
		raw[k]?.length
			? {
					chart: s(k, (r) => r.chart),
					chartPaint: s(k, (r) => r.chartPaint),
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
			.filter((k) => !/^(readcsv|upload|console-|first-start|dataset-)/.test(k))
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
	const uploads = uploadFiles.map((f) => {
		const runs = routes.upload ? (raw[`upload-${f.rows}`] ?? []).filter(Boolean) : null;
		const readCsv = summarize((raw[`readcsv-${f.rows}`] ?? []).map((r) => r.ms).filter((v) => v != null));
		const product = runs && summarize(runs.map((r) => r.ms));
		return {
			rows: f.rows,
			bytes: f.size,
			readCsv,
			peakHeap: summarize((raw[`readcsv-${f.rows}`] ?? []).map((r) => r.peakHeap)),
			product,
			productSave: runs && summarize(runs.map((r) => r.saveMs)),
			productPeakHeap: runs && summarize(runs.map((r) => r.peakHeap)),
			ratio: ratio(product?.median, readCsv?.median)
		};
	});
	// The console's budgets compare it with the bare streamed runs taken beside it, in the same browser
	// (scenarios/console.js).
	const productRuns = (raw['console-product'] ?? []).filter(Boolean);
	const consoleSideS = summarize(productRuns.map((r) => r.streamedMs).filter((v) => v != null));
	const consoleRatio = ratio(consoleProductS?.median, consoleSideS?.median);
	const consoleSelectS = summarize(productRuns.map((r) => r.select?.ms));
	const consoleSelectBareS = summarize(productRuns.map((r) => r.select?.streamedMs).filter((v) => v != null));
	/** Dashboard (or embed) over the floor of the same profile, by the paint and by the DOM. */
	const over = (/** @type {string} */ page, /** @type {string} */ floor) => ({
		painted: ratio(pages[page]?.chartPaint?.median, pages[floor]?.chartPaint?.median),
		dom: ratio(pages[page]?.chart?.median, pages[floor]?.chart?.median)
	});
	/** @type {Record<string, any>} */
	const ratios = {};
	for (const lang of ['fr', 'ar']) {
		const b = pages[`baseline-${lang}`]?.chartPaint?.median;
		ratios[lang] = {
			dashboardToFloor: over(`dashboard-${lang}`, `floor-${lang}`).painted,
			dashboardToFloorDom: over(`dashboard-${lang}`, `floor-${lang}`).dom,
			baselineToFloor: ratio(b, pages[`floor-${lang}`]?.chartPaint?.median),
			baselineToDashboard: ratio(b, pages[`dashboard-${lang}`]?.chartPaint?.median)
		};
	}
	const phone = {
		ar: over('phone-dashboard-ar', 'phone-floor-ar'),
		fr: over('phone-dashboard-fr', 'phone-floor-fr'),
		embed: over('phone-embed-fr', 'phone-floor-fr'),
		engineReady: pages['phone-dashboard-fr']?.engineReady ?? null
	};
	const wasmBefore = Math.max(
		pages['dashboard-fr']?.bytesBeforeChart.wasm ?? NaN,
		pages['dashboard-ar']?.bytesBeforeChart.wasm ?? NaN
	);
	const fcp = pages['dashboard-fr']?.fcp?.median,
		wasmStart = pages['dashboard-fr']?.firstWasmStart?.min;
	const firstStart = summarize((raw['first-start'] ?? []).map((r) => r.ms / 1000));
	/** A budget row; a value of null (not measured in this run) is reported as "not measured". */
	const budget = (
		/** @type {string} */ name,
		/** @type {string} */ limit,
		/** @type {number | null | undefined} */ value,
		/** @type {number} */ max,
		/** @type {string} */ unit
	) => ({ name, limit, value: value ?? null, max, unit });
	// Every budget, grouped by scenario; a scenario adds its rows to its group. Budgets that no
	// scenario measures yet stay listed with a null value.
	const budgets = [
		// Page loads (scenarios/page-load.js): paint-true first chart against the static floor.
		budget('First chart painted /fr/ vs floor', '≤ 1.2×', ratios.fr.dashboardToFloor, 1.2, '×'),
		budget('First chart painted /ar/ vs floor', '≤ 1.2×', ratios.ar.dashboardToFloor, 1.2, '×'),
		budget('WASM bytes before first chart (dashboard)', '0 B', wasmBefore, 0, 'B'),
		budget('WASM bytes on embed (total)', '0 B', pages['embed-fr']?.bytesTotal.wasm, 0, 'B'),
		budget('Critical JS (dashboard, gzip)', '≤ 100 KB', crit.gzipBytes / 1024, 100, 'KB'),
		budget(
			'Engine starts after first paint: FCP − first .wasm request start (median FCP, earliest .wasm)',
			'≤ 0 ms',
			wasmStart != null && fcp != null ? -(wasmStart - fcp) : null,
			0,
			'ms'
		),
		// Phone-class profile (bench/phone.js).
		budget('Phone: first chart painted /ar/ vs floor', '≤ 1.15×', phone.ar.painted, 1.15, '×'),
		budget('Phone: first chart painted /fr/ vs floor', '≤ 1.15×', phone.fr.painted, 1.15, '×'),
		budget('Phone: first chart painted, embed vs floor', '≤ 1.15×', phone.embed.painted, 1.15, '×'),
		// Filters (dashboard-fr runs).
		budget('Filter latency p50', '≤ 50 ms', filter?.median, 50, 'ms'),
		budget('Filter latency p95', '≤ 100 ms', filter?.p95, 100, 'ms'),
		// Console (scenarios/console.js).
		budget('Console GROUP BY 1,000,000 rows vs bare streamed DuckDB', '≤ 1.2×', consoleRatio, 1.2, '×'),
		budget(
			'Console SELECT * 100,000 rows in the paged grid vs bare streamed DuckDB',
			'≤ 1.2×',
			ratio(consoleSelectS?.median, consoleSelectBareS?.median),
			1.2,
			'×'
		),
		// Uploads (scenarios/upload.js).
		...uploads.map((u) =>
			budget(
				`Upload ${u.rows.toLocaleString('en')} rows vs read_csv`,
				u.rows >= 1_000_000 ? '≤ 1.5×' : '≤ 1.3×',
				u.ratio,
				u.rows >= 1_000_000 ? 1.5 : 1.3,
				'×'
			)
		),
		budget(
			'Upload peak JS heap',
			'≤ 50 MB',
			uploads.some((u) => u.productPeakHeap)
				? Math.max(...uploads.map((u) => u.productPeakHeap?.median ?? 0)) / 1e6
				: null,
			50,
			'MB'
		),
		// First start (scenarios/first-start.js): fresh clone, `npm start` until HTTP answers.
		budget('First start (end of npm ci → npm start answering)', '≤ 120 s', firstStart?.median, 120, 's')
	].map(evaluateBudget);
	return {
		pages,
		ratios,
		filter,
		filterFirst,
		filterSettled,
		filterFloor,
		filterFloorEach,
		consoleBareS,
		consoleStreamedS,
		consoleProductS,
		consolePaintS,
		consoleSideS,
		consoleRatio,
		consoleSelectS,
		consoleSelectBareS,
		phone,
		firstStart,
		uploads,
		budgets
	};
}
