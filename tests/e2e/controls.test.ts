import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, clean, cleanLog, closeBrowser, launchBrowser, newSession, openPage } from './browser';
import { consoleReady, typeQuery } from './console-page';

beforeAll(launchBrowser);
afterAll(closeBrowser);

/** Runs a query in the console and waits for its error box. */
async function runForError(page: Page, sql: string) {
	await typeQuery(page, sql);
	await page.click('[data-action="run"]');
	const box = page.locator('[data-testid="sql-error"]');
	await box.waitFor();
	return {
		kind: await box.getAttribute('data-kind'),
		text: (await box.textContent()) ?? '',
		line: await box.locator('.where').getAttribute('data-line'),
		column: await box.locator('.where').getAttribute('data-column'),
		marked: await page.locator('.cm-sql-error').textContent()
	};
}

describe('console errors and engine status', () => {
	it('shows a parser error in words, at its line and column, highlighted in the editor', async () => {
		const session = await newSession();
		const { page, log } = await openPage(session, '/fr/sql/');
		await consoleReady(page);

		const first = await runForError(page, 'SELEC 1');
		expect(first).toMatchObject({ kind: 'Parser', line: '1', column: '1', marked: 'SELEC' });
		expect(first.text).toContain('Erreur de syntaxe');
		expect(first.text).toContain('ligne 1, colonne 1');
		expect(first.text).toContain('syntax error at or near "SELEC"');
		expect(first.text).not.toMatch(/exception_type|[{}]/);

		// The error on line 3 of a statement that follows another one and an Arabic string.
		const third = await runForError(page, "SELECT 1;\nSELECT 'مرحبا 🎉' AS x,\n  year\nFROM FROM editions");
		expect(third).toMatchObject({ kind: 'Parser', line: '4', column: '6', marked: 'FROM' });
		const multi = await runForError(page, 'SELECT edition,\n  year\nFROM FROM editions');
		expect(multi).toMatchObject({ kind: 'Parser', line: '3', column: '6', marked: 'FROM' });
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	}, 120_000);

	it('shows the engine download in French numbers, never more received than the total', async () => {
		const session = await newSession();
		const page = await session.context.newPage();
		// Every text the status line shows while the engine loads.
		await page.addInitScript(() => {
			const seen: string[] = ((window as unknown as { __seen: string[] }).__seen = []);
			new MutationObserver(() => {
				const text = document.querySelector('[data-engine-text]')?.textContent;
				if (text && seen[seen.length - 1] !== text) seen.push(text);
			}).observe(document, { subtree: true, childList: true, characterData: true });
		});
		await page.goto(`${baseUrl()}/fr/`);
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
			timeout: 60_000
		});
		const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
		const withNumbers = seen.filter((text) => /\d/.test(text));
		expect(withNumbers.length).toBeGreaterThan(0);
		for (const text of withNumbers) {
			// Each count in French: a decimal comma, or a whole number (a busy page may show only a few
			// counts, and 7,0 reads 7), and the French unit. Tenths' formatting is unit-tested too.
			expect(text).toMatch(/^[^\d]*\d+(?:,\d)? Mo( sur \d+(?:,\d)? Mo)?( reçus)?$/);
			const [received, total] = (text.match(/\d+(?:,\d)?/g) ?? []).map((n) => Number(n.replace(',', '.')));
			expect(total === undefined || received <= total, text).toBe(true);
		}
		await session.close();
	}, 120_000);
});

/** Computed styles of the controls matched by `selector`, with what identifies each. */
async function controlStyles(page: Page, selector: string) {
	return page.$$eval(selector, (elements) =>
		elements.map((element) => {
			const style = getComputedStyle(element);
			return {
				what: `${element.tagName.toLowerCase()} ${element.textContent?.trim().slice(0, 30)}`,
				radius: style.borderTopLeftRadius,
				minHeight: parseFloat(style.minHeight) || 0,
				paddingTop: style.paddingTop,
				cursor: style.cursor
			};
		})
	);
}

/** Every control in `selector` has the family's look: rounded, a set height, a pointer. */
async function expectFamily(page: Page, selector: string): Promise<void> {
	const styles = await controlStyles(page, selector);
	expect(styles.length, selector).toBeGreaterThan(0);
	for (const style of styles) {
		expect(style.radius, style.what).not.toBe('0px');
		expect(style.minHeight, style.what).toBeGreaterThanOrEqual(32);
	}
}

describe.each(['light', 'dark'] as const)('one family of controls (%s)', (colorScheme) => {
	it('styles the chart tools, filter bar, embed dialog, console and upload; the chart tools line up', async () => {
		const session = await newSession({ colorScheme, viewport: { width: 1280, height: 900 } });
		const { page, log } = await openPage(session, '/fr/');
		await page.locator('.embed-button').first().waitFor();
		await expectFamily(page, '.chart-tools button:not([role="menuitem"]), .filter-bar select');
		const summaries = await controlStyles(page, '.chart-frame summary');
		for (const summary of summaries) expect(summary.paddingTop, summary.what).not.toBe('0px');
		// Both read at once, once the download menu (shown after hydration) is there.
		await page.locator('.chart-tools [aria-haspopup="menu"]').first().waitFor();
		const [embed, download] = await page.evaluate(() =>
			['.embed-button', '[aria-haspopup="menu"]'].map((selector) => {
				const box = document.querySelector(`.chart-tools ${selector}`)!.getBoundingClientRect();
				return { top: box.top, height: box.height };
			})
		);
		expect(embed).toEqual(download);

		await page.locator('.embed-button').first().click();
		await page.locator('dialog[open]').waitFor();
		await expectFamily(page, 'dialog[open] button');
		const box = await controlStyles(page, 'dialog[open] textarea');
		for (const code of box) expect(code.paddingTop, code.what).not.toBe('0px');
		await page.keyboard.press('Escape');

		const consolePage = await openPage(session, '/fr/sql/');
		await consoleReady(consolePage.page);
		await expectFamily(consolePage.page, '.toolbar button');

		const data = await openPage(session, '/fr/data/');
		await data.page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
		await expectFamily(data.page, '.drop .button');
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	}, 180_000);
});

describe('file picker and institution pages', () => {
	it('shows the loaded file’s name, never “No file chosen”, and the picker takes the keyboard', async () => {
		const session = await newSession({ viewport: { width: 390, height: 844 } });
		const { page } = await openPage(session, '/en/data/');
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
		await page.locator('#upload-input').setInputFiles({
			name: 'laureates-1990.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('year,winner\n1990,A\n1991,B\n', 'utf8')
		});
		await page.locator('[data-preview]').waitFor();
		expect(await page.getAttribute('[data-file-name]', 'data-file-name')).toBe('laureates-1990.csv');
		expect(await page.textContent('[data-file-name]')).toContain('laureates-1990.csv');
		expect(await page.textContent('.drop')).not.toMatch(/No file chosen|Nothing chosen/);
		// The native input is out of sight (its "No file chosen" too); its label is the visible button.
		const input = await page.locator('#upload-input').boundingBox();
		expect(input?.width).toBeLessThanOrEqual(1);
		const label = page.locator('label[for="upload-input"]');
		expect((await label.boundingBox())?.height).toBeGreaterThanOrEqual(44);
		await page.focus('#upload-input');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('upload-input');
		expect(await label.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
		await session.close();
	}, 120_000);

	it.each([
		['fr', 'Direction générale des impôts', 'Le Canard Libéré'],
		['ar', 'المديرية العامة للضرائب', 'Le Canard Libéré']
	])(
		'names attached bodies and source outlets on an institution page (%s)',
		async (lang, body, outlet) => {
			const session = await newSession();
			const { page } = await openPage(session, `/${lang}/institutions/mef/`);
			const attached = await page.locator('[data-attached]').allTextContents();
			expect(attached).toContain(body);
			for (const name of attached) expect(name).not.toMatch(/^[a-z-]+$/);
			const sources = await page.locator('[data-source-link]').allTextContents();
			expect(sources).toContain(outlet);
			for (const name of sources) expect(name).not.toMatch(/source \d|مصدر \d/i);
			await session.close();
		},
		60_000
	);
});
