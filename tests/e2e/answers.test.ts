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

/** Waits for the build's answers: the dashboard follows filters from them. */
const answersIn = (page: Page) =>
	page.waitForFunction(() => document.documentElement.dataset.answers === 'ready');

/** `path` opened with the engine held back (`release` lets it through), once the build's answers are in. */
async function openBeforeEngine(session: Session, path: string) {
	const release = await holdEngine(session);
	const opened = await openPage(session, path);
	await answersIn(opened.page);
	return { ...opened, release };
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
		const { page, log, release } = await openBeforeEngine(session, '/en/');
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
		const { page, log, release } = await openBeforeEngine(session, '/fr/');
		const types = page.locator('section[data-chart="institution-types"]');
		const ministryMarks = await types
			.locator('rect.segment[data-stack="ministry"]')
			.evaluateAll((marks) => marks.reduce((sum, mark) => sum + Number(mark.getAttribute('data-value')), 0));

		await types.locator('rect.segment[data-stack="ministry"]').first().click();
		await page.waitForURL(`${baseUrl()}/fr/?type=ministry`);
		await expect.poll(() => filtersShown(page), { timeout: 10_000 }).toEqual(Array(6).fill('?type=ministry'));
		expect(await levelsTotal(page)).toBe(ministryMarks);

		await page.goto(`${baseUrl()}/fr/?from=2010&to=2016`);
		await answersIn(page);
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
		// It says so, and its marks step back, while it waits.
		await expect
			.poll(() => repeat.getByTestId('pending-filters').textContent())
			.toBe('Pas encore filtré par type d’institution : chargement…');
		expect(await repeat.getAttribute('class')).toContain('pending');
		// A screen reader hears it with the change.
		expect(await page.locator('.filter-bar .announce').textContent()).toBe(
			"Graphiques mis à jour. Filtres actifs: De 2010, À 2016, Type d'institution: Ministère ou service de l'État. " +
				'Certains graphiques attendent le moteur de requêtes : chacun dit quels filtres il ne suit pas encore.'
		);
		release();
		await expect.poll(() => repeat.getAttribute('data-filters'), { timeout: 60_000 }).toBe(combined);
		expect(await repeat.getAttribute('data-origin')).toBe('duckdb');
		expect(await repeat.getByTestId('pending-filters').count()).toBe(0);
		expect(await repeat.getAttribute('class')).not.toContain('pending');
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	}, 180_000);

	it('a shared link the build cannot answer: the charts that wait say which filters, until the engine answers', async () => {
		const session = await newSession({ locale: 'en-GB' });
		const search = '?type=ministry&level=grand-prix';
		const { page, log, release } = await openBeforeEngine(session, `/en/${search}`);
		const notes = () =>
			page
				.locator('section[data-chart]')
				.evaluateAll((sections) =>
					Object.fromEntries(
						sections.map((section) => [
							section.getAttribute('data-chart'),
							section.querySelector('[data-testid="pending-filters"]')?.textContent ?? null
						])
					)
				);
		// The categories and the repeat winners read both filters together: only the engine answers
		// them. The two charts whose own dimension is one of them, and the two that follow neither,
		// answer from the build.
		const waiting = 'Not yet filtered by institution type and prize level: loading…';
		await expect.poll(notes, { timeout: 10_000 }).toEqual({
			participation: null,
			categories: waiting,
			'institution-types': null,
			'prize-levels': null,
			'repeat-winners': waiting,
			'edition-detail': null
		});
		expect(await page.getAttribute('section[data-chart="categories"]', 'data-origin')).toBe('prerender');
		// Its marks fade; its text keeps its contrast.
		expect(
			await page.locator('section[data-chart="categories"]').evaluate((section) => ({
				mark: getComputedStyle(section.querySelector('svg rect')!).opacity,
				text: getComputedStyle(section.querySelector('svg text')!).opacity
			}))
		).toEqual({ mark: '0.45', text: '1' });
		expect(await page.getAttribute('html', 'data-engine')).toBe('loading');

		release();
		await expect.poll(() => filtersShown(page), { timeout: 60_000 }).toEqual(Array(6).fill(search));
		expect(Object.values(await notes())).toEqual(Array(6).fill(null));
		expect(await page.locator('section[data-chart].pending').count()).toBe(0);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	}, 180_000);

	it('filters the build answers never show that note, not even for a moment', async () => {
		const session = await newSession({ locale: 'fr-FR' });
		// Every note that ever enters the page, counted from its first byte.
		await session.context.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { __pendingSeen: string[] }).__pendingSeen = seen;
			new MutationObserver((records) => {
				const note = '[data-testid="pending-filters"]';
				// A note added alone, or inside a larger part of the page added at once.
				for (const record of records)
					for (const node of record.addedNodes)
						if (node instanceof Element)
							for (const added of [node, ...node.querySelectorAll(note)])
								if (added.matches(note)) seen.push(added.textContent ?? '');
			}).observe(document, { subtree: true, childList: true });
		});
		const { page, log, release } = await openBeforeEngine(session, '/fr/?type=ministry');
		await expect.poll(() => filtersShown(page), { timeout: 10_000 }).toEqual(Array(6).fill('?type=ministry'));
		await page.locator('.filter-bar select[name="type"]').selectOption('');
		await page.locator('.filter-bar select[name="category"]').selectOption('e-content');
		await expect
			.poll(() => filtersShown(page), { timeout: 10_000 })
			.toEqual(Array(6).fill('?category=e-content'));
		expect(await page.locator('.filter-bar .announce').textContent()).not.toContain('moteur');
		release();
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
			timeout: 60_000
		});
		expect(
			await page.evaluate(() => (window as unknown as { __pendingSeen: string[] }).__pendingSeen)
		).toEqual([]);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	}, 180_000);

	it('with an engine that cannot start, those charts say they are not filtered', async () => {
		const session = await newSession({ locale: 'fr-FR' });
		await session.context.route(/\.wasm$/, (route) => route.abort());
		const { page } = await openPage(session, '/fr/?type=ministry&level=grand-prix');
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'failed', null, {
			timeout: 60_000
		});
		const categories = page.locator('section[data-chart="categories"]');
		await expect
			.poll(() => categories.getByTestId('pending-filters').textContent())
			.toBe('Non filtré par type d’institution et niveau du prix : le moteur de requêtes n’a pas démarré.');
		expect(await categories.getAttribute('class')).toContain('pending');
		await session.close();
	}, 180_000);
});
