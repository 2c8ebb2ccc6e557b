import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	baseUrl,
	clean,
	cleanLog,
	closeBrowser,
	launchBrowser,
	newSession,
	openDisclosures,
	openPage,
	type Session
} from './browser';

beforeAll(launchBrowser);
afterAll(closeBrowser);

/** Holds every request for the engine's WASM until `release`: the engine cannot be ready before. */
async function holdEngine(session: Session) {
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await session.context.route(/\.wasm$/, async (route) => {
		await held;
		await route.continue().catch(() => {});
	});
	return release;
}

/** What every chart shows: the values of its marks and its data table's text. */
const shown = (page: Page) =>
	page.locator('section[data-chart]').evaluateAll((sections) =>
		sections.map((section) => ({
			chart: section.getAttribute('data-chart'),
			values: [...section.querySelectorAll('[data-value]')].map((mark) => mark.getAttribute('data-value')),
			table: [...section.querySelectorAll('table')].map((table) => table.textContent)
		}))
	);

/** Every chart frame says which filters its rows answer. */
const filtersShown = (page: Page) =>
	page
		.locator('section[data-chart]')
		.evaluateAll((sections) => sections.map((s) => s.getAttribute('data-filters')));

/** Sum of the recorded prizes the prize-level chart draws. */
const levelsTotal = (page: Page) =>
	page
		.locator('section[data-chart="prize-levels"] rect.segment:not([data-stack="withheld"])')
		.evaluateAll((marks) => marks.reduce((sum, mark) => sum + Number(mark.getAttribute('data-value')), 0));

describe("before the engine: the build's answers", () => {
	it('a filter change shows every chart for the new filter, the numbers the engine then gives', async () => {
		const session = await newSession({ locale: 'en-GB' });
		const release = await holdEngine(session);
		const { page, log } = await openPage(session, '/en/');
		await page.waitForFunction(() => document.documentElement.dataset.answers === 'ready');
		const before = await levelsTotal(page);

		await page.locator('.filter-bar select[name="type"]').selectOption('ministry');
		await page.waitForURL(`${baseUrl()}/en/?type=ministry`);
		await expect.poll(() => filtersShown(page), { timeout: 10_000 }).toEqual(Array(6).fill('?type=ministry'));
		expect(await page.getAttribute('html', 'data-engine')).toBe('loading');
		const levels = page.locator('section[data-chart="prize-levels"]');
		expect(await levels.getAttribute('data-origin')).toBe('answers');
		const ministries = await levelsTotal(page);
		expect(ministries).toBeGreaterThan(0);
		expect(ministries).toBeLessThan(before);
		// The tables too, opened as a reader opens them: they stay open while the engine takes over.
		await openDisclosures(page, 'section[data-chart] details.data-table');
		const answered = await shown(page);

		// The engine, let through, answers the same filters with the very same numbers.
		release();
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
			timeout: 60_000
		});
		// On a busy machine the engine's first answers take seconds: a condition, waited for.
		await expect.poll(() => levels.getAttribute('data-origin'), { timeout: 60_000 }).toBe('duckdb');
		await expect
			.poll(() => page.locator('section[data-chart][data-origin="duckdb"]').count(), { timeout: 60_000 })
			.toBe(6);
		expect(await shown(page)).toEqual(answered);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	}, 180_000);

	it('a click on a mark and a year range answer before the engine; a combined filter waits for it', async () => {
		const session = await newSession({ locale: 'fr-FR' });
		const release = await holdEngine(session);
		const { page, log } = await openPage(session, '/fr/');
		await page.waitForFunction(() => document.documentElement.dataset.answers === 'ready');
		const types = page.locator('section[data-chart="institution-types"]');
		const ministryMarks = await types
			.locator('rect.segment[data-stack="ministry"]')
			.evaluateAll((marks) => marks.reduce((sum, mark) => sum + Number(mark.getAttribute('data-value')), 0));

		await types.locator('rect.segment[data-stack="ministry"]').first().click();
		await page.waitForURL(`${baseUrl()}/fr/?type=ministry`);
		await expect.poll(() => filtersShown(page), { timeout: 10_000 }).toEqual(Array(6).fill('?type=ministry'));
		expect(await levelsTotal(page)).toBe(ministryMarks);

		await page.goto(`${baseUrl()}/fr/?from=2010&to=2016`);
		await page.waitForFunction(() => document.documentElement.dataset.answers === 'ready');
		await expect
			.poll(() => filtersShown(page), { timeout: 10_000 })
			.toEqual(Array(6).fill('?from=2010&to=2016'));
		expect(await page.locator('section[data-chart="participation"] [data-value]').count()).toBeGreaterThan(0);

		// A year range and a type together: the charts cut by year follow at once, the repeat
		// winners (counted over the range) keep what they show until the engine answers.
		await page.locator('.filter-bar select[name="type"]').selectOption('ministry');
		await page.waitForURL(/type=ministry/);
		const combined = '?from=2010&to=2016&type=ministry';
		const repeat = page.locator('section[data-chart="repeat-winners"]');
		await expect
			.poll(() => page.locator('section[data-chart="prize-levels"]').getAttribute('data-filters'), {
				timeout: 10_000
			})
			.toBe(combined);
		expect(await repeat.getAttribute('data-filters')).toBe('?from=2010&to=2016');
		release();
		await expect.poll(() => repeat.getAttribute('data-filters'), { timeout: 60_000 }).toBe(combined);
		expect(await repeat.getAttribute('data-origin')).toBe('duckdb');
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	}, 180_000);
});
