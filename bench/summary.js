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
		consoleRatio,
		uploads,
		budgets
	};
}
