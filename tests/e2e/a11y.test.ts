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
});
