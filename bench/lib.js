// @ts-check
// Pure helpers of `npm run bench` (tested by tests/unit/bench.test.ts): statistics, ratios,
// budgets, and the deterministic upload generator.

/**
 * Median, 95th percentile (nearest rank), min and max.
 * @param {number[]} values @returns {{ median: number, p95: number, min: number, max: number, runs: number } | null}
 */
export function summarize(values) {
	const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (xs.length === 0) return null;
	const mid = Math.floor(xs.length / 2);
	const median = xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
	const p95 = xs[Math.ceil(0.95 * xs.length) - 1];
	return { median, p95, min: xs[0], max: xs[xs.length - 1], runs: xs.length };
}

/**
 * Summaries per name of `{ name: ms }` records (one record per run), runs without a name skipped.
 * @param {(Record<string, number> | null | undefined)[]} records
 * @returns {Record<string, ReturnType<typeof summarize>>}
 */
export function summarizeByName(records) {
	/** @type {Record<string, number[]>} */
	const values = {};
	for (const record of records)
		for (const [name, v] of Object.entries(record ?? {})) (values[name] ??= []).push(v);
	return Object.fromEntries(Object.entries(values).map(([name, v]) => [name, summarize(v)]));
}

/** @param {number | null | undefined} value @param {number | null | undefined} reference */
export function ratio(value, reference) {
	if (value == null || reference == null || !Number.isFinite(value) || !Number.isFinite(reference))
		return null;
	if (reference <= 0) return null;
	return value / reference;
}

/**
 * @typedef {{ name: string, limit: string, value: number | null, max: number, unit: string }} BudgetInput
 * @typedef {BudgetInput & { status: 'met' | 'not met' | 'not measured' }} Budget
 */

/** A budget is met when the measured value is at most `max`; no value is "not measured". @param {BudgetInput} b @returns {Budget} */
export function evaluateBudget(b) {
	const status =
		b.value == null || !Number.isFinite(b.value) ? 'not measured' : b.value <= b.max ? 'met' : 'not met';
	return { ...b, status };
}

/**
 * The paint that shows the chart: the first reported paint at or after the frame in which the
 * chart's marks exist (`chart`, a requestAnimationFrame time). Prerendered marks exist before the
 * first paint, so that is the first contentful paint; marks inserted later are painted in a later
 * largest-contentful or element-timing paint. Null when no paint was reported after the marks.
 * @param {number | null | undefined} chart @param {number[]} paints
 */
export function paintAfter(chart, paints) {
	if (chart == null) return null;
	const after = paints.filter((t) => Number.isFinite(t) && t >= chart);
	return after.length ? Math.min(...after) : null;
}

/** Request kinds of the bytes split. @param {string} url @param {string} [mime] */
export function kindOf(url, mime = '') {
	const path = url.split(/[?#]/)[0].toLowerCase();
	if (path.endsWith('.wasm') || mime.includes('wasm')) return 'wasm';
	if (/\.(m?js)$/.test(path) || mime.includes('javascript')) return 'js';
	if (path.endsWith('.css') || mime.includes('css')) return 'css';
	if (/\.(csv|json|parquet|arrow)$/.test(path) || mime.includes('csv') || mime.includes('json'))
		return 'data';
	return 'other';
}

/** mulberry32: a small seeded PRNG, identical on every machine. @param {number} seed */
export function prng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const REGIONS = [
	['Casablanca-Settat', 'الدار البيضاء سطات'],
	['Rabat-Salé-Kénitra', 'الرباط سلا القنيطرة'],
	['Fès-Meknès', 'فاس مكناس'],
	['Marrakech-Safi', 'مراكش آسفي'],
	['Tanger-Tétouan-Al Hoceïma', 'طنجة تطوان الحسيمة'],
	['Souss-Massa', 'سوس ماسة'],
	['Oriental', 'الشرق'],
	['Drâa-Tafilalet', 'درعة تافيلالت']
];
const SERVICES = [
	['Guichet électronique des permis', 'الشباك الإلكتروني للرخص'],
	['Portail de la commune', 'بوابة الجماعة'],
	['Déclaration fiscale en ligne', 'التصريح الضريبي عبر الإنترنت'],
	['Prise de rendez-vous, état civil', 'حجز المواعيد، الحالة المدنية'],
	['Suivi des réclamations « Chikaya »', 'تتبع الشكايات «شكاية»']
];
const LEVELS = ['national', 'regional', 'local'];

export const UPLOAD_HEADER = 'id,year,region_fr,region_ar,service_fr,service_ar,level,score,visits';

/** RFC 4180 quoting. @param {string} s */
const quote = (s) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/**
 * Rows of the upload benchmark's CSV, deterministic for a seed: French and Arabic text, quoted
 * fields, empty (unknown) values. About 75 bytes… 150 bytes per row.
 * @param {number} count @param {number} [seed]
 * @returns {Generator<string>}
 */
export function* uploadRows(count, seed = 7) {
	const rand = prng(seed);
	for (let i = 1; i <= count; i++) {
		const r = REGIONS[Math.floor(rand() * REGIONS.length)];
		const s = SERVICES[Math.floor(rand() * SERVICES.length)];
		const level = LEVELS[Math.floor(rand() * LEVELS.length)];
		const year = 2005 + Math.floor(rand() * 20);
		const score = rand() < 0.05 ? '' : (rand() * 100).toFixed(2);
		const visits = Math.floor(rand() * 1_000_000);
		yield [i, year, quote(r[0]), quote(r[1]), quote(s[0]), quote(s[1]), level, score, visits].join(',');
	}
}

/** @param {number} ms */
export const fmtMs = (ms) => (ms == null ? '–' : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
/** @param {number} bytes */
export const fmtBytes = (bytes) =>
	bytes == null ? '–' : bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;

/**
 * Run in the page (`page.evaluate`): defines `window.__filterTo(search)`, a filter change to the
 * filters of `search` made as a reader's is: through the dashboard's filter bar, each of its
 * selects set and the bar submitted, which hands every value to the page at once (a shallow
 * history entry, as a change of one select makes). A value the bar does not offer throws. The
 * dashboard keeps `?dataset=` itself.
 */
export function installFilterChanges() {
	/** @type {any} */ (window).__filterTo = (/** @type {string} */ search) => {
		const params = new URLSearchParams(search);
		const form = /** @type {HTMLFormElement} */ (document.querySelector('form.filter-bar'));
		for (const select of form.querySelectorAll('select')) {
			const value = params.get(select.name) ?? '';
			select.value = value;
			if (select.value !== value) throw new Error(`the filter bar offers no ${select.name}=${value}`);
		}
		form.requestSubmit();
	};
}
