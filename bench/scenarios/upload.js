// @ts-check
// The upload scenarios: the product's datasets page and the bare DuckDB `read_csv` floor, each
// with the page's peak JS heap.

/**
 * The product upload: the generated CSV chosen through the datasets page's file input (after the
 * pointer rests on the picker and the engine that starts has started), timed in the page from the input's change event to the parsed preview (`table[data-preview]`), then
 * from the click on "keep" to the saved notice (`[data-saved]`, the dataset stored for the
 * console). Peak JS heap of the page (CDP) during the whole.
 * @param {import('playwright-core').Browser} browser @param {string} url @param {string} file
 */
export async function uploadProduct(browser, url, file) {
	const context = await browser.newContext({ locale: 'fr-FR' });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable');
	await page.goto(url);
	await page.waitForSelector('#upload-input');
	await page.waitForLoadState('networkidle');
	// A reader points at the picker before choosing a file, which starts the page's engine while the
	// file dialog is open; the floor's engine is started before its file is chosen too.
	await page.hover('label[for="upload-input"]');
	await page.waitForSelector('[data-upload-engine="ready"]', { timeout: 180_000 });
	const sampler = heapSampler(cdp);
	const parsed = page.evaluate(
		() =>
			new Promise((resolve) => {
				const input = /** @type {HTMLInputElement} */ (document.querySelector('#upload-input'));
				let t0 = 0;
				input.addEventListener('change', () => (t0 = performance.now()), { capture: true, once: true });
				const obs = new MutationObserver(() => {
					const error = document.querySelector('[data-error]');
					if (error) {
						obs.disconnect();
						resolve({ error: error.textContent });
					} else if (document.querySelector('table[data-preview]')) {
						obs.disconnect();
						resolve({ ms: performance.now() - t0 });
					}
				});
				obs.observe(document.body, { subtree: true, childList: true });
				setTimeout(() => resolve({ error: 'timeout' }), 300_000);
			})
	);
	await page.setInputFiles('#upload-input', file);
	const p = /** @type {any} */ (await parsed);
	let saveMs = null;
	if (p.ms != null) {
		saveMs = await page.evaluate(
			() =>
				new Promise((resolve) => {
					const obs = new MutationObserver(() => {
						if (document.querySelector('[data-saved]')) {
							obs.disconnect();
							resolve(performance.now() - t0);
						} else if (document.querySelector('[data-storage-error]')) {
							obs.disconnect();
							resolve(null);
						}
					});
					obs.observe(document.body, { subtree: true, childList: true });
					const t0 = performance.now();
					/** @type {HTMLButtonElement} */ (document.querySelector('[data-keep]')).click();
					setTimeout(() => resolve(null), 300_000);
				})
		);
	}
	const peakHeap = await sampler.stop();
	await context.close();
	if (p.error) throw new Error(`upload: ${p.error}`);
	return { ms: p.ms, saveMs, peakHeap };
}

/** Samples the page's used JS heap every 100 ms until stopped; resolves to the peak. @param {import('playwright-core').CDPSession} cdp */
export function heapSampler(cdp) {
	let peak = 0;
	let sampling = true;
	const done = (async () => {
		while (sampling) {
			const { metrics } = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] }));
			peak = Math.max(peak, metrics.find((x) => x.name === 'JSHeapUsedSize')?.value ?? 0);
			await new Promise((r) => setTimeout(r, 100));
		}
	})();
	return {
		stop: async () => {
			sampling = false;
			await done;
			return peak;
		}
	};
}

/** @param {import('playwright-core').Browser} browser @param {string} base @param {string} file */
export async function readCsvFloor(browser, base, file) {
	const page = await browser.newPage();
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	await page.goto(base + '__bench/readcsv.html');
	await page.waitForFunction(
		() => document.documentElement.dataset.ready || document.documentElement.dataset.done,
		null,
		{
			timeout: 180_000
		}
	);
	const sampler = heapSampler(cdp);
	await page.setInputFiles('input[type=file]', file);
	await page.waitForFunction(() => document.documentElement.dataset.done, null, { timeout: 300_000 });
	const peak = await sampler.stop();
	const r = await page.evaluate(
		() => /** @type {any} */ (window).__bench ?? { error: /** @type {any} */ (window).__benchError }
	);
	await page.close();
	return { ms: r?.ms ?? null, rows: r?.count ?? null, peakHeap: peak };
}
