import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y';
import { clean, cleanLog, closeBrowser, launchBrowser, newSession, openPage } from './browser';
import { consoleReady, gridCells, queryInConsole, typeQuery } from './console-page';

const require = createRequire(import.meta.url);

beforeAll(launchBrowser);
afterAll(closeBrowser);

describe('SQL console', () => {
	it('runs a typed query, shows errors with their position, cancels, exports, and stays on our origin', async () => {
		const session = await newSession({ acceptDownloads: true });
		const { page, log } = await openPage(session, '/en/sql/');
		await consoleReady(page);

		// The schema browser lists the tables with their row counts, read from the engine.
		const schema = await page.textContent('[data-testid="schema"]');
		for (const table of ['editions', 'winners', 'categories', 'institutions', 'sources'])
			expect(schema).toContain(table);

		// A typed query, run with Ctrl+Enter: its answer is read from the grid.
		await typeQuery(page, 'SELECT edition, year FROM editions WHERE edition <= 3 ORDER BY edition');
		await page.keyboard.press('Control+Enter');
		await page.waitForSelector('[data-testid="result-grid"]');
		const cells = await gridCells(page);
		expect(cells.map((row) => row[0])).toEqual(['1', '2', '3']);
		expect(Number(cells[1][1])).toBe(Number(cells[0][1]) + 1);
		expect(await page.getAttribute('[data-testid="result-summary"]', 'data-rows')).toBe('3');

		// An error: DuckDB's message, its position named and highlighted in the editor.
		await typeQuery(page, 'SELECT edition,\n  no_such_column\nFROM editions');
		await page.click('[data-action="run"]');
		await page.waitForSelector('[data-testid="sql-error"]');
		expect(await page.textContent('[data-testid="sql-error"] pre')).toContain('no_such_column');
		expect(await page.getAttribute('[data-testid="sql-error"] .where', 'data-line')).toBe('2');
		expect(await page.getAttribute('[data-testid="sql-error"] .where', 'data-column')).toBe('3');
		expect(await page.textContent('.cm-sql-error')).toBe('no_such_column');

		// A refused statement never reaches the engine and says why.
		await typeQuery(page, "SELECT * FROM read_csv('https://example.com/x.csv')");
		await page.click('[data-action="run"]');
		await page.waitForSelector('[data-testid="sql-error"]');
		expect(await page.textContent('[data-testid="sql-error"] pre')).toMatch(/disabled by configuration/);
		await typeQuery(page, 'INSTALL httpfs');
		await page.click('[data-action="run"]');
		await page.waitForFunction(() =>
			document.querySelector('[data-testid="sql-error"] pre')?.textContent?.includes('not allowed')
		);

		// A long query is stopped with the Stop button, and the console answers the next one.
		await typeQuery(page, 'SELECT count(*) FROM range(10000000000) a');
		await page.click('[data-action="run"]');
		await page.waitForSelector('.console[data-status="running"]');
		await page.click('[data-action="cancel"]');
		await page.waitForSelector('.console[data-status="ready"]', { timeout: 10_000 });
		expect(await page.textContent('.status')).toContain('stopped');
		await typeQuery(page, 'SELECT count(*)::INTEGER AS n FROM winners');
		await page.click('[data-action="run"]');
		await page.waitForSelector('[data-testid="result-grid"]');
		expect(Number((await gridCells(page))[0][0])).toBeGreaterThan(0);

		// Export as CSV and read the file back: a formula-like cell is neutralised.
		await typeQuery(page, "SELECT '=1+1' AS formula, 42 AS answer");
		await page.click('[data-action="run"]');
		await page.waitForSelector('[data-export="csv"]');
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="csv"]')]);
		const text = (await readFile((await download.path())!, 'utf8')).replace(/^\ufeff/, '');
		expect(text.trim().split(/\r\n/)).toEqual(['formula,answer', "'=1+1,42"]);

		// A result larger than a page is paged: the DOM never holds more than a page of rows.
		await typeQuery(page, 'SELECT range AS i FROM range(1000000)');
		await page.click('[data-action="run"]');
		await page.waitForSelector('[data-action="more"]');
		expect(await page.$$eval('[data-testid="result-grid"] tbody tr', (rows) => rows.length)).toBe(100);
		expect(await page.getAttribute('[data-testid="result-summary"]', 'data-rows')).toBe('10000');
		// The next page shows rows 101–200 (converted from the result's batches only when shown).
		await page.click('.pager button:last-child');
		await page.waitForFunction(
			() => document.querySelector('[data-testid="result-grid"] tbody td.rownum')?.textContent === '101'
		);
		expect((await gridCells(page))[0]).toEqual(['100']);
		// "Load more" reads the next 10,000 rows; the grid stays on its page.
		await page.click('[data-action="more"]');
		await page.waitForSelector('[data-testid="result-summary"][data-rows="20000"]');
		expect((await gridCells(page))[99]).toEqual(['199']);

		// One DuckDB on this page, the console's own: the dashboard's engine is not started beside it.
		expect(page.workers().filter((worker) => worker.url().includes('duckdb-browser'))).toHaveLength(1);
		expect(await page.getAttribute('html', 'data-engine')).toBeNull();

		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it('exports a result as Parquet, loading parquet-wasm from our own site only on that click', async () => {
		const session = await newSession({ acceptDownloads: true });
		const { page, log } = await openPage(session, '/en/sql/');
		await consoleReady(page);
		await typeQuery(
			page,
			"SELECT * FROM (VALUES (1::BIGINT, 'وزارة الاقتصاد', 2.5::DOUBLE), (9007199254740993::BIGINT, NULL, NULL)) t(id, name, score)"
		);
		await page.click('[data-action="run"]');
		await page.waitForSelector('[data-export="parquet"]');
		// Nothing of parquet-wasm is downloaded until the reader asks for Parquet.
		expect(log.requests.filter((url) => /parquet/i.test(url))).toEqual([]);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.click('[data-export="parquet"]')
		]);
		expect(download.suggestedFilename()).toBe('imtiaz-query.parquet');
		const bytes = new Uint8Array(await readFile((await download.path())!));
		expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('PAR1');
		expect(new TextDecoder().decode(bytes.slice(-4))).toBe('PAR1');
		expect(bytes.length).toBeGreaterThan(100);
		expect(bytes.length).toBeLessThan(10_000);
		// Read it back: the values and the BIGINT type survive (2^53 + 1 stays exact).
		const parquet = await import('parquet-wasm/esm');
		await parquet.default({
			module_or_path: new Uint8Array(await readFile(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')))
		});
		const { tableFromIPC } = await import('apache-arrow');
		const table = tableFromIPC(parquet.readParquet(bytes).intoIPCStream());
		expect(table.toArray().map((row) => ({ ...row.toJSON() }))).toEqual([
			{ id: 1n, name: 'وزارة الاقتصاد', score: 2.5 },
			{ id: 9007199254740993n, name: null, score: null }
		]);
		// The wasm came from our own site (the log fails on any other origin).
		expect(log.requests.some((url) => url.endsWith('.wasm') && /parquet/.test(url))).toBe(true);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it('keeps a searchable history of runs across a reload, loads an entry, and clears it', async () => {
		const session = await newSession();
		const { page, log } = await openPage(session, '/fr/sql/');
		await consoleReady(page);
		await typeQuery(page, 'SELECT count(*)::INTEGER AS n FROM winners');
		await page.click('[data-action="run"]');
		await page.waitForSelector('[data-testid="result-grid"]');
		await typeQuery(page, 'SELECT no_such_column FROM editions');
		await page.click('[data-action="run"]');
		await page.waitForSelector('[data-testid="sql-error"]');
		await page.waitForFunction(() => document.querySelectorAll('[data-history-id]').length === 2);

		await page.reload();
		await consoleReady(page);
		await page.waitForFunction(() => document.querySelectorAll('[data-history-id]').length === 2);
		const entries = await page.$$eval('[data-history-id] code', (codes) =>
			codes.map((code) => code.textContent)
		);
		// Newest first, with the outcome of each run.
		expect(entries).toEqual([
			'SELECT no_such_column FROM editions',
			'SELECT count(*)::INTEGER AS n FROM winners'
		]);
		expect(await page.textContent('[data-history-id] .meta')).toContain('erreur');
		expect(await axeViolations(page)).toEqual([]);

		// Search keeps the matching run only; a click (or Enter) loads it into the editor.
		await page.fill('[data-testid="history-search"]', 'WINNERS');
		await page.waitForFunction(() => document.querySelectorAll('[data-history-id]').length === 1);
		await page.focus('[data-history-id]');
		await page.keyboard.press('Enter');
		expect(await page.textContent('.cm-content')).toBe('SELECT count(*)::INTEGER AS n FROM winners');

		// Clearing asks first; "keep" keeps, "yes" clears, and the empty history survives a reload.
		await page.click('[data-action="history-clear"]');
		await page.click('[data-action="history-clear-no"]');
		expect(await page.$$('[data-history-id]')).toHaveLength(1);
		await page.click('[data-action="history-clear"]');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe(
			'history-clear-yes'
		);
		await page.keyboard.press('Enter');
		await page.waitForSelector('[data-testid="history-empty"]');
		await page.reload();
		await consoleReady(page);
		await page.waitForSelector('[data-testid="history-empty"]');
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	}, 180_000);

	it('draws a quick chart of a result as bars or a line, mirrored in Arabic', async () => {
		const session = await newSession();
		const { page, log } = await openPage(session, '/ar/sql/');
		await consoleReady(page);
		await typeQuery(
			page,
			"SELECT 'E' || edition AS label, (edition * 2)::INTEGER AS v FROM editions WHERE edition <= 4 ORDER BY edition"
		);
		await page.click('[data-action="run"]');
		await page.waitForSelector('[data-testid="quick-chart"]');
		await page.check('[data-chart-kind="bars"]');
		await page.waitForSelector('[data-chart="bars"] svg[role="img"]');
		const bars = await page.$$eval('[data-chart="bars"] rect.bar', (rects) =>
			rects.map((rect) => ({ x: Number(rect.getAttribute('x')), value: rect.getAttribute('data-value') }))
		);
		expect(bars.map((bar) => bar.value)).toEqual(['2', '4', '6', '8']);
		// Arabic: the first row stands on the right.
		expect(bars[0].x).toBeGreaterThan(bars[3].x);
		expect(await page.getAttribute('[data-chart="bars"] svg', 'aria-labelledby')).toBeTruthy();
		expect(await page.textContent('[data-chart="bars"] svg title')).toBe('v حسب label');

		await page.check('[data-chart-kind="line"]');
		await page.waitForSelector('[data-chart="line"] svg');
		expect(await page.$$('[data-chart="line"] circle.point')).toHaveLength(4);
		expect(await page.$$('[data-chart="line"] path.segment')).toHaveLength(1);
		expect(await axeViolations(page)).toEqual([]);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it("refuses SQL over 100 KB in the reader's language, running nothing", async () => {
		const session = await newSession();
		const { page } = await openPage(session, '/en/sql/');
		await consoleReady(page);
		await page.evaluate(() => {
			const content = document.querySelector('.cm-content') as HTMLElement;
			content.focus();
		});
		await page.keyboard.press('Control+A');
		await page.keyboard.insertText(`SELECT '${'x'.repeat(110 * 1024)}' AS big`);
		await page.click('[data-action="run"]');
		await page.waitForSelector('[data-testid="sql-error"]');
		expect(await page.textContent('[data-testid="sql-error"] pre')).toMatch(/at most 100 KB/);
		expect(await page.$('[data-testid="result-grid"]')).toBeNull();
		await session.close();
	});

	it('keeps working, and says so, when the browser offers no IndexedDB', async () => {
		const session = await newSession();
		await session.context.addInitScript(() =>
			Object.defineProperty(window, 'indexedDB', { value: undefined })
		);
		const { page, log } = await openPage(session, '/en/sql/');
		await consoleReady(page);
		expect(await page.textContent('[data-testid="history-unavailable"]')).toContain('IndexedDB unavailable');
		await typeQuery(page, 'SELECT 1 AS one');
		await page.click('[data-action="run"]');
		await page.waitForSelector('[data-testid="result-grid"]');
		// The run is still listed for this visit.
		await page.waitForSelector('[data-history-id]');
		expect(await page.textContent('[data-history-id] code')).toBe('SELECT 1 AS one');
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it('a shared link fills the editor and waits for Run', async () => {
		const session = await newSession();
		const sql = 'SELECT 7 * 6 AS answer';
		const { page, log } = await openPage(session, `/fr/sql/#q=${encodeURIComponent(sql)}`);
		await consoleReady(page);
		expect(await page.textContent('.cm-content')).toBe(sql);
		// Nothing ran: the grid is empty until the reader clicks Run.
		expect(await page.$('[data-testid="result-grid"]')).toBeNull();
		expect(await page.$('[data-testid="result-empty"]')).not.toBeNull();
		await page.click('[data-action="run"]');
		await page.waitForSelector('[data-testid="result-grid"]');
		expect(await gridCells(page)).toEqual([['42']]);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it('shows every column of a result by position, also two columns of the same name', async () => {
		const session = await newSession();
		const { page, log } = await openPage(session, '/en/sql/');
		const cells = await queryInConsole(page, "SELECT 1 AS a, 2 AS a, NULL AS b, 'x' AS a");
		expect(cells).toEqual([['1', '2', 'NULL', 'x']]);
		// Each column's own type, not the last column of the same name's (Arrow's schema gives that).
		const types = await page.$$eval('[data-testid="result-grid"] thead .type', (spans) =>
			spans.map((span) => span.textContent)
		);
		expect([types[0], types[1], types[3]]).toEqual(['Int32', 'Int32', 'Utf8']);
		// Each cell's classes (alignment, the muted NULL), as the grid's styles read them.
		const classes = await page.$$eval('[data-testid="result-grid"] tbody td', (tds) =>
			tds.map((td) => [...td.classList])
		);
		expect(classes[0]).toEqual(['rownum']);
		expect(classes[1]).toEqual(['numeric']);
		expect(classes[2]).toEqual(['numeric']);
		expect(classes[3]).toContain('null');
		expect(classes[4]).toEqual([]);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it('posts a new query before the page clears the last result, whose rows were not all read', async () => {
		const session = await newSession();
		// Each query posted to DuckDB's worker, with whether the last result's grid was still shown.
		await session.context.addInitScript(() => {
			const posted: { type: unknown; gridShown: boolean }[] = [];
			Object.assign(window, { __posted: posted });
			const post = Worker.prototype.postMessage as (this: Worker, ...args: unknown[]) => void;
			Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
				const type = (args[0] as { type?: unknown } | null)?.type;
				if (type === 'START_PENDING_QUERY')
					posted.push({ type, gridShown: document.querySelector('[data-testid="result-grid"]') !== null });
				post.apply(this, args);
			} as Worker['postMessage'];
		});
		const { page, log } = await openPage(session, '/en/sql/');
		// 100,000 rows: the first page is read, the rest of the stream stays open.
		expect((await queryInConsole(page, 'SELECT range AS n FROM range(100000)')).length).toBeGreaterThan(0);
		await page.evaluate(() => ((window as unknown as { __posted: unknown[] }).__posted.length = 0));
		await page.click('[data-action="run"]');
		await page.waitForSelector('[data-testid="result-grid"]');
		expect(await gridCells(page)).toContainEqual(['0']);
		expect(await page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted)).toEqual([
			{ type: 'START_PENDING_QUERY', gridShown: true }
		]);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it('an example from the gallery loads into the editor and runs', async () => {
		const session = await newSession();
		const { page } = await openPage(session, '/ar/sql/');
		await consoleReady(page);
		await page.click('[data-example="categoriesPerEdition"]');
		expect(await page.textContent('.cm-content')).toContain('FROM editions e');
		await page.click('[data-action="run"]');
		await page.waitForSelector('[data-testid="result-grid"]');
		expect((await gridCells(page)).length).toBeGreaterThan(0);
		await session.close();
	});
});
