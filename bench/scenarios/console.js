// @ts-check
// The console scenarios: the product console (CodeMirror, Run, rows in the DOM) and the bare
// DuckDB reference page.
import { CONSOLE_SELECT_SQL, CONSOLE_SETUP, CONSOLE_SQL, PAGE_ROWS } from '../args.js';

/**
 * The product console: creates the 1,000,000-row table through the console itself (a statement
 * of its own, not timed), then pastes each query into the CodeMirror editor, clicks Run and
 * times, in the page, from the click to the DOM holding the result's row count (and to the
 * next frame, painted). The bare page runs in a second tab of the same browser, its table made
 * the same way, and each product run follows a bare streamed run of the same SQL (`conn.send`,
 * batches read as far as the console reads them: all of them for the GROUP BY, its first page of
 * PAGE_ROWS for the SELECT *): the ratio compares runs taken side by side, on a machine whose load
 * drifts between browsers. Best of 3 of each, after two untimed runs of each query.
 * @param {import('playwright-core').Browser} browser @param {string} url
 */
export async function consoleProduct(browser, url) {
	const context = await browser.newContext({ locale: 'fr-FR' });
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForSelector('.console[data-status="ready"]', { timeout: 180_000 });
	await page.waitForSelector('.editor[data-ready="true"] .cm-content', { timeout: 60_000 });
	const run = async (/** @type {string} */ sql) => {
		await page.click('.cm-content');
		await page.keyboard.press('Control+A');
		await page.keyboard.insertText(sql);
		return page.evaluate(
			() =>
				new Promise((resolve) => {
					const box = /** @type {HTMLElement} */ (document.querySelector('.console'));
					let running = false;
					let dom = null;
					const obs = new MutationObserver(() => {
						if (box.dataset.status === 'running') running = true;
						const error = document.querySelector('[data-testid="sql-error"]');
						const summary = /** @type {HTMLElement | null} */ (
							document.querySelector('[data-testid="result-summary"]')
						);
						if (!running || box.dataset.status !== 'ready') return;
						obs.disconnect();
						if (error || !summary) return resolve({ error: error?.textContent ?? 'no result' });
						dom = performance.now() - t0;
						const rows = Number(summary.dataset.rows);
						requestAnimationFrame(() => resolve({ ms: dom, paintMs: performance.now() - t0, rows }));
					});
					obs.observe(document.body, { subtree: true, childList: true, attributes: true });
					const t0 = performance.now();
					/** @type {HTMLButtonElement} */ (document.querySelector('[data-action="run"]')).click();
					setTimeout(() => resolve({ error: 'timeout' }), 120_000);
				})
		);
	};
	const setup = /** @type {any} */ (await run(CONSOLE_SETUP));
	if (setup.error) throw new Error(`console setup: ${setup.error}`);
	const bare = await context.newPage();
	await bare.goto(new URL('/__bench/console.html', url).href);
	await bare.waitForFunction(() => document.documentElement.dataset.done, null, { timeout: 180_000 });
	/** The bare streamed run of `sql`, read until `until` rows. @param {string} sql @param {number} until */
	const streamed = async (sql, until) => {
		await bare.bringToFront();
		return /** @type {number} */ (
			await bare.evaluate(
				([text, n]) => /** @type {any} */ (window).__streamed(text, n),
				/** @type {const} */ ([sql, until])
			)
		);
	};
	/** Best of 3 runs of `sql`, each after a bare one. @param {string} sql @param {number} until */
	const best = async (sql, until) => {
		/** @type {any[]} */
		const times = [];
		/** @type {number[]} */
		const bareMs = [];
		for (let i = 0; i < 3; i++) {
			bareMs.push(await streamed(sql, until));
			await page.bringToFront();
			times.push(await run(sql));
		}
		const ok = times.filter((t) => t.ms != null);
		if (ok.length === 0) throw new Error(`console query: ${times[0]?.error}`);
		return {
			ms: Math.min(...ok.map((t) => t.ms)),
			paintMs: Math.min(...ok.map((t) => t.paintMs)),
			rows: ok[0].rows,
			streamedMs: Math.min(...bareMs)
		};
	};
	// The bare page ran each query 3 to 6 times at load (its own measures): the console runs each twice
	// untimed, so that neither side is timed cold (the engine's first large reads grow its memory).
	for (const sql of [CONSOLE_SQL, CONSOLE_SELECT_SQL, CONSOLE_SQL, CONSOLE_SELECT_SQL]) {
		await page.bringToFront();
		const warm = /** @type {any} */ (await run(sql));
		if (warm.error) throw new Error(`console warm-up: ${warm.error}`);
	}
	const groupBy = await best(CONSOLE_SQL, Infinity);
	const select = await best(CONSOLE_SELECT_SQL, PAGE_ROWS);
	await context.close();
	return { ...groupBy, select };
}

/**
 * The bare console reference; the same query streamed (`conn.send`, as the console runs it so
 * that Cancel works) is recorded beside it.
 * @param {import('playwright-core').Browser} browser @param {string} base @param {(k: string, v: number) => void} push
 */
export async function consoleBare(browser, base, push) {
	const page = await browser.newPage();
	await page.goto(base + '__bench/console.html');
	await page.waitForFunction(() => document.documentElement.dataset.done, null, { timeout: 180_000 });
	const r = await page.evaluate(
		() => /** @type {any} */ (window).__bench ?? { error: /** @type {any} */ (window).__benchError }
	);
	await page.close();
	if (r?.sendMs) push('console-streamed', Math.min(...r.sendMs));
	if (r?.selectMs) push('console-select-bare', Math.min(...r.selectMs));
	return r?.queryMs ? Math.min(...r.queryMs) : null;
}
