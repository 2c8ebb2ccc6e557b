import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createThrottle } from '../../scripts/throttle.js';
import {
	baseUrl,
	closeBrowser,
	launchBrowser,
	newSession,
	openDisclosures,
	openPage,
	type Session
} from './browser';
import { consoleReady, gridCells, typeQuery } from './console-page';

beforeAll(launchBrowser);
afterAll(closeBrowser);

const engineState = (session: Session) => session.context.pages()[0].getAttribute('html', 'data-engine');
const winnersCsv = readFileSync('static/data/winners.csv', 'utf8');

/** The prerendered chart and its table are still on screen, whatever happened to the engine. */
async function expectChartsVisible(session: Session): Promise<void> {
	const page = session.context.pages()[0];
	const chart = page.locator('section[data-chart="participation"]');
	expect(await chart.locator('svg rect.bar').count()).toBeGreaterThan(20);
	await openDisclosures(page, 'section[data-chart="participation"] details.data-table');
	expect(await chart.locator('table tbody tr').count()).toBe(17);
}

describe('engine faults', () => {
	it('a missing worker script: a banner explains, the charts stay, no uncaught error', async () => {
		const session = await newSession({ locale: 'en-GB' });
		await session.context.route(/duckdb-browser-.*\.worker\..*\.js$/, (route) =>
			route.fulfill({ status: 404, body: 'not found' })
		);
		const { page, log } = await openPage(session, '/en/');
		await expect.poll(() => engineState(session), { timeout: 30_000 }).toBe('failed');
		expect(await page.locator('.engine-status[role="status"]').textContent()).toMatch(
			/unavailable.*HTTP 404/
		);
		await expectChartsVisible(session);
		expect(log.pageErrors).toEqual([]);
		await session.close();
	});

	it('the .wasm blocked: dashboard banner and charts, the console says why it cannot run, upload still works', async () => {
		const session = await newSession({ locale: 'en-GB' });
		await session.context.route(/\.wasm$/, (route) => route.abort('blockedbyclient'));
		const { page, log } = await openPage(session, '/en/');
		await expect.poll(() => engineState(session), { timeout: 30_000 }).toBe('failed');
		expect(await page.locator('.engine-status[role="status"]').textContent()).toMatch(/unavailable/);
		await expectChartsVisible(session);

		// The console: its own engine fails the same way, and it says so next to a disabled Run.
		const sql = await openPage(session, '/en/sql/');
		await sql.page.waitForSelector('.console[data-status="failed"]', { timeout: 30_000 });
		expect(await sql.page.locator('.console .failed[role="alert"]').textContent()).toMatch(
			/could not start, so queries cannot run here/
		);
		expect(await sql.page.locator('[data-action="run"]').isDisabled()).toBe(true);
		// The schema and the examples, known at build time, are still there to read.
		expect(await sql.page.locator('[data-testid="schema"]').textContent()).toContain('winners');

		// The datasets page: the banner explains; reading and checking a CSV needs no engine.
		const data = await openPage(session, '/en/data/');
		await data.page.waitForFunction(() => document.documentElement.dataset.engine === 'failed');
		expect(await data.page.locator('.engine-status[role="status"]').textContent()).toMatch(/unavailable/);
		await data.page.locator('#upload-input').setInputFiles({
			name: 'mine.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('year,winner\n2019,Fès\n', 'utf8')
		});
		await data.page.locator('[data-preview]').waitFor();
		expect(await data.page.locator('[data-preview] tbody td').first().textContent()).toBe('2019');
		for (const each of [log, sql.log, data.log]) expect(each.pageErrors).toEqual([]);
		await session.close();
	});

	it('an engine that never finishes starting is reported as stalled', async () => {
		const session = await newSession({ locale: 'en-GB' });
		await session.context.addInitScript(() => {
			(globalThis as { __imtiazEngineTimeouts?: object }).__imtiazEngineTimeouts = { stallMs: 2000 };
		});
		// Answer the HEAD check, then never answer the download itself.
		await session.context.route(/\.wasm$/, (route) =>
			route.request().method() === 'HEAD' ? route.fulfill({ status: 200, body: '' }) : undefined
		);
		const { page, log } = await openPage(session, '/en/');
		await expect.poll(() => engineState(session), { timeout: 30_000 }).toBe('failed');
		expect(await page.locator('.engine-status[role="status"]').textContent()).toContain('stopped loading');
		await expectChartsVisible(session);
		expect(log.pageErrors).toEqual([]);
		await session.close();
	});

	it('an engine that downloads slowly but steadily starts, its progress shown, service worker on', async () => {
		// A smooth link of 2 Mbit/s: the engine's WASM takes ~25 s, its chunks a few ms apart. DuckDB's
		// worker reported no progress for such chunks, and the service worker held the whole body back
		// until it was kept: a download going well looked stalled (here, after 2 s).
		const link = await createThrottle(new URL(baseUrl()).origin, {
			latency: 50,
			downloadThroughput: 250_000,
			uploadThroughput: 250_000
		});
		// The link is closed however the journey ends: a server left open would hold the run.
		try {
			const session = await newSession({ locale: 'en-GB', serviceWorkers: 'allow' });
			await session.context.addInitScript(() => {
				(globalThis as { __imtiazEngineTimeouts?: object }).__imtiazEngineTimeouts = { stallMs: 2000 };
			});
			// The service worker controls the second visit: the first installs it, the second downloads.
			const first = await session.context.newPage();
			await first.goto(`${link.url}en/`);
			await first.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
			await first.close();
			const page = await session.context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			await page.goto(`${link.url}en/`);
			expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
			// The bytes received so far, in the status line (the total of a compressed file is unknown).
			const received = await page.waitForFunction(
				() => {
					const text = document.querySelector('[data-engine-text]')?.textContent ?? '';
					const mb = /([\d.,]+) MB received/.exec(text)?.[1];
					return mb && Number(mb.replace(/,/g, '')) > 0 ? text : null;
				},
				null,
				{ timeout: 60_000 }
			);
			expect(await received.jsonValue()).toMatch(/MB received/);
			await expect
				.poll(() => page.getAttribute('html', 'data-engine'), { timeout: 90_000, interval: 500 })
				.toBe('ready');
			expect(errors).toEqual([]);
			await session.close();
		} finally {
			await link.close();
		}
	}, 150_000);
});

describe("the dashboard's engine, lost after it started", () => {
	/** The dashboard, ready, with queries unanswered for 5 s counting as a hung engine (more than any query takes on a busy machine). */
	async function readyDashboard() {
		const session = await newSession({ locale: 'en-GB' });
		await session.context.addInitScript(() => {
			(globalThis as { __imtiazEngineTimeouts?: object }).__imtiazEngineTimeouts = { hangMs: 5000 };
		});
		const { page, log } = await openPage(session, '/en/');
		await expect.poll(() => engineState(session), { timeout: 30_000 }).toBe('ready');
		const worker = page.workers().find((each) => each.url().includes('duckdb-browser'));
		expect(worker, 'the DuckDB worker').toBeDefined();
		const answered = () =>
			page
				.locator('section[data-chart]')
				.evaluateAll((els) => els.map((el) => el.getAttribute('data-filters')));
		const chooseType = (type: string) => page.locator('.filter-bar select[name="type"]').selectOption(type);
		return { session, page, log, worker: worker!, answered, chooseType };
	}

	it('a worker that crashes: a new engine with the data, the page says so, filters answer again', async () => {
		const { session, page, log, worker, answered, chooseType } = await readyDashboard();
		// Crashed a moment after this evaluation has answered (a stopped worker cannot answer it).
		await worker.evaluate(() => {
			setTimeout(() => {
				throw new Error('simulated crash');
			}, 300);
		});
		await expect
			.poll(() => page.locator('.engine-status[role="status"]').textContent())
			.toMatch(/stopped \(.*simulated crash.*\) and was started again; your data was loaded again/);
		expect(await engineState(session)).toBe('ready');
		await chooseType('ministry');
		await expect.poll(answered, { timeout: 10_000 }).toEqual(Array(6).fill('?type=ministry'));
		await expectChartsVisible(session);
		expect(log.pageErrors).toEqual([]);
		await session.close();
	});

	it('a worker that stops answering: its queries time out, a new engine answers the same filters', async () => {
		const { session, page, log, worker, answered, chooseType } = await readyDashboard();
		await worker.evaluate(() => void setTimeout(() => self.close(), 300));
		await expect.poll(() => page.workers().includes(worker)).toBe(false);
		await chooseType('public-establishment');
		await expect
			.poll(() => page.locator('.engine-status[role="status"]').textContent(), { timeout: 30_000 })
			.toMatch(/stopped \(the query engine stopped answering\) and was started again/);
		await expect.poll(answered, { timeout: 10_000 }).toEqual(Array(6).fill('?type=public-establishment'));
		// Nothing of the first engine answers any more: a chart error said so, then the answer replaced it.
		expect(await page.locator('.chart-error').allTextContents()).toEqual([]);
		expect(log.pageErrors).toEqual([]);
		await session.close();
	});
});

describe('data file faults', () => {
	it.each([
		['missing', { status: 404, body: 'not found', contentType: 'text/plain' }, /"winners" table.*HTTP 404/],
		[
			'answered with HTML',
			{ status: 200, body: '<!doctype html><p>login</p>', contentType: 'text/html' },
			/"winners" table.*HTML/
		],
		[
			'truncated mid-row',
			{ status: 200, body: winnersCsv.slice(0, Math.floor(winnersCsv.length / 2)), contentType: 'text/csv' },
			/"winners" table/
		]
	])(
		'winners.csv %s: the error names the dataset, and Retry works once the file is back',
		async (_, response, message) => {
			const session = await newSession({ locale: 'en-GB' });
			await session.context.route('**/data/winners.csv', (route) => route.fulfill(response));
			const { page, log } = await openPage(session, '/en/');
			await expect.poll(() => engineState(session), { timeout: 30_000 }).toBe('failed');
			expect(await page.locator('.engine-status[role="status"]').textContent()).toMatch(message);
			await expectChartsVisible(session);

			await session.context.unroute('**/data/winners.csv');
			await page.locator('.engine-status[role="status"] button').click();
			await expect.poll(() => engineState(session), { timeout: 30_000 }).toBe('ready');
			await expect
				.poll(() => page.locator('section[data-chart="participation"]').getAttribute('data-origin'), {
					timeout: 15_000
				})
				.toBe('duckdb');
			expect(log.pageErrors).toEqual([]);
			await session.close();
		}
	);
});

describe('runaway and out-of-memory queries in the console', () => {
	it('are reported and stopped; the console answers again and the dashboard in another tab is untouched', async () => {
		const session = await newSession({ locale: 'en-GB' });
		const dashboard = await openPage(session, '/en/');
		const { page, log } = await openPage(session, '/en/sql/');
		await page.waitForSelector('.console[data-status="ready"]', { timeout: 90_000 });
		await page.waitForSelector('.editor[data-ready="true"] .cm-content');
		const run = async (sql: string) => {
			await page.click('.cm-content');
			await page.keyboard.press('Control+A');
			await page.keyboard.press('Delete');
			await page.keyboard.insertText(sql);
			await page.click('[data-action="run"]');
		};

		// An aggregation over 10¹² rows: the reader sees it running and stops it.
		await run('SELECT sum(range % 7) FROM range(1000000000000)');
		await page.waitForSelector('.console[data-status="running"]');
		expect(await page.locator('.status[role="status"]').textContent()).toMatch(/Running/);
		await page.click('[data-action="cancel"]');
		await page.waitForSelector('.console[data-status="ready"]', { timeout: 15_000 });
		expect(await page.locator('.status[role="status"]').textContent()).toContain('stopped');

		// A query that needs more memory than the engine may take: DuckDB's own error, shown.
		await run('SELECT max(length(s)) FROM (SELECT list(range) AS s FROM range(2000000000))');
		await page.waitForSelector('[data-testid="sql-error"]', { timeout: 90_000 });
		// The kind of error in the page's words, DuckDB's own message beneath it.
		expect(await page.locator('[data-testid="sql-error"]').textContent()).toContain(
			'The query needs more memory than the console has'
		);
		expect(await page.locator('[data-testid="sql-error"] pre').textContent()).toMatch(/failed to allocate/i);
		expect(await page.getAttribute('.console', 'data-status')).toBe('ready');

		// The console still answers.
		await run('SELECT count(*)::INTEGER AS n FROM editions');
		await page.waitForSelector('[data-testid="result-grid"]');
		expect(await page.locator('[data-testid="result-grid"] tbody td').nth(1).textContent()).toBe('14');

		// The dashboard's engine is another instance: its charts still answer a filter.
		const dash = dashboard.page;
		await dash.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
		const levels = dash.locator('section[data-chart="prize-levels"]');
		const total = () =>
			levels
				.locator('rect.segment')
				.evaluateAll((els) => els.reduce((sum, el) => sum + Number(el.getAttribute('data-value')), 0));
		await expect.poll(() => levels.getAttribute('data-origin'), { timeout: 10_000 }).toBe('duckdb');
		const before = await total();
		await dash.locator('.filter-bar select[name="type"]').selectOption('ministry');
		await expect.poll(total, { timeout: 10_000 }).toBeLessThan(before);
		expect(log.pageErrors).toEqual([]);
		expect(dashboard.log.pageErrors).toEqual([]);
		await session.close();
	}, 150_000);
});

describe("the console's engine, lost or stopped", () => {
	/**
	 * A reader's upload kept on the datasets page, then the console with it loaded. The hang time is
	 * 5 s (more than any short call takes on a busy machine); Stop's grace time 300 ms, so a step of a
	 * runaway plan surely outlasts it.
	 */
	async function consoleWithUpload() {
		const session = await newSession({ locale: 'en-GB' });
		await session.context.addInitScript(() => {
			(globalThis as { __imtiazEngineTimeouts?: object }).__imtiazEngineTimeouts = {
				hangMs: 5000,
				cancelGraceMs: 300
			};
		});
		const data = await openPage(session, '/en/data/');
		await data.page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
		await data.page.locator('#upload-input').setInputFiles({
			name: 'mine.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('year,prize\n2020,Gold\n2021,Silver\n2022,Bronze\n', 'utf8')
		});
		await data.page.locator('[data-preview]').waitFor();
		await data.page.locator('[data-keep]').click();
		await data.page.locator('[data-stored="mine"]').waitFor();
		const { page, log } = await openPage(session, '/en/sql/');
		await consoleReady(page);
		await page.waitForSelector('[data-uploaded="mine"]');
		return { session, page, log: [data.log, log] };
	}

	/** Runs `sql` with the Run button and waits for its one-cell answer to show (the grid is emptied at each run). */
	async function answer(page: Page, sql: string): Promise<string> {
		await typeQuery(page, sql);
		await page.click('[data-action="run"]');
		await page.waitForSelector('.console[data-status="ready"] [data-testid="result-grid"]');
		const cells = await gridCells(page);
		expect(cells).toHaveLength(1);
		return cells[0][0];
	}

	const consoleWorker = (page: Page) => page.workers().find((each) => each.url().includes('duckdb-browser'));

	it('a worker that crashes: a new one with the built-in tables and the upload, the page says so, Run works', async () => {
		const { session, page, log } = await consoleWithUpload();
		const winners = await answer(page, 'SELECT count(*)::INTEGER AS n FROM winners');
		expect(Number(winners)).toBeGreaterThan(0);
		const worker = consoleWorker(page);
		expect(worker, 'the console’s DuckDB worker').toBeDefined();
		// The editor's text when it happens: it must still be there afterwards.
		await typeQuery(page, 'SELECT count(*)::INTEGER AS n FROM mine');
		await worker!.evaluate(() => {
			setTimeout(() => {
				throw new Error('simulated crash');
			}, 300);
		});
		await expect
			.poll(() => page.locator('.status[role="status"]').textContent(), { timeout: 30_000 })
			.toMatch(
				/query engine stopped \(.*simulated crash.*\) and was started again with the built-in tables and your uploads/
			);
		expect(await page.getAttribute('.console', 'data-status')).toBe('ready');
		expect(await page.locator('.cm-content').textContent()).toBe('SELECT count(*)::INTEGER AS n FROM mine');
		// The history kept the run before the crash.
		expect(await page.locator('[data-testid="history"]').textContent()).toContain('FROM winners');
		expect(await answer(page, 'SELECT count(*)::INTEGER AS n FROM winners')).toBe(winners);
		expect(await answer(page, 'SELECT count(*)::INTEGER AS n FROM mine')).toBe('3');
		// Locked down again, exactly as at start.
		await typeQuery(page, "SELECT * FROM read_csv('https://example.com/x.csv')");
		await page.click('[data-action="run"]');
		await page.waitForSelector('[data-testid="sql-error"]');
		expect(await page.textContent('[data-testid="sql-error"] pre')).toMatch(/disabled by configuration/);
		for (const each of log) expect(each.pageErrors).toEqual([]);
		await session.close();
	}, 150_000);

	it('Stop on a runaway query: stopped, not an error; a new engine answers with the tables and the upload', async () => {
		const { session, page, log } = await consoleWithUpload();
		// A nested-loop join of 10¹⁶ pairs: DuckDB hears a cancel only between its long steps.
		await typeQuery(
			page,
			'SELECT count(*) FROM range(100000000) a, range(100000000) b WHERE a.range * b.range = 7'
		);
		await page.click('[data-action="run"]');
		await page.waitForSelector('.console[data-status="running"]');
		const clicked = Date.now();
		await page.click('[data-action="cancel"]');
		await page.waitForSelector('.console[data-status="ready"]', { timeout: 30_000 });
		// Measured for the record only (a busy machine makes any bound flaky): the reply reports it.
		const ms = Date.now() - clicked;
		console.log(`Stop to a usable Run: ${ms} ms (${await page.locator('.status').textContent()})`);
		expect(await page.locator('.status[role="status"]').textContent()).toContain('The query was stopped');
		expect(await page.locator('[data-testid="sql-error"]').count()).toBe(0);
		expect(await page.locator('[data-action="run"]').isDisabled()).toBe(false);
		expect(await answer(page, 'SELECT 42 AS n')).toBe('42');
		expect(Number(await answer(page, 'SELECT count(*)::INTEGER AS n FROM winners'))).toBeGreaterThan(0);
		expect(await answer(page, 'SELECT count(*)::INTEGER AS n FROM mine')).toBe('3');
		for (const each of log) expect(each.pageErrors).toEqual([]);
		await session.close();
	}, 150_000);
});
