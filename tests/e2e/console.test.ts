import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './a11y';
import { cleanLog, closeBrowser, launchBrowser, newSession, openPage } from './browser';

beforeAll(launchBrowser);
afterAll(closeBrowser);

async function consoleReady(page: Page): Promise<void> {
	await page.waitForSelector('.console[data-status="ready"]', { timeout: 90_000 });
	await page.waitForSelector('.editor[data-ready="true"] .cm-content');
}

/** Replaces the editor's text the way a user does: click, select all, type. */
async function typeQuery(page: Page, sql: string): Promise<void> {
	await page.click('.cm-content');
	await page.keyboard.press('Control+A');
	await page.keyboard.press('Delete');
	await page.keyboard.insertText(sql);
}

async function gridCells(page: Page): Promise<string[][]> {
	return page.$$eval('[data-testid="result-grid"] tbody tr', (rows) =>
		rows.map((row) => [...row.querySelectorAll('td')].slice(1).map((cell) => cell.textContent ?? ''))
	);
}

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

		expect(cleanLog(log)).toEqual({
			consoleErrors: [],
			pageErrors: [],
			foreignRequests: [],
			cspViolations: []
		});
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
		expect(cleanLog(log)).toEqual({
			consoleErrors: [],
			pageErrors: [],
			foreignRequests: [],
			cspViolations: []
		});
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

	it.each(['/ar/sql/', '/fr/sql/', '/en/sql/'])('%s has no serious accessibility violation', async (path) => {
		const session = await newSession();
		const { page } = await openPage(session, path);
		await consoleReady(page);
		expect(await seriousViolations(page)).toEqual([]);
		await session.close();
	});
});
