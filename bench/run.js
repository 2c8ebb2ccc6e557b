// @ts-check
// `npm run bench [-- --quick] [--runs N]`: measures the built site against its physical floor
// (a static page holding the same SVG) and a DuckDB-first baseline, in the system Chromium with a
// fresh profile per run, cases interleaved. Writes bench/results/{<date>,latest}.json and latest.md.
// It reports; it never fails on a time. A run that fails is retried (bench/retry.js) and, if it
// still fails, listed as failed in the report.
import { stat } from 'node:fs/promises';
import { cpus } from 'node:os';
import { basename } from 'node:path';
import { buildIfNeeded } from '../scripts/build-if-needed.js';
import { createServer } from '../scripts/serve.js';
import {
	CONSOLE_SELECT_SQL,
	CONSOLE_SETUP,
	CONSOLE_SQL,
	FIRST_START,
	ONLY,
	PHONE_RUNS,
	PROJECT,
	QUICK,
	RUNS,
	UPLOADS,
	executablePath,
	wanted
} from './args.js';
import { cold } from './browser.js';
import { generateUpload } from './generate-upload.js';
import { ratio } from './lib.js';
import { markdown, writeReport } from './report.js';
import { isTargetClosed, recordOutcome, withRetries } from './retry.js';
import { consoleBare, consoleProduct } from './scenarios/console.js';
import { firstStart } from './scenarios/first-start.js';
import { interactBudgets, interactCases, interactSummary, withoutInteract } from './scenarios/interact.js';
import { datasetDashboard, datasetDashboardRows } from './scenarios/dataset-dashboard.js';
import { loadPage } from './scenarios/page-load.js';
import { readCsvFloor, uploadProduct } from './scenarios/upload.js';
import { criticalJs, prepareSite } from './site.js';
import { summarizeRuns } from './summary.js';

/** @typedef {(browser: import('playwright-core').Browser) => Promise<any>} Case */

// A Playwright call nobody awaits any more (its run already failed) rejects once its browser
// closes; that is the failed run's business, not a reason to lose the report. Anything else still
// ends the bench.
process.on('unhandledRejection', (reason) => {
	const message = reason instanceof Error ? reason.message : String(reason);
	if (!isTargetClosed(message)) throw reason;
	console.warn(`  ignored after its run: ${message.split('\n')[0]}`);
});

async function main() {
	const started = Date.now();
	await buildIfNeeded(PROJECT);
	const site = await prepareSite();
	const { url: base, close } = await createServer({ root: site, port: 0 });
	const exists = async (/** @type {string} */ path) =>
		(await fetch(base + path.slice(1), { method: 'HEAD' })).status === 200;
	/** @type {Record<string, string | null>} */
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
	/** @type {import('./retry.js').FailedRun[]} */
	const failures = [];
	const push = (/** @type {string} */ k, /** @type {any} */ v) => (raw[k] ??= []).push(v);
	/** One run of a case in a cold browser, retried, filed under `name` or as a failure. */
	const measure = async (/** @type {string} */ name, /** @type {number} */ run, /** @type {Case} */ fn) => {
		const outcome = await withRetries(() => cold(fn), {
			onRetry: (error, n) =>
				console.warn(`  ${name} run ${run}, attempt ${n}: ${error.split('\n')[0]}; retrying`)
		});
		if (!outcome.ok) console.warn(`  ${name} run ${run}: failed after ${outcome.attempts} attempts`);
		recordOutcome(raw, failures, name, run, outcome);
	};
	/** @type {[string, Case][]} Cases of one interleaved round, each a cold browser. */
	const cases = [
		['dashboard-fr', (b) => loadPage(b, base + 'fr/', { engine: true, filter: true })],
		['floor-fr', (b) => loadPage(b, base + '__bench/floor-fr.html')],
		['baseline-fr', (b) => loadPage(b, base + '__bench/baseline-fr.html', { done: true })],
		['dashboard-ar', (b) => loadPage(b, base + 'ar/', { engine: true })],
		['floor-ar', (b) => loadPage(b, base + '__bench/floor-ar.html')],
		['baseline-ar', (b) => loadPage(b, base + '__bench/baseline-ar.html', { done: true })]
	];
	const { embed, console: consoleRoute, upload } = routes;
	if (embed) cases.push(['embed-fr', (b) => loadPage(b, base + embed.slice(1))]);
	if (consoleRoute)
		cases.push([
			'console-page',
			(b) =>
				loadPage(b, base + consoleRoute.slice(1), {
					readySelector: '.editor[data-ready="true"] .cm-content',
					until: '.console[data-status="ready"]'
				})
		]);
	cases.push(...interactCases(base));
	for (let run = 1; run <= RUNS; run++) {
		for (const [name, fn] of cases.filter(([name]) => wanted(name))) await measure(name, run, fn);
		if (wanted('console-bare'))
			await measure('console-bare', run, async (b) => {
				const ms = await consoleBare(b, base, push);
				if (ms == null) throw new Error('the bare console page gave no timing');
				return ms;
			});
		if (consoleRoute && wanted('console-product'))
			await measure('console-product', run, (b) => consoleProduct(b, base + consoleRoute.slice(1)));
		console.log(`  round ${run}/${RUNS} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
	}
	/** @type {[string, Case][]} The phone-class profile: the same pages, throttled. */
	const phoneCases = [
		['phone-dashboard-fr', (b) => loadPage(b, base + 'fr/', { engine: true, phone: true })],
		['phone-floor-fr', (b) => loadPage(b, base + '__bench/floor-fr.html', { phone: true })],
		['phone-dashboard-ar', (b) => loadPage(b, base + 'ar/', { phone: true })],
		['phone-floor-ar', (b) => loadPage(b, base + '__bench/floor-ar.html', { phone: true })]
	];
	if (embed) phoneCases.push(['phone-embed-fr', (b) => loadPage(b, base + embed.slice(1), { phone: true })]);
	for (let run = 1; run <= PHONE_RUNS; run++) {
		for (const [name, fn] of phoneCases.filter(([name]) => wanted(name))) await measure(name, run, fn);
		console.log(`  phone round ${run}/${PHONE_RUNS} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
	}
	const uploadRuns = Math.min(RUNS, 3);
	for (let run = 1; run <= uploadRuns; run++) {
		for (const f of uploadFiles) {
			if (upload && wanted(`upload-${f.rows}`))
				await measure(`upload-${f.rows}`, run, (b) => uploadProduct(b, base + upload.slice(1), f.path));
			if (wanted(`readcsv-${f.rows}`))
				await measure(`readcsv-${f.rows}`, run, (b) => readCsvFloor(b, base, f.path));
			if (upload && wanted(`dataset-${f.rows}`))
				await measure(`dataset-${f.rows}`, run, (b) => datasetDashboard(b, base, f.path));
		}
	}
	await close();
	// Last, alone on the machine: a whole build.
	if (FIRST_START && wanted('first-start')) {
		console.log('  first start: fresh clone, npm start…');
		// No browser here: the case times a server.
		const outcome = await withRetries(firstStart, { retries: 1 });
		if (outcome.ok)
			console.log(
				`  first start: ${(outcome.value.ms / 1000).toFixed(0)} s, ${outcome.value.lines} lines of progress`
			);
		else console.warn(`  first start failed: ${outcome.error.split('\n')[0]}`);
		if (outcome.ok) delete outcome.value.output;
		recordOutcome(raw, failures, 'first-start', 1, outcome);
	}

	const crit = await criticalJs('fr');
	const sum = summarizeRuns(withoutInteract(raw), { uploadFiles, routes, crit });
	const interact = interactSummary(raw);
	const datasets = datasetDashboardRows(
		raw,
		uploadFiles.map((f) => f.rows)
	);
	const result = {
		date: new Date().toISOString(),
		quick: QUICK,
		runs: RUNS,
		machine: { cpus: cpus().length, node: process.version, chromium: basename(executablePath) },
		routes,
		pages: sum.pages,
		ratios: sum.ratios,
		filterLatency: sum.filter,
		filterLatencyFirst: sum.filterFirst,
		filterSettled: sum.filterSettled,
		filterFloor: sum.filterFloor,
		filterRatio: ratio(sum.filterFirst?.median, sum.filterFloor?.median),
		filterFloorEach: sum.filterFloorEach,
		console: {
			setup: CONSOLE_SETUP,
			sql: CONSOLE_SQL,
			bare: sum.consoleBareS,
			streamed: sum.consoleStreamedS,
			side: sum.consoleSideS,
			product: sum.consoleProductS,
			productPainted: sum.consolePaintS,
			ratio: sum.consoleRatio,
			selectSql: CONSOLE_SELECT_SQL,
			selectBare: sum.consoleSelectBareS,
			select: sum.consoleSelectS,
			selectRatio: ratio(sum.consoleSelectS?.median, sum.consoleSelectBareS?.median)
		},
		phone: sum.phone,
		firstStart: sum.firstStart,
		firstStartSilence: raw['first-start']?.[0] ? raw['first-start'][0].longestSilenceMs / 1000 : null,
		uploads: sum.uploads,
		datasetDashboard: datasets.rows,
		criticalJs: crit,
		interact,
		budgets: [...sum.budgets, ...interactBudgets(interact), ...datasets.budgets],
		failures,
		durationSec: Math.round((Date.now() - started) / 1000),
		raw
	};
	const md = markdown(result);
	await writeReport(result, md, ONLY != null);
	console.log('\n' + md);
}

await main();
