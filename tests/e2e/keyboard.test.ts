import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, closeBrowser, launchBrowser, newSession, openPage } from './browser';

beforeAll(launchBrowser);
afterAll(closeBrowser);

/**
 * What has focus, and whether a sighted keyboard user can see it: an outline or a box-shadow on
 * the element or on the widget that wraps it (CodeMirror draws its ring on `.cm-editor`).
 */
const focused = (page: Page) =>
	page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		const shows = (el: Element | null) => {
			if (!el) return false;
			const style = getComputedStyle(el);
			const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
			// A chart mark shows its focus with a thick stroke (an outline would hug the bounding box).
			const stroke =
				el instanceof SVGElement && style.stroke !== 'none' && parseFloat(style.strokeWidth) >= 2;
			return outline || stroke || (style.boxShadow !== 'none' && style.boxShadow !== '');
		};
		return {
			tag: element?.tagName.toLowerCase() ?? '',
			text: element?.textContent?.trim() ?? '',
			outline: shows(element) || shows(element?.closest('.cm-editor') ?? null)
		};
	});

/** Presses Tab until `found` holds, checking at every stop that focus is visible. */
async function tabUntil(page: Page, found: () => Promise<boolean>, limit = 80): Promise<void> {
	if (await found()) return;
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		const now = await focused(page);
		// CodeMirror marks its focus a moment after the focus event: wait for it, never sleep.
		if (now.tag !== 'body')
			await expect
				.poll(async () => (await focused(page)).outline, {
					message: `focus not visible on <${now.tag}> ${now.text.slice(0, 60)}`,
					timeout: 1000
				})
				.toBe(true);
		if (await found()) return;
	}
	throw new Error('Tab never reached the target');
}

const activeIs = (page: Page, selector: string) => () =>
	page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

const engineReady = (page: Page) =>
	page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, { timeout: 45_000 });

describe('keyboard only', () => {
	it('skip link, language switch and a chart’s data table, with focus always visible', async () => {
		const session = await newSession({ locale: 'en-GB' });
		const { page } = await openPage(session, '/en/');
		await engineReady(page);

		await page.keyboard.press('Tab');
		expect(await focused(page)).toEqual({ tag: 'a', text: 'Skip to content', outline: true });
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

		// From the content, Tab reaches the data table's disclosure (closed by default); Enter opens
		// and closes it.
		const table = page.locator('section[data-chart="participation"] table');
		await tabUntil(page, activeIs(page, 'section[data-chart="participation"] details.data-table > summary'));
		expect(await focused(page)).toMatchObject({ tag: 'summary', text: 'Data table', outline: true });
		expect(await table.isVisible()).toBe(false);
		await page.keyboard.press('Enter');
		expect(await table.isVisible()).toBe(true);
		await page.keyboard.press('Enter');
		expect(await table.isVisible()).toBe(false);
		await session.close();
	});

	it('the language switch works from the keyboard and keeps the query string', async () => {
		const session = await newSession({ locale: 'en-GB' });
		const { page } = await openPage(session, '/en/?from=2016');
		await engineReady(page);
		let guard = 0;
		while ((await focused(page)).text !== 'العربية' && guard++ < 20) await page.keyboard.press('Tab');
		expect(await focused(page)).toMatchObject({ tag: 'a', text: 'العربية', outline: true });
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/ar\/\?from=2016$/);
		expect(await page.getAttribute('html', 'dir')).toBe('rtl');
		await session.close();
	});

	it('changes a filter, then steps through a chart’s marks and filters from one', async () => {
		const session = await newSession({ locale: 'fr-FR' });
		const { page } = await openPage(session, '/fr/');
		await engineReady(page);
		const matrix = page.locator('section[data-chart="categories"]');
		await expect.poll(() => matrix.getAttribute('data-origin'), { timeout: 10_000 }).toBe('duckdb');

		// A filter: Tab to the first year, an arrow picks the first edition's year, the URL follows.
		await tabUntil(page, activeIs(page, '.filter-bar select[name="from"]'));
		await page.keyboard.press('ArrowDown');
		await page.waitForURL(/[?&]from=2005/);
		expect(await page.locator('.filter-bar .chip[data-filter="from"]').count()).toBe(1);

		// The matrix: one mark in the tab order, arrows move between marks, Enter filters.
		await tabUntil(page, activeIs(page, 'section[data-chart="categories"] rect.mark'));
		const label = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
		const first = await label();
		await page.keyboard.press('ArrowRight');
		const second = await label();
		expect(second).toBeTruthy();
		expect(second).not.toBe(first);
		await page.keyboard.press('ArrowLeft');
		expect(await label()).toBe(first);
		expect(await matrix.locator('rect.mark[tabindex="0"]').count()).toBe(1);
		const row = await page.evaluate(() => document.activeElement?.getAttribute('data-row'));
		await page.keyboard.press('Enter');
		await page.waitForURL(new RegExp(`[?&]category=${row}`));
		await session.close();
	});

	it('runs a query with Ctrl+Enter; Esc then Tab leaves the editor, so it is no trap', async () => {
		const session = await newSession({ locale: 'en-GB' });
		const { page } = await openPage(session, '/en/sql/');
		await page.waitForSelector('.console[data-status="ready"]', { timeout: 90_000 });
		await page.waitForSelector('.editor[data-ready="true"] .cm-content');
		await tabUntil(page, activeIs(page, '.cm-content'), 150);
		expect((await focused(page)).outline).toBe(true);
		await page.keyboard.press('Control+A');
		await page.keyboard.press('Delete');
		await page.keyboard.insertText('SELECT 6 * 7 AS answer');
		await page.keyboard.press('Control+Enter');
		await page.waitForSelector('[data-testid="result-grid"]');
		expect(await page.locator('[data-testid="result-grid"] tbody td').nth(1).textContent()).toBe('42');

		// Tab indents inside the editor; Escape then Tab moves on to the Run button.
		await page.keyboard.press('Escape');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('.cm-editor'))).toBeNull();
		await tabUntil(page, activeIs(page, '[data-action="run"]'), 10);
		await page.keyboard.press('Enter');
		await page.waitForSelector('[data-testid="result-grid"]');
		await session.close();
	});

	it('uploads a file from the keyboard and fixes its encoding with the picker', async () => {
		const session = await newSession({ locale: 'en-GB' });
		const { page } = await openPage(session, '/en/data/');
		await engineReady(page);
		await tabUntil(page, activeIs(page, '#upload-input'));
		const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
		await chooser.setFiles({
			name: 'latin.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('ann\xe9e,prix\n2020,Or\n', 'latin1')
		});
		const error = page.locator('[data-error="encoding"]');
		await error.waitFor();
		// The error is announced politely (inside a live region that was already there), and the
		// picker is the next stop of the tab order.
		expect(await page.locator('[role="status"][aria-live="polite"] [data-error="encoding"]').count()).toBe(1);
		await tabUntil(page, activeIs(page, '[data-error="encoding"] select'), 10);
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => page.locator('[data-encoding-preview]').textContent()).toContain('année,prix');
		await tabUntil(page, activeIs(page, '[data-error="encoding"] button'), 5);
		await page.keyboard.press('Enter');
		await page.locator('[data-preview]').waitFor();
		expect(await page.locator('[data-preview] thead th').first().textContent()).toContain('année');
		await session.close();
	});

	it('nothing traps focus: Tab goes through every route and comes back to the start', async () => {
		const session = await newSession({ locale: 'en-GB' });
		for (const path of ['/en/', '/en/data/', '/en/institutions/dgi/', '/en/embed/participation/']) {
			const { page } = await openPage(session, path);
			// The embed and the institution page start no engine.
			if (path.includes('/embed/') || path.includes('/institutions/')) await page.waitForLoadState('load');
			else await engineReady(page);
			await page.keyboard.press('Tab');
			const start = await page.evaluate(() => {
				const element = document.activeElement as HTMLElement;
				element.dataset.tabStart = 'yes';
				return element.tagName;
			});
			expect(start, path).not.toBe('BODY');
			// Back to the first stop (through the browser's own UI, which shows as <body>).
			await tabUntil(page, activeIs(page, '[data-tab-start]'), 400);
			await page.close();
		}
		expect(baseUrl()).toMatch(/^http/);
		await session.close();
	}, 120_000);
});
