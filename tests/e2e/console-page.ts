import type { Page } from 'playwright-core';

/** What the end-to-end files do in the SQL console, the way a reader does it. */

export async function consoleReady(page: Page): Promise<void> {
	await page.waitForSelector('.console[data-status="ready"]', { timeout: 90_000 });
	await page.waitForSelector('.editor[data-ready="true"] .cm-content');
}

/** Replaces the editor's text: click, select all, delete, type. */
export async function typeQuery(page: Page, sql: string): Promise<void> {
	await page.click('.cm-content');
	await page.keyboard.press('Control+A');
	await page.keyboard.press('Delete');
	await page.keyboard.insertText(sql);
}

/** The result grid's cells, row by row, without the row-number column. */
export async function gridCells(page: Page): Promise<string[][]> {
	return page.$$eval('[data-testid="result-grid"] tbody tr', (rows) =>
		rows.map((row) => [...row.querySelectorAll('td')].slice(1).map((cell) => cell.textContent ?? ''))
	);
}

/** Waits for the console, runs one query with the Run button and returns the grid's cells. */
export async function queryInConsole(page: Page, sql: string): Promise<string[][]> {
	await consoleReady(page);
	await typeQuery(page, sql);
	await page.click('[data-action="run"]');
	await page.waitForSelector('[data-testid="result-grid"]');
	return gridCells(page);
}
