import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './a11y';
import { closeBrowser, launchBrowser, newSession, openPage } from './browser';

beforeAll(launchBrowser);
afterAll(closeBrowser);

// Every route that exists, in every language: 0 serious or critical axe violations.
const routes = [
	'/',
	'/ar/',
	'/fr/',
	'/en/',
	'/ar/institutions/portnet/',
	'/fr/institutions/dgi/',
	'/en/institutions/mef/'
];

describe('accessibility (axe-core)', () => {
	it.each(routes)('%s has no serious or critical violation once the engine is ready', async (path) => {
		const session = await newSession();
		const { page } = await openPage(session, path);
		if (path !== '/') await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
		expect(await seriousViolations(page)).toEqual([]);
		await session.close();
	});

	it('the dashboard has no serious violation in dark mode (contrast of both themes)', async () => {
		const session = await newSession({ colorScheme: 'dark' });
		const { page } = await openPage(session, '/ar/');
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
		expect(await seriousViolations(page)).toEqual([]);
		await session.close();
	});

	it.each([
		[320, 1],
		[640, 2]
	])('the layout holds at %i CSS px (zoom ×%i): no page-wide horizontal scroll', async (width, scale) => {
		const session = await newSession({ viewport: { width, height: 800 }, deviceScaleFactor: scale });
		for (const path of ['/ar/', '/fr/']) {
			const { page } = await openPage(session, path);
			await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
			// The chart scales down with its viewBox instead of overflowing.
			const chartWidth = await page
				.locator('[data-chart] svg')
				.first()
				.evaluate((svg) => svg.getBoundingClientRect().width);
			expect(chartWidth).toBeLessThanOrEqual(width);
			await page.close();
		}
		await session.close();
	});
});
