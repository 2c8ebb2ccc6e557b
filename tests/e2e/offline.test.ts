import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, clean, cleanLog, closeBrowser, launchBrowser, newSession, openPage } from './browser';
import { typeQuery } from './console-page';

beforeAll(launchBrowser);
afterAll(closeBrowser);

/** Sum of the values the prize-level chart draws: what a filter changes. */
const totalPrizes = (page: Page) =>
	page
		.locator('section[data-chart="prize-levels"] rect.segment')
		.evaluateAll((els) => els.reduce((sum, el) => sum + Number(el.getAttribute('data-value')), 0));

describe('offline after load: everything already loaded keeps working', () => {
	it('dashboard filters re-query the loaded tables with the network gone', async () => {
		const session = await newSession({ locale: 'en-GB' });
		const { page, log } = await openPage(session, '/en/');
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
			timeout: 45_000
		});
		const levels = page.locator('section[data-chart="prize-levels"]');
		await expect.poll(() => levels.getAttribute('data-origin'), { timeout: 10_000 }).toBe('duckdb');
		const before = await totalPrizes(page);

		const failed: string[] = [];
		page.on('requestfailed', (request) => failed.push(request.url()));
		await session.context.setOffline(true);
		await page.locator('.filter-bar select[name="type"]').selectOption('ministry');
		await page.waitForURL(/\?type=ministry$/);
		await expect.poll(() => totalPrizes(page), { timeout: 10_000 }).toBeLessThan(before);
		expect(await totalPrizes(page)).toBeGreaterThan(0);
		// Shown at once from the build's answers, then confirmed by the engine.
		await expect.poll(() => levels.getAttribute('data-origin'), { timeout: 10_000 }).toBe('duckdb');
		expect(await page.getAttribute('html', 'data-engine')).toBe('ready');
		// Nothing was asked of the network (a filter is a query on tables already loaded), except the
		// tab's icon, which Chromium asks for again at every change of URL and may do without.
		const icon = (url: string) => new URL(url).pathname === '/favicon.svg';
		expect(failed.filter((url) => !icon(url))).toEqual([]);
		expect(log.consoleErrors.length).toBe(failed.filter(icon).length);
		expect(log.consoleErrors.every((error) => error.includes('ERR_INTERNET_DISCONNECTED'))).toBe(true);
		expect(cleanLog({ ...log, consoleErrors: [] })).toEqual(clean);
		await session.close();
	});

	it('the console answers a query with the network gone', async () => {
		const session = await newSession({ locale: 'en-GB' });
		const { page, log } = await openPage(session, '/en/sql/');
		await page.waitForSelector('.console[data-status="ready"]', { timeout: 90_000 });
		await page.waitForSelector('.editor[data-ready="true"] .cm-content');
		await session.context.setOffline(true);
		await typeQuery(page, 'SELECT count(*)::INTEGER AS n FROM winners');
		await page.keyboard.press('Control+Enter');
		await page.waitForSelector('[data-testid="result-grid"]');
		const n = await page.locator('[data-testid="result-grid"] tbody td').nth(1).textContent();
		expect(Number(n)).toBeGreaterThan(0);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it('an upload is read, checked and kept with the network gone', async () => {
		const session = await newSession({ locale: 'fr-FR' });
		const { page, log } = await openPage(session, '/fr/data/');
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
			timeout: 45_000
		});
		await session.context.setOffline(true);
		await page.locator('#upload-input').setInputFiles({
			name: 'hors-ligne.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('Année;Lauréat\n2019;Préfecture de Fès\n2021;Commune d’Agadir\n', 'utf8')
		});
		const preview = page.locator('[data-preview]');
		await preview.waitFor({ timeout: 15_000 });
		expect(await preview.locator('tbody tr').count()).toBe(2);
		expect(await preview.locator('tbody tr').nth(1).locator('td').nth(1).textContent()).toBe(
			'Commune d’Agadir'
		);
		await page.locator('[data-keep]').click();
		await page.locator('[data-saved]').waitFor();
		expect(await page.locator('[data-stored="hors_ligne"], [data-stored]').count()).toBeGreaterThan(0);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});
});

describe('a second visit: the service worker kept the engine and the pages', () => {
	/** Whether the service worker's cache holds the engine's WASM and this page, and the caches' names. */
	const kept = (page: Page) =>
		page.evaluate(async () => {
			const names = await caches.keys();
			const here = new URL('/en/', location.href).href;
			let wasm = false;
			let html = false;
			for (const name of names) {
				const urls = (await (await caches.open(name)).keys()).map((request) => request.url);
				wasm ||= urls.some((url) => url.endsWith('.wasm'));
				html ||= urls.includes(here);
			}
			return { names, wasm, html };
		});

	it('starts the engine and filters with the network gone, from one versioned cache', async () => {
		const session = await newSession({ locale: 'en-GB', serviceWorkers: 'allow' });
		// A cache an older build left behind: the new service worker drops it when it takes over.
		await session.context.addInitScript(() => {
			if (location.search === '?older-cache') void caches.open('imtiaz-older-build');
		});
		const first = await openPage(session, '/en/?older-cache');
		await first.page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
			timeout: 45_000
		});
		// Everything the second visit needs is kept (the files are kept side by side, in no set order).
		await expect
			.poll(
				async () => {
					const { wasm, html } = await kept(first.page);
					return { wasm, html };
				},
				{ timeout: 60_000 }
			)
			.toEqual({ wasm: true, html: true });
		const { names } = await kept(first.page);
		expect(names).toHaveLength(1);
		expect(names[0]).toMatch(/^imtiaz-/);
		expect(names[0]).not.toBe('imtiaz-older-build');
		const before = await totalPrizes(first.page);
		await first.page.close();

		await session.context.setOffline(true);
		const { page, log } = await openPage(session, '/en/');
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
			timeout: 45_000
		});
		expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
		// The network is gone for the service worker too: a page it never kept cannot be had.
		expect(
			await page.evaluate(() =>
				fetch('/en/not-kept/').then(
					() => 'answered',
					() => 'failed'
				)
			)
		).toBe('failed');
		const levels = page.locator('section[data-chart="prize-levels"]');
		await page.locator('.filter-bar select[name="type"]').selectOption('ministry');
		await page.waitForURL(/\?type=ministry$/);
		await expect.poll(() => totalPrizes(page), { timeout: 10_000 }).toBeLessThan(before);
		expect(await totalPrizes(page)).toBeGreaterThan(0);
		await expect.poll(() => levels.getAttribute('data-origin'), { timeout: 10_000 }).toBe('duckdb');
		// Failed loads (the probe above, the tab's icon) are the network's absence, nothing else.
		expect(log.consoleErrors.filter((error) => !/ERR_INTERNET_DISCONNECTED|ERR_FAILED/.test(error))).toEqual(
			[]
		);
		expect(cleanLog({ ...log, consoleErrors: [] })).toEqual(clean);
		await session.close();
	}, 180_000);

	it('an institution page read once opens again with the network gone', async () => {
		const session = await newSession({ locale: 'en-GB', serviceWorkers: 'allow' });
		const first = await openPage(session, '/en/institutions/mef/');
		const name = await first.page.locator('h1').textContent();
		// Kept without an engine (none starts on this page): the page and what it loaded.
		const keptHere = () =>
			first.page.evaluate(async () => {
				const here = location.href;
				for (const name of await caches.keys()) if (await (await caches.open(name)).match(here)) return true;
				return false;
			});
		await expect.poll(keptHere, { timeout: 30_000 }).toBe(true);
		expect(first.log.requests.filter((url) => url.endsWith('.wasm'))).toEqual([]);
		await first.page.close();

		await session.context.setOffline(true);
		const { page } = await openPage(session, '/en/institutions/mef/');
		expect(await page.locator('h1').textContent()).toBe(name);
		expect(await page.locator('table.prizes tbody tr').count()).toBeGreaterThan(0);
		await session.close();
	}, 90_000);

	it("a returning reader's engine starts from the code V8 kept, not compiled again function by function", async () => {
		const session = await newSession({ locale: 'en-GB', serviceWorkers: 'allow' });
		const browser = session.context.browser()!;
		const engineReady = (page: Page) =>
			page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
				timeout: 45_000
			});
		/** A visit traced from its navigation to its engine's start: V8's WASM events, counted by name. */
		const tracedVisit = async () => {
			// Traced from before the page's navigation: opened on a file without an engine first.
			const { page, log } = await openPage(session, '/favicon.svg');
			await browser.startTracing(page, { categories: ['v8.wasm'] });
			await page.goto(baseUrl() + '/en/');
			await engineReady(page);
			const trace = JSON.parse((await browser.stopTracing()).toString()) as {
				traceEvents: { name: string }[];
			};
			const count = (name: string) => trace.traceEvents.filter((event) => event.name === name).length;
			return { page, log, lazy: count('wasm.CompileLazy'), kept: count('wasm.Deserialize') };
		};
		const first = await openPage(session, '/en/');
		await engineReady(first.page);
		await expect.poll(() => kept(first.page).then(({ wasm }) => wasm), { timeout: 60_000 }).toBe(true);
		await first.page.close();
		// The second visit compiles the service worker's copy; V8 keeps its code beside that copy once
		// the engine's hot functions are optimized. It stays open meanwhile.
		const second = await tracedVisit();
		expect(second.kept).toBe(0);
		expect(second.lazy).toBeGreaterThan(1_000);
		let returning = await tracedVisit();
		for (let visit = 0; returning.kept === 0 && visit < 4; visit++) {
			await returning.page.close();
			returning = await tracedVisit();
		}
		expect(returning.kept).toBe(1);
		// What V8 kept depends on when it wrote it (here ~75–100 % of the start's functions).
		expect(returning.lazy).toBeLessThan(second.lazy / 2);
		// The engine answers from that code: the charts show its rows.
		await expect
			.poll(() => returning.page.locator('[data-chart][data-origin="duckdb"]').count(), { timeout: 15_000 })
			.toBe(6);
		expect(cleanLog(returning.log)).toEqual(clean);
		await session.close();
	}, 180_000);
});
