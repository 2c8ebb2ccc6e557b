// @ts-check
// The dataset-dashboard scenario: an uploaded history mapped on the datasets page, then opened in
// the dashboard (`/fr/?dataset=<table>`) and filtered, on the upload benchmark's CSV (1,000,000
// rows by default). The dashboard's views run the same chart specs on the dataset's own schema.
import { evaluateBudget, installFilterChanges, ratio, summarize } from '../lib.js';

/** The mapping a reader gives the benchmark's CSV (its header: see UPLOAD_HEADER in bench/lib.js). */
const MAPPING = { year: 'year', category: 'region_fr', level: 'level', winner: 'service_fr' };

/** Filters changed one after another on the opened dataset (ids are the dataset's own: `c-1`…). */
const FILTERS = ['?category=c-1', '?category=c-2', '?level=l-1', '?category=c-3&level=l-2', ''];

/**
 * Uploads `file` on the datasets page and maps it, then times in the page: the click on "open in
 * the dashboard" to the frame in which every chart frame shows rows of the dataset (`openMs`, of
 * which `openLoadMs` loading its table), each filter change to the frame in which every chart frame
 * shows rows for the new filters (`filterMs`, one per change), then a reload of the page to the
 * same frame (`reloadMs`, from navigation, of which `restoreMs` loading the table from its stored
 * form) and the bare read of that stored file into a fresh DuckDB (`bareArrowMs`).
 * @param {import('playwright-core').Browser} browser @param {string} base @param {string} file
 * @returns {Promise<{ openMs: number, openLoadMs: number | null, filterMs: number[], reloadMs: number, restoreMs: number | null, bareArrowMs: number, storedBytes: number }>}
 */
export async function datasetDashboard(browser, base, file) {
	const context = await browser.newContext({ locale: 'fr-FR' });
	try {
		const page = await context.newPage();
		await page.goto(`${base}fr/data/`);
		await page.waitForSelector('#upload-input');
		await page.setInputFiles('#upload-input', file);
		await page.waitForSelector('table[data-preview]', { timeout: 300_000 });
		await page.click('[data-keep]');
		const review = await page.waitForSelector('[data-review]', { timeout: 300_000 });
		const table = await review.getAttribute('data-review');
		for (const [role, column] of Object.entries(MAPPING))
			await page.selectOption(`[data-review-role="${role}"]`, column);
		await page.evaluate(() => document.querySelector('[data-saved]')?.remove());
		await page.click('[data-apply-mapping]');
		await page.waitForSelector('[data-saved]', { timeout: 300_000 });
		const openMs = await page.evaluate(
			(table) =>
				new Promise((resolve, reject) => {
					const t0 = performance.now();
					const tick = () => {
						const frames = [...document.querySelectorAll('[data-chart]')];
						if (
							document.querySelector(`[data-dataset="${table}"]`) &&
							frames.length > 0 &&
							frames.every((frame) => frame.getAttribute('data-filters') === '')
						)
							resolve(performance.now() - t0);
						else requestAnimationFrame(tick);
					};
					/** @type {HTMLAnchorElement} */ (document.querySelector('[data-open-dashboard]')).click();
					requestAnimationFrame(tick);
					setTimeout(() => reject(new Error('the dataset did not open in 300 s')), 300_000);
				}),
			table
		);
		const openLoadMs = await datasetLoadMs(page);
		/** @type {number[]} */
		const filterMs = [];
		await page.evaluate(installFilterChanges);
		for (const search of FILTERS)
			filterMs.push(await filterChange(page, search, /** @type {string} */ (table)));
		// After a reload the kept dataset comes back from its stored form (never a CSV re-parse).
		await page.reload();
		const reloadMs = await page.evaluate(
			(table) =>
				new Promise((resolve, reject) => {
					const tick = () => {
						const frames = [...document.querySelectorAll('[data-chart]')];
						if (
							document.querySelector(`[data-dataset="${table}"]`) &&
							frames.length > 0 &&
							frames.every((frame) => frame.getAttribute('data-filters') === '')
						)
							resolve(performance.now());
						else requestAnimationFrame(tick);
					};
					requestAnimationFrame(tick);
					setTimeout(() => reject(new Error('the dataset did not reopen in 300 s')), 300_000);
				}),
			table
		);
		const restoreMs = await datasetLoadMs(page);
		// The floor: the same stored file read into a bare DuckDB (same origin, same OPFS folder).
		await page.goto(`${base}__bench/readarrow.html?table=${table}`);
		await page.waitForFunction(() => document.documentElement.dataset.done, null, { timeout: 300_000 });
		const bare = await page.evaluate(
			() => /** @type {any} */ (window).__bench ?? { error: /** @type {any} */ (window).__benchError }
		);
		if (bare.error) throw new Error(`bare Arrow read: ${bare.error}`);
		return {
			openMs: /** @type {number} */ (openMs),
			openLoadMs,
			filterMs,
			reloadMs: /** @type {number} */ (reloadMs),
			restoreMs,
			bareArrowMs: /** @type {number} */ (bare.ms),
			storedBytes: /** @type {number} */ (bare.bytes)
		};
	} finally {
		await context.close();
	}
}

/**
 * How long the dashboard took to load the dataset's table from its stored form (the
 * `imtiaz-dataset-load` measure of `src/lib/ui/open-dataset.ts`), or null when it did not load one.
 * @param {import('playwright-core').Page} page @returns {Promise<number | null>}
 */
function datasetLoadMs(page) {
	return page.evaluate(() => performance.getEntriesByName('imtiaz-dataset-load').at(-1)?.duration ?? null);
}

/**
 * A filter change to `search` on the dataset (through the filter bar), timed from its start
 * to the frame in which every chart frame says it shows rows for those filters.
 * @param {import('playwright-core').Page} page @param {string} search @param {string} table
 * @returns {Promise<number>}
 */
function filterChange(page, search, table) {
	return page.evaluate(
		([search, table]) =>
			new Promise((resolve, reject) => {
				const t0 = performance.now();
				const tick = () => {
					const frames = [...document.querySelectorAll('[data-chart]')];
					if (frames.length > 0 && frames.every((frame) => frame.getAttribute('data-filters') === search)) {
						resolve(performance.now() - t0);
					} else requestAnimationFrame(tick);
				};
				/** @type {any} */ (window).__filterTo(`${search}${search ? '&' : '?'}dataset=${table}`);
				requestAnimationFrame(tick);
				setTimeout(() => reject(new Error(`filter ${search} not shown in 60 s`)), 60_000);
			}),
		[search, table]
	);
}

/**
 * The scenario's report rows: opening, filter, reload and restore per file size, and its budgets
 * (filter p50 on 1,000,000 rows ≤ 150 ms; the table's restore after a reload ≤ 1.5× the bare read
 * of its stored Arrow). `raw` holds the runs by case name `dataset-<rows>`.
 * @param {Record<string, any[]>} raw @param {number[]} sizes
 */
export function datasetDashboardRows(raw, sizes) {
	const rows = sizes.map((n) => {
		const runs = (raw[`dataset-${n}`] ?? []).filter((run) => run && typeof run.openMs === 'number');
		const restores = runs.filter((run) => run.restoreMs != null && run.bareArrowMs != null);
		return {
			rows: n,
			open: summarize(runs.map((run) => run.openMs)),
			filter: summarize(runs.flatMap((run) => run.filterMs)),
			reload: summarize(runs.map((run) => run.reloadMs).filter((ms) => ms != null)),
			restore: summarize(restores.map((run) => run.restoreMs)),
			bareArrow: summarize(restores.map((run) => run.bareArrowMs)),
			restoreRatio: ratio(
				summarize(restores.map((run) => run.restoreMs))?.median,
				summarize(restores.map((run) => run.bareArrowMs))?.median
			)
		};
	});
	const million = rows.find((row) => row.rows === 1_000_000);
	return {
		rows,
		budgets: [
			evaluateBudget({
				name: 'Filter change on a mapped 1,000,000-row dataset in the dashboard (p50)',
				limit: '≤ 150 ms',
				value: million?.filter?.median ?? null,
				max: 150,
				unit: 'ms'
			}),
			evaluateBudget({
				name: 'Reload of a kept 1,000,000-row dataset vs reading its stored Arrow',
				limit: '≤ 1.5×',
				value: million?.restoreRatio ?? null,
				max: 1.5,
				unit: '×'
			})
		]
	};
}
