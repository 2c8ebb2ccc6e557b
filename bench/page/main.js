// @ts-check
// The bench-only pages, bundled at bench time by Vite: a DuckDB-first baseline of the dashboard
// (draws the chart only after DuckDB-WASM answers, as a naive build would), the bare `conn.query`
// reference of the console case, the `read_csv` floor of the upload case, the stored-Arrow floor of
// a kept dataset's reload and a bare engine's start with the dashboard's tables (a second visit's
// floor). Engine files come from the built site's own assets (their URLs are data attributes of
// <html>).
import * as duckdb from '@duckdb/duckdb-wasm';
import { chartSpecs, specById } from '../../src/lib/catalog/specs';
import { queryChart } from '../../src/lib/coordinator/queries';
import { loadTables } from '../../src/lib/data/load';

const root = document.documentElement;
/** @type {any} */
const w = window;

async function startDb() {
	const d = root.dataset;
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: String(d.mvpWasm), mainWorker: String(d.mvpWorker) },
		eh: { mainModule: String(d.ehWasm), mainWorker: String(d.ehWorker) }
	});
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(String(bundle.mainWorker)));
	await db.instantiate(bundle.mainModule);
	return { db, conn: await db.connect() };
}

/** A DuckDB-WASM holding the dashboard's tables, loaded as the site loads them. */
async function startWithTables() {
	const { db, conn } = await startDb();
	await loadTables(
		{
			registerText: (name, text) => db.registerFileText(name, text),
			exec: async (sql) => void (await conn.query(sql))
		},
		async (file) => (await fetch(`/data/${file}`)).text()
	);
	return conn;
}

/**
 * A bare DuckDB-WASM started with the dashboard's tables, timed from before its worker is made to
 * the tables loaded: what a second visit's engine does at the least once its files are cached.
 */
async function engineStart() {
	const t0 = performance.now();
	await startWithTables();
	w.__bench = { ms: performance.now() - t0 };
}

async function baseline() {
	const conn = await startWithTables();
	const participation = /** @type {import('../../src/lib/catalog/specs').ChartSpec} */ (
		specById('participation')
	);
	const rows = await queryChart(engineOver(conn), participation, {});
	// The chart's markup as the site draws it (extracted from the built page at bench time).
	const svgText = await (await fetch(String(root.dataset.svg))).text();
	const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
	document.querySelector('main')?.append(document.importNode(svg, true));
	root.dataset.rows = String(rows.length);
	w.__bench = { filterFloor: await filterFloor(conn) };
}

/**
 * The engine the dashboard's coordinator runs on: each statement with parameters prepared once.
 * @param {import('@duckdb/duckdb-wasm').AsyncDuckDBConnection} conn
 * @returns {import('../../src/lib/data/engine').SqlEngine}
 */
function engineOver(conn) {
	const statements = new Map();
	return {
		async run(sql, values) {
			if (values.length === 0) return conn.query(sql);
			if (!statements.has(sql)) statements.set(sql, await conn.prepare(sql));
			return statements.get(sql).query(...values);
		}
	};
}

/**
 * The engine floor of the filter latency: every chart spec's statement for `?from=2014&to=2021`, issued
 * at once on prepared statements (prepared by a first, untimed pass with no filter, as the
 * dashboard's does when its engine is ready), rows converted; no navigation, no rendering.
 * @param {import('@duckdb/duckdb-wasm').AsyncDuckDBConnection} conn
 */
async function filterFloor(conn) {
	const engine = engineOver(conn);
	const all = (/** @type {import('../../src/lib/data/filters').Filters} */ filters) =>
		Promise.all(chartSpecs.map((spec) => queryChart(engine, spec, filters)));
	await all({});
	const t0 = performance.now();
	await all({ from: 2014, to: 2021 });
	const ms = performance.now() - t0;
	// Each query alone, in turn, with other values (not cached by DuckDB): where the time goes.
	/** @type {Record<string, number>} */
	const each = {};
	for (const spec of chartSpecs) {
		const t = performance.now();
		await queryChart(engine, spec, { from: 2012, to: 2020 });
		each[spec.id] = performance.now() - t;
	}
	return { ms, each };
}

async function consoleQuery() {
	const { conn } = await startDb();
	await conn.query(String(root.dataset.setup));
	const sql = String(root.dataset.sql);
	const times = [];
	for (let i = 0; i < 3; i++) {
		const t0 = performance.now();
		await conn.query(sql);
		times.push(performance.now() - t0);
	}
	// The same query streamed (a pending query the console can cancel), every batch read.
	const streamed = [];
	for (let i = 0; i < 3; i++) {
		const t0 = performance.now();
		const reader = await conn.send(sql, true);
		for await (const batch of reader) void batch;
		streamed.push(performance.now() - t0);
	}
	// A SELECT * streamed until the rows of the console's first page are read (PAGE_ROWS): what
	// the console must read before its grid can show them.
	const select = String(root.dataset.select);
	const pageRows = Number(root.dataset.pageRows);
	const selectMs = [];
	for (let i = 0; i < 3; i++) {
		const t0 = performance.now();
		const reader = await conn.send(select, true);
		let rows = 0;
		for await (const batch of reader) {
			rows += batch.numRows;
			if (rows >= pageRows) break;
		}
		selectMs.push(performance.now() - t0);
	}
	w.__bench = { queryMs: times, sendMs: streamed, selectMs };
	// One streamed run on demand, for the product console's scenario to interleave with its own runs
	// in the same browser: `sql` sent, batches read until `until` rows (all when not given).
	w.__streamed = async (/** @type {string} */ text, /** @type {number} */ until = Infinity) => {
		const t0 = performance.now();
		const reader = await conn.send(text, true);
		let rows = 0;
		for await (const batch of reader) {
			rows += batch.numRows;
			if (rows >= until) break;
		}
		return performance.now() - t0;
	};
}

async function readCsv() {
	const input = /** @type {HTMLInputElement} */ (document.querySelector('input[type=file]'));
	const chosen = new Promise((r) => input.addEventListener('change', r, { once: true }));
	const { db, conn } = await startDb();
	root.dataset.ready = 'ok';
	await chosen;
	const file = /** @type {File} */ (input.files?.[0]);
	const t0 = performance.now();
	await db.registerFileHandle('upload.csv', file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
	await conn.query("CREATE TABLE upload AS SELECT * FROM read_csv('upload.csv')");
	const ms = performance.now() - t0;
	const count = Number((await conn.query('SELECT count(*)::INTEGER AS n FROM upload')).toArray()[0].n);
	w.__bench = { ms, count };
}

/**
 * The floor of a kept dataset's reload: its stored Arrow IPC file read from the site's OPFS folder
 * (same origin as the product) into a fresh DuckDB, as bare as it gets.
 */
async function readArrow() {
	const { conn } = await startDb();
	const table = String(new URLSearchParams(location.search).get('table'));
	const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('imtiaz-datasets');
	const file = await (await folder.getFileHandle(`${table}.arrow`)).getFile();
	const t0 = performance.now();
	await conn.insertArrowFromIPCStream(new Uint8Array(await file.arrayBuffer()), {
		name: 'kept',
		create: true
	});
	const ms = performance.now() - t0;
	const count = Number((await conn.query('SELECT count(*)::INTEGER AS n FROM kept')).toArray()[0].n);
	w.__bench = { ms, count, bytes: file.size };
}

const mode = root.dataset.mode;
const task =
	mode === 'baseline'
		? baseline
		: mode === 'console'
			? consoleQuery
			: mode === 'readarrow'
				? readArrow
				: mode === 'enginestart'
					? engineStart
					: readCsv;
task().then(
	() => (root.dataset.done = 'ok'),
	(e) => {
		root.dataset.done = 'error';
		w.__benchError = String(e?.message ?? e);
	}
);
