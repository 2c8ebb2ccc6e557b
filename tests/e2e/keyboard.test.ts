import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchBrowser, newSession, openPage } from './browser';

beforeAll(launchBrowser);
afterAll(closeBrowser);

/** What has focus, and whether it shows a visible outline. */
const focused = (page: import('playwright-core').Page) =>
	page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		const style = element ? getComputedStyle(element) : null;
		return {
			tag: element?.tagName.toLowerCase() ?? '',
			text: element?.textContent?.trim() ?? '',
			outline: style ? style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 : false
		};
	});

describe('keyboard only', () => {
	it('skip link, language switch and a chart’s data table, with focus always visible', async () => {
		const session = await newSession({ locale: 'en-GB' });
		const { page } = await openPage(session, '/en/');
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');

		await page.keyboard.press('Tab');
		expect(await focused(page)).toEqual({ tag: 'a', text: 'Skip to content', outline: true });
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

		// From the content, Tab reaches the data table's disclosure; Enter closes and reopens it.
		const table = page.locator('section[data-chart="participation"] table');
		let guard = 0;
		while ((await focused(page)).tag !== 'summary' && guard++ < 40) await page.keyboard.press('Tab');
		const summary = await focused(page);
		expect(summary).toMatchObject({ tag: 'summary', text: 'Data table', outline: true });
		expect(await table.isVisible()).toBe(true);
		await page.keyboard.press('Enter');
		expect(await table.isVisible()).toBe(false);
		await page.keyboard.press('Enter');
		expect(await table.isVisible()).toBe(true);
		await session.close();
	});

	it('the language switch works from the keyboard and keeps the query string', async () => {
		const session = await newSession({ locale: 'en-GB' });
		const { page } = await openPage(session, '/en/?from=2016');
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
		let guard = 0;
		while ((await focused(page)).text !== 'العربية' && guard++ < 20) await page.keyboard.press('Tab');
		expect(await focused(page)).toMatchObject({ tag: 'a', text: 'العربية', outline: true });
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/ar\/\?from=2016$/);
		expect(await page.getAttribute('html', 'dir')).toBe('rtl');
		await session.close();
	});
});
