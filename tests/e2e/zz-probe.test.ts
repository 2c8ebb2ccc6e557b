import { afterAll, beforeAll, it } from 'vitest';
import { closeBrowser, launchBrowser, newSession, openPage } from './browser';
beforeAll(launchBrowser);
afterAll(closeBrowser);
async function typeQuery(page: any, sql: string) {
	await page.click('.cm-content');
	await page.keyboard.press('Control+A');
	await page.keyboard.press('Delete');
	await page.keyboard.insertText(sql);
}
it('probe', async () => {
	const session = await newSession();
	const { page, log } = await openPage(session, '/en/sql/');
	await page.waitForSelector('.console[data-status="ready"]', { timeout: 90_000 });
	for (const sql of [
		"SELECT current_setting('memory_limit') AS m, current_setting('threads') AS t",
		'SELECT max(length(s)) FROM (SELECT list(range) AS s FROM range(2000000000))'
	]) {
		await typeQuery(page, sql);
		await page.click('[data-action="run"]');
		const t0 = Date.now();
		await page.waitForSelector('.console[data-status="ready"]', { timeout: 120_000 }).catch(() => console.log('TIMEOUT'));
		console.log(sql, Date.now() - t0, await page.textContent('.results'), await page.locator('[data-testid="sql-error"]').textContent().catch(() => ''));
	}
	console.log(JSON.stringify(log));
	await session.close();
}, 200_000);
