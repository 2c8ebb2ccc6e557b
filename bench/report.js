// @ts-check
// The bench's report: bench/results/{<date>,latest}.json and latest.md (a partial `--only` run
// goes to bench/tmp/only.json instead), and the Markdown it prints.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BENCH, PROJECT } from './args.js';
import { TMP } from './generate-upload.js';
import { fmtBytes, fmtMs } from './lib.js';

/** @param {any} r */
export function markdown(r) {
	const stat = (/** @type {any} */ x) => (x ? `${fmtMs(x.median)} (${fmtMs(x.min)}–${fmtMs(x.max)})` : '–');
	const x = (/** @type {number|null} */ v) => (v == null ? '–' : `${v.toFixed(2)}×`);
	const lines = [
		`# Benchmark — ${r.date}`,
		'',
		`${r.runs} cold runs per case${r.quick ? ' (quick)' : ''}, interleaved; ${r.machine.cpus} CPUs, Node ${r.machine.node}, ${r.machine.chromium}. Median (min–max).`,
		'',
		'## Pages',
		'',
		'Cases named `phone-…` run under the phone-class profile (CPU 4× slower, 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, 390 px wide). "Chart in DOM": the first frame in which the chart\'s marks exist; "chart painted": the first paint reported at or after it (the ratios use this one).',
		'',
		'| Case | Chart in DOM | Chart painted | FCP | LCP | Engine ready | Bytes of requests begun before the chart (JS / CSS / data / WASM / total) | Bytes total (JS / CSS / data / WASM / total) |',
		'|---|---|---|---|---|---|---|---|'
	];
	for (const [k, p] of Object.entries(r.pages)) {
		if (!p) continue;
		const b = p.bytesBeforeChart,
			t = p.bytesTotal;
		lines.push(
			`| ${k} | ${stat(p.chart)} | ${stat(p.chartPaint)} | ${stat(p.fcp)} | ${stat(p.lcp)} | ${stat(p.engineReady)} | ${fmtBytes(b.js)} / ${fmtBytes(b.css)} / ${fmtBytes(b.data)} / ${fmtBytes(b.wasm)} / ${fmtBytes(b.total)} | ${fmtBytes(t.js)} / ${fmtBytes(t.css)} / ${fmtBytes(t.data)} / ${fmtBytes(t.wasm)} / ${fmtBytes(t.total)} |`
		);
	}
	lines.push(
		'',
		'## Ratios to the static floor (first chart painted)',
		'',
		'| Lang | Dashboard / floor | (chart in DOM) | DuckDB-first baseline / floor | Baseline / dashboard |',
		'|---|---|---|---|---|'
	);
	for (const [lang, v] of Object.entries(r.ratios))
		lines.push(
			`| ${lang} | ${x(v.dashboardToFloor)} | ${x(v.dashboardToFloorDom)} | ${x(v.baselineToFloor)} | ${x(v.baselineToDashboard)} |`
		);
	if (r.phone)
		lines.push(
			'',
			`Phone-class profile, first chart painted over the floor under the same throttling: /ar/ ${x(r.phone.ar.painted)}, /fr/ ${x(r.phone.fr.painted)}, embed ${x(r.phone.embed.painted)} (in the DOM: ${x(r.phone.ar.dom)}, ${x(r.phone.fr.dom)}, ${x(r.phone.embed.dom)}); engine ready on /fr/ ${stat(r.phone.engineReady)} after navigation start.`
		);
	lines.push(
		'',
		'## Interactions and engine',
		'',
		`- Filter latency (filter change → every chart showing rows of the new filters, painted), every change: ${stat(r.filterLatency)}; until every engine request is answered (the source lists under "how this was computed" included): ${stat(r.filterSettled)}; the first one (no filter → \`?from=2014&to=2021\`): ${stat(r.filterLatencyFirst)}; engine floor of that one (the six queries at once on prepared statements in the baseline page, rows converted, no rendering): ${stat(r.filterFloor)}, ratio ${x(r.filterRatio)}`,
		`- The same six queries one at a time (bare, prepared): ${Object.entries(r.filterFloorEach ?? {})
			.map(([name, v]) => `${name} ${stat(v)}`)
			.join('; ')}`,
		`- Console GROUP BY over 1,000,000 rows (best of 3 per run): bare page alone, \`conn.query\` ${stat(r.console.bare)}, streamed (\`conn.send\`, all batches read) ${stat(r.console.streamed)}; bare streamed in the product's browser, each run beside a product run ${stat(r.console.side)}; product console (click Run → row count in the DOM) ${stat(r.console.product)}, painted ${stat(r.console.productPainted)}; ratio to the streamed runs beside it ${x(r.console.ratio)}`,
		`- Console \`${r.console.selectSql ?? ''}\` (100,000 rows, best of 3 per run): bare streamed in the same browser, beside each product run (\`conn.send\`, read to the console's first page) ${stat(r.console.selectBare)}; product console (click Run → first page of the grid in the DOM) ${stat(r.console.select)}; ratio ${x(r.console.selectRatio)}`
	);
	if (r.firstStart)
		lines.push(
			`- First start (fresh \`git clone\`, \`npm start\` until HTTP answers; npm ci not counted): ${r.firstStart.median.toFixed(0)} s; longest wait between two lines of its output ${r.firstStartSilence == null ? '–' : `${r.firstStartSilence.toFixed(0)} s`}`
		);
	for (const u of r.uploads)
		lines.push(
			`- Upload ${u.rows.toLocaleString('en')} rows (${fmtBytes(u.bytes)}): DuckDB \`read_csv\` floor ${stat(u.readCsv)} (peak JS heap ${u.peakHeap ? fmtBytes(u.peakHeap.median) : '–'}); product page (file chosen → preview) ${stat(u.product)}, then keep → stored ${stat(u.productSave)} (peak JS heap ${u.productPeakHeap ? fmtBytes(u.productPeakHeap.median) : '–'}); ratio ${x(u.ratio)}`
		);
	for (const d of r.datasetDashboard ?? [])
		lines.push(
			`- Kept ${d.rows.toLocaleString('en')}-row dataset in the dashboard: open (click → every view drawn) ${stat(d.open)}; filter change ${stat(d.filter)}; page reload → every view drawn ${stat(d.reload)}, of which the table's restore from its stored Arrow ${stat(d.restore)}; bare read of that Arrow ${stat(d.bareArrow)}; ratio ${x(d.restoreRatio)}`
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
	const v = r.interact?.secondVisit;
	if (v)
		lines.push(
			`- Second visit (the engine's files from the service worker's cache), engine start → ready: online ${stat(v.online)}, offline ${stat(v.offline)}; the WASM's compilation alone (\`WebAssembly.compile\`, validated lazily) ${stat(v.compile)}; a bare DuckDB-WASM started with the same tables, its files cached (\`__bench/enginestart.html\`) ${stat(v.bareStart)}, ratio online / bare ${x(v.bareRatio)}`
		);
	lines.push('', '## Budgets', '', ...budgetTable(r.budgets));
	lines.push(...failureLines(r.failures ?? []));
	return lines.join('\n') + '\n';
}

/** A measured value as the tables show it. @param {import('./lib.js').Budget} b */
function measured(b) {
	if (b.value == null || !Number.isFinite(b.value)) return '–';
	const digits = b.unit === '×' ? 2 : b.unit === 'B' || Math.abs(b.value) >= 100 ? 0 : 1;
	return `${Number(b.value).toFixed(digits)}${b.unit === '×' ? '×' : ` ${b.unit}`}`;
}

/** The budget table, every budget with its status. @param {import('./lib.js').Budget[]} budgets */
export function budgetTable(budgets) {
	return [
		'| Budget | Limit | Measured | Status |',
		'|---|---|---|---|',
		...budgets.map((b) => `| ${b.name} | ${b.limit} | ${measured(b)} | ${b.status} |`)
	];
}

export const README_START = '<!-- bench:budgets (written by npm run bench from its latest full run) -->';
export const README_END = '<!-- /bench:budgets -->';

/**
 * The README with its budget table replaced by this run's (between the two markers), or
 * unchanged when the markers are missing.
 * @param {string} readme @param {any} r
 */
export function withBudgetTable(readme, r) {
	const from = readme.indexOf(README_START);
	const to = readme.indexOf(README_END);
	if (from < 0 || to < from) return readme;
	const block = [
		README_START,
		`Latest full run: ${r.date.slice(0, 10)}, ${r.runs} runs per case, ${r.machine.cpus} CPUs.`,
		'',
		...budgetTable(r.budgets),
		''
	].join('\n');
	return readme.slice(0, from) + block + readme.slice(to);
}

/**
 * The report's "Failed runs" section: every run that still failed after its retries, so that a
 * median over fewer runs says why. Empty when every run completed.
 * @param {import('./retry.js').FailedRun[]} failures
 */
export function failureLines(failures) {
	if (failures.length === 0) return [];
	const cell = (/** @type {string} */ text) => text.replace(/\|/g, '\\|').slice(0, 200);
	return [
		'',
		'## Failed runs',
		'',
		`${failures.length} run(s) failed after every retry and are left out of the figures above.`,
		'',
		'| Case | Run | Attempts | Cause | Error |',
		'|---|---|---|---|---|',
		...failures.map(
			(f) =>
				`| ${f.case} | ${f.run} | ${f.attempts} | ${f.closed ? 'browser closed' : 'failed'} | ${cell(f.error)} |`
		)
	];
}

/** Writes the JSON and Markdown reports. @param {any} result @param {string} md @param {boolean} partial */
export async function writeReport(result, md, partial) {
	const json = JSON.stringify(result, null, '\t') + '\n';
	if (partial) {
		// A partial run is not a report: it stays out of bench/results/.
		await writeFile(join(TMP, 'only.json'), json);
		return;
	}
	const out = join(BENCH, 'results');
	await mkdir(out, { recursive: true });
	await writeFile(join(out, `${result.date.slice(0, 10)}.json`), json);
	await writeFile(join(out, 'latest.json'), json);
	await writeFile(join(out, 'latest.md'), md);
	// The README's table comes from full runs only.
	if (result.quick) return;
	const readmePath = join(PROJECT, 'README.md');
	const readme = await readFile(readmePath, 'utf8');
	const updated = withBudgetTable(readme, result);
	if (updated !== readme) await writeFile(readmePath, updated);
}
