// @ts-check
// Screenshots of the real dashboard for the README: builds when needed, serves `build/` as
// `npm start` does, and photographs /fr/ and /ar/ in the system Chromium once the engine is ready.
import { chromium } from 'playwright-core';
import { buildIfNeeded } from './build-if-needed.js';
import { chromiumArgs, executablePath } from './chromium.js';
import { createServer } from './serve.js';

await buildIfNeeded();
const server = await createServer({ root: 'build', port: 0 });
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
	for (const lang of ['fr', 'ar']) {
		const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, colorScheme: 'light' });
		await page.goto(new URL(`/${lang}/`, server.url).href);
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
			timeout: 60_000
		});
		await page.screenshot({ path: `docs/dashboard-${lang}.png` });
		console.log(`docs/dashboard-${lang}.png`);
		await page.close();
	}
} finally {
	await browser.close();
	await server.close();
}
