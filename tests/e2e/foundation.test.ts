import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	baseUrl,
	clean,
	cleanLog,
	closeBrowser,
	launchBrowser,
	newSession,
	openDisclosures,
	openPage
} from './browser';

beforeAll(launchBrowser);
afterAll(closeBrowser);

describe('without JavaScript', () => {
	it('/fr/ shows the prerendered participation chart and its data table', async () => {
		const session = await newSession({ javaScriptEnabled: false });
		const { page, log } = await openPage(session, '/fr/');
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		const chart = page.locator('section[data-chart="participation"]');
		await expect.poll(() => chart.getAttribute('data-origin')).toBe('prerender');
		// One layout of the chart is shown for the width (the others wait for their container query).
		expect(await chart.locator('svg[role="img"]:visible').count()).toBe(1);
		expect(await chart.locator('svg title').first().textContent()).toBe('Participation par édition');
		expect(await chart.locator('svg rect.bar').count()).toBeGreaterThan(20);
		// 2019: 35 candidate services, as the ministry announced.
		expect(
			await chart
				.locator('rect.bar[data-group="2019"][data-series="candidates"]:visible')
				.getAttribute('data-value')
		).toBe('35');
		// The table is one toggle away (a native disclosure: it opens without JavaScript).
		const table = chart.locator('table');
		expect(await table.isVisible()).toBe(false);
		await chart.locator('details.data-table > summary').click();
		expect(await table.isVisible()).toBe(true);
		const row2019 = table.locator('tbody tr', { hasText: '2019' });
		expect(await row2019.locator('td').allTextContents()).toEqual([
			'2019',
			'13',
			'complète',
			'35',
			'20',
			'8',
			'8'
		]);
		const row2009 = table.locator('tbody tr', { hasText: '2009' });
		expect(await row2009.locator('td').nth(1).textContent()).toBe("pas d'édition");
		// Unknown is said, never drawn as zero.
		const row2011 = table.locator('tbody tr', { hasText: '2011' });
		expect(await row2011.locator('td').nth(3).textContent()).toBe('non communiqué');
		expect(await page.locator('html').getAttribute('data-engine')).toBeNull();
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it('/ offers the three languages', async () => {
		const session = await newSession({ javaScriptEnabled: false });
		const { page } = await openPage(session, '/');
		const links = page.locator('main a');
		const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		expect(hrefs).toEqual(['ar', 'fr', 'en'].map((lang) => `${baseUrl()}/${lang}/`));
		await session.close();
	});
});

describe('with JavaScript', () => {
	it('the engine becomes ready and the chart is redrawn from DuckDB-WASM without a change', async () => {
		const session = await newSession();
		const { page, log } = await openPage(session, '/fr/');
		const chart = page.locator('section[data-chart="participation"]');
		// What is drawn: every mark's data and colour in the chart as shown. The prerendered layout is
		// made for a preset width and hydration redraws it for the measured one, so geometry and
		// label thinning may differ; the engine's rows must draw the very same marks.
		const drawing = () =>
			chart.locator('svg.chart:visible').evaluate((svg) =>
				[...svg.querySelectorAll('rect[data-series], rect[data-group], circle[data-column]')]
					.map((shape) =>
						[
							shape.tagName,
							// A hatch is named by its chart's own id: the pattern, not its name, is the picture.
							shape.getAttribute('fill')?.replace(/url\(#[^)]*-hatch\)/, 'hatch'),
							...Object.entries((shape as SVGElement).dataset).flat()
						].join('|')
					)
					.sort()
			);
		const prerendered = await drawing();
		expect(prerendered.length).toBeGreaterThan(50);
		await expect.poll(() => page.getAttribute('html', 'data-engine'), { timeout: 30_000 }).toBe('ready');
		await expect.poll(() => chart.getAttribute('data-origin'), { timeout: 10_000 }).toBe('duckdb');
		expect(await drawing()).toEqual(prerendered);
		expect(await page.locator('.engine-status[role="status"]').textContent()).toContain('prêtes');
		expect(log.requests.some((url) => url.endsWith('.wasm'))).toBe(true);
		expect(log.requests.some((url) => url.endsWith('/data/winners.csv'))).toBe(true);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it('/ar/ is right to left and in Arabic', async () => {
		const session = await newSession({ locale: 'ar-MA' });
		const { page, log } = await openPage(session, '/ar/');
		expect(await page.getAttribute('html', 'dir')).toBe('rtl');
		expect(await page.getAttribute('html', 'lang')).toBe('ar');
		expect(await page.locator('section[data-chart="participation"] h2').textContent()).toBe(
			'المشاركة حسب الدورة'
		);
		await expect.poll(() => page.getAttribute('html', 'data-engine'), { timeout: 30_000 }).toBe('ready');
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it('/ sends a reader to their browser language', async () => {
		const session = await newSession({ locale: 'ar-MA' });
		const { page } = await openPage(session, '/');
		await page.waitForURL(`${baseUrl()}/ar/`);
		expect(await page.getAttribute('html', 'dir')).toBe('rtl');
		await session.close();
	});

	it('filters in the query string apply once the engine is ready', async () => {
		const session = await newSession();
		const { page } = await openPage(session, '/fr/?from=2014&to=2021');
		const chart = page.locator('section[data-chart="participation"]');
		await expect.poll(() => chart.getAttribute('data-origin'), { timeout: 30_000 }).toBe('duckdb');
		await openDisclosures(page, 'section[data-chart="participation"] details.data-table');
		const years = await chart.locator('tbody tr td:first-child').allTextContents();
		expect(years).toEqual(['2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021']);
		await session.close();
	});

	it('the language switch keeps the page and its query string', async () => {
		const session = await newSession();
		const { page } = await openPage(session, '/fr/?from=2014&to=2021');
		const english = page.locator('nav.language-switch a[hreflang="en"]');
		// The prerendered link cannot know the query string; once the page is interactive it carries it.
		await expect.poll(() => english.getAttribute('href')).toContain('?from=2014&to=2021');
		await english.click();
		await page.waitForURL(`${baseUrl()}/en/?from=2014&to=2021`);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.locator('section[data-chart="participation"] h2').textContent()).toBe(
			'Participation per edition'
		);
		await session.close();
	});

	it('when the engine cannot load, the prerendered chart stays and a banner says why', async () => {
		const session = await newSession();
		await session.context.route(/\.wasm$/, (route) => route.abort());
		const { page, log } = await openPage(session, '/en/');
		await expect.poll(() => page.getAttribute('html', 'data-engine'), { timeout: 30_000 }).toBe('failed');
		expect(await page.locator('.engine-status[role="status"]').textContent()).toContain(
			'Interactive features are unavailable'
		);
		expect(await page.locator('section[data-chart="participation"] svg rect.bar').count()).toBeGreaterThan(
			20
		);
		expect(log.pageErrors).toEqual([]);
		await session.close();
	});
});
