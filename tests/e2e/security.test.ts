import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	clean,
	cleanLog,
	closeBrowser,
	launchBrowser,
	newSession,
	openDisclosures,
	openPage
} from './browser';
import { consoleReady, queryInConsole, typeQuery } from './console-page';

beforeAll(launchBrowser);
afterAll(closeBrowser);

/** Every payload tries to set `window.__pwned`: if any runs, the trap is sprung. */
const payloads = {
	script: '<script>window.__pwned="script"</script>',
	img: '<img src=x onerror="window.__pwned=\'img\'">',
	link: 'javascript:window.__pwned="link"',
	svg: '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=\'svg\'"><script>window.__pwned="svg-script"</script></svg>',
	rlo: '\u202Egnp.exe\u202C',
	formula: '=HYPERLINK("http://example.com","x")'
};
const values = Object.values(payloads);
/**
 * What the console grid and the upload preview show of a value: the direction controls as visible
 * marks with their code point (the value itself is unchanged, as the exports check).
 */
const shown = (value: string) =>
	value.replace(/[\u202A-\u202E]/g, (mark) => `⟨${mark.charCodeAt(0).toString(16).toUpperCase()}⟩`);
const shownValues = values.map(shown);

/** What an injected payload would have left in the DOM. */
const injected = (page: Page) =>
	page.evaluate(() => ({
		pwned: (window as unknown as { __pwned?: string }).__pwned,
		images: document.querySelectorAll('img[src="x"], img[onerror]').length,
		handlers: document.querySelectorAll('[onload], [onerror]').length,
		svgScripts: document.querySelectorAll('svg script').length,
		javascriptLinks: document.querySelectorAll('a[href^="javascript:" i], [src^="javascript:" i]').length,
		scripts: document.querySelectorAll('script').length
	}));
const safe = (scripts: number) => ({
	pwned: undefined,
	images: 0,
	handlers: 0,
	svgScripts: 0,
	javascriptLinks: 0,
	scripts
});

/** Every text node holding a direction override sits in an isolating element (bdi, dir=auto…). */
const overridesIsolated = (page: Page) =>
	page.evaluate(() => {
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const leaks: string[] = [];
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (!node.textContent?.includes('\u202E')) continue;
			// An option is drawn on its own line, alone: an override cannot reach past it.
			if (node.parentElement?.tagName === 'OPTION') continue;
			const text = node.textContent;
			const fsi = text.indexOf('\u2068') !== -1 && text.indexOf('\u2068') < text.indexOf('\u202E');
			const bidi = getComputedStyle(node.parentElement!).unicodeBidi;
			if (!fsi && !['isolate', 'plaintext', 'isolate-override'].includes(bidi))
				leaks.push(`${node.parentElement!.tagName}: ${bidi}`);
		}
		return leaks;
	});

const csvCell = (value: string) => `"${value.replace(/"/g, '""')}"`;
/** A CSV whose headers and cells are all payloads. */
const hostileCsv =
	values.map(csvCell).join(',') +
	'\n' +
	values.map(csvCell).join(',') +
	'\n' +
	[...values].reverse().map(csvCell).join(',') +
	'\n';

describe('injection payloads in user data are shown as text, never run', () => {
	it('an uploaded CSV with payloads in headers and cells: preview, mapping and kept list', async () => {
		const session = await newSession({ locale: 'en-GB' });
		const { page, log } = await openPage(session, '/en/data/');
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
			timeout: 45_000
		});
		const scripts = (await injected(page)).scripts;
		await page.locator('#upload-input').setInputFiles({
			name: `\u202Evsc.${payloads.img}.csv`,
			mimeType: 'text/csv',
			buffer: Buffer.from(hostileCsv, 'utf8')
		});
		const preview = page.locator('[data-preview]');
		await preview.waitFor();
		// Headers and cells read back exactly as typed: text, not markup.
		const headers = await preview.locator('thead th bdi').allTextContents();
		expect(headers).toEqual(shownValues);
		expect(await preview.locator('tbody tr').first().locator('td').allTextContents()).toEqual(shownValues);
		expect(await page.locator('select[data-role="year"] option').allTextContents()).toEqual(
			expect.arrayContaining(values)
		);
		await page.locator('[data-table-name]').fill('hostile');
		await page.locator('[data-keep]').click();
		await page.locator('[data-stored="hostile"]').waitFor();
		expect(await page.locator('[data-stored="hostile"] bdi').allTextContents()).toEqual(
			expect.arrayContaining(values)
		);
		expect(await injected(page)).toEqual(safe(scripts));
		expect(await overridesIsolated(page)).toEqual([]);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it('an award history with payloads as categories, winners and types: charts, tooltips and the console', async () => {
		const session = await newSession({ locale: 'en-GB' });
		const { page, log } = await openPage(session, '/en/data/');
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
			timeout: 45_000
		});
		const scripts = (await injected(page)).scripts;
		const rows = values.map((value, i) =>
			[String(2015 + (i % 3)), value, value, value].map(csvCell).join(',')
		);
		await page.locator('#upload-input').setInputFiles({
			name: 'history.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(['year,category,winner,type', ...rows].join('\n') + '\n', 'utf8')
		});
		await page.locator('[data-preview]').waitFor();
		expect(await page.locator('select[data-role="year"]').inputValue()).toBe('year');
		await page.locator('[data-table-name]').fill('hostile_history');
		await page.locator('[data-keep]').click();
		// The charts label their groups and tooltips with the payloads, as text.
		const charts = page.locator('[data-upload-charts="hostile_history"]');
		await charts.locator('[data-upload-chart="by-category"] svg').waitFor();
		const drawnText = await charts
			.locator('svg')
			.evaluateAll((svgs) =>
				svgs
					.map((svg) => [...svg.querySelectorAll('text, title')].map((node) => node.textContent).join('\n'))
					.join('\n')
			);
		for (const value of [payloads.img, payloads.script, payloads.svg]) expect(drawnText).toContain(value);
		await openDisclosures(page, '[data-upload-charts="hostile_history"] details.data-table');
		const tables = (await charts.locator('table').allTextContents()).join('\n');
		for (const value of values) expect(tables).toContain(value);
		expect(await injected(page)).toEqual(safe(scripts));

		// The same table in the console grid.
		await page.goto(page.url().replace('/en/data/', '/en/sql/'));
		await page.waitForSelector('[data-uploaded="hostile_history"]', { timeout: 90_000 });
		await consoleReady(page);
		const consoleScripts = (await injected(page)).scripts;
		const cells = (await queryInConsole(page, 'SELECT category, winner, type FROM hostile_history')).flat();
		for (const value of shownValues) expect(cells).toContain(value);
		expect(await injected(page)).toEqual(safe(consoleScripts));
		expect(await overridesIsolated(page)).toEqual([]);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	}, 120_000);

	it('the console grid, its error message and its CSV export keep payloads inert', async () => {
		const session = await newSession({ locale: 'en-GB', acceptDownloads: true });
		const { page, log } = await openPage(session, '/en/sql/');
		await consoleReady(page);
		const scripts = (await injected(page)).scripts;
		const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;
		const ident = (value: string) => `"${value.replace(/"/g, '""')}"`;
		const sql = `SELECT ${values.map((value) => `${literal(value)} AS ${ident(value)}`).join(', ')}`;
		const run = async (text: string) => {
			await typeQuery(page, text);
			await page.click('[data-action="run"]');
		};
		await run(sql);
		const grid = page.locator('[data-testid="result-grid"]');
		await grid.waitFor();
		const head = await grid.locator('thead th').allTextContents();
		for (const value of shownValues) expect(head.some((text) => text.includes(value))).toBe(true);
		expect((await grid.locator('tbody td').allTextContents()).slice(1)).toEqual(shownValues);

		// CSV export: the formula is neutralised, the markup is plain text in quotes or not.
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="csv"]')]);
		const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\ufeff/, '');
		const [header, row] = csv.trim().split(/\r\n/);
		for (const line of [header, row]) {
			expect(line).toContain(`'${payloads.formula.replace(/"/g, '""')}`);
			expect(line).not.toMatch(/(^|,)"?[=+@-]/);
		}

		// An error message quoting the payload shows it as text.
		await run(`SELECT ${ident(payloads.img)} FROM editions`);
		await page.waitForSelector('[data-testid="sql-error"]');
		expect(await page.locator('[data-testid="sql-error"] pre').textContent()).toContain(payloads.img);

		expect(await injected(page)).toEqual(safe(scripts));
		expect(await overridesIsolated(page)).toEqual([]);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it('payloads in query strings and share links: dashboard, embeds and console stay inert', async () => {
		const session = await newSession({ locale: 'en-GB' });
		const query = new URLSearchParams({
			type: payloads.img,
			category: payloads.link,
			level: payloads.script,
			from: payloads.svg,
			edition: payloads.rlo
		}).toString();
		for (const path of [
			`/en/?${query}`,
			`/ar/embed/participation/?${query}`,
			`/fr/embed/prize-levels/?${query}`
		]) {
			const { page, log } = await openPage(session, path);
			if (!path.includes('/embed/'))
				await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
					timeout: 45_000
				});
			else await page.waitForLoadState('load');
			// Unknown filter values are dropped, not echoed: the charts still draw.
			expect(await page.locator('[data-chart] svg').count(), path).toBeGreaterThan(0);
			const scripts = await page.evaluate(() => document.querySelectorAll('script').length);
			expect(await injected(page), path).toEqual(safe(scripts));
			expect(cleanLog(log), path).toEqual(clean);
			await page.close();
		}
		const shared = await openPage(session, `/en/sql/#q=${encodeURIComponent(payloads.svg)}`);
		await shared.page.waitForSelector('.editor[data-ready="true"] .cm-content');
		expect(await shared.page.textContent('.cm-content')).toBe(payloads.svg);
		const scripts = await shared.page.evaluate(() => document.querySelectorAll('script').length);
		expect(await injected(shared.page)).toEqual(safe(scripts));
		await session.close();
	});
});
