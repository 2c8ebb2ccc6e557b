// @ts-check
// One cold browser per measured run: a fresh profile, nothing cached.
import { chromium } from 'playwright-core';
import { ARGS, executablePath } from './args.js';

/** Launch, measure, close. @param {(browser: import('playwright-core').Browser) => Promise<any>} fn */
export async function cold(fn) {
	const browser = await chromium.launch({ executablePath, args: ARGS });
	try {
		return await fn(browser);
	} finally {
		// A browser that already went away must not hide the run's own error.
		await browser.close().catch(() => {});
	}
}
