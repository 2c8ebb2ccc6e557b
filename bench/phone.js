// @ts-check
// The phone-class profile: CPU 4× slower (DevTools protocol emulation), a 390 px wide viewport, and
// a network of 1.6 Mbit/s down, 750 kbit/s up and 150 ms round trip. The network is a throttling
// proxy in front of the site, not DevTools' network emulation: that applies to the page's own
// requests only, so the engine's worker and the service worker fetched their megabytes at full
// speed (the engine's 6 MB of WASM in ~1 s, where the link takes ~30 s) and never competed with
// the page for the link, as they do on a phone.
import { createThrottle } from '../scripts/throttle.js';

export const PHONE = {
	cpu: 4,
	network: { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
	viewport: { width: 390, height: 844 }
};

/**
 * A context and page on the phone-class profile, with the site at `base` behind the phone's link:
 * `site` is the address to load instead of `base`. `close` ends the context and the link.
 * @param {import('playwright-core').Browser} browser @param {string} base
 * @param {import('playwright-core').BrowserContextOptions} [options]
 */
export async function phoneContext(browser, base, options = {}) {
	const link = await createThrottle(new URL(base).origin, PHONE.network);
	const context = await browser.newContext({ ...options, viewport: PHONE.viewport });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
	return {
		context,
		page,
		/** `url` (under `base`) through the phone's link. */
		site: (/** @type {string} */ url) => new URL(new URL(url).pathname + new URL(url).search, link.url).href,
		close: async () => {
			await context.close();
			await link.close();
		}
	};
}
