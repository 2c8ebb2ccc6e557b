import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { histories } from '../fixtures/histories';
import {
	clean as cleanPage,
	cleanLog,
	closeBrowser,
	launchBrowser,
	newSession,
	openDisclosures,
	openPage,
	type Session
} from './browser';
import { pageMeasures, pageScrollsSideways, probeLayout, settleLayout } from './layout-probe';
import { chartIds, langs } from './routes';

/**
 * The layout suite: every page a reader meets, at every width from a small phone to a wide screen,
 * in ar, fr and en, light and dark, judged on the rendered geometry. One page per route and language
 * is resized and recoloured in place, so the whole matrix costs a few page loads.
 */
const widths = [320, 390, 768, 1280, 1920] as const;
const schemes = ['light', 'dark'] as const;
const locales = { ar: 'ar-MA', fr: 'fr-FR', en: 'en-GB' } as const;

beforeAll(launchBrowser);
afterAll(closeBrowser);

interface Seen {
	at: string;
	width: number;
	scheme: string;
	texts: number;
	height: number;
	embedHeight: number;
	stickyShare: number;
	/** Charts whose grid scrolls sideways in its own box at this width. */
	gridsScrolling: string[];
	/** What a reader would see wrong; every list empty and every count 0 when the page reads well. */
	wrong: {
		overlaps: string[];
		cut: string[];
		small: string[];
		sideways: boolean;
		hintsWrong: string[];
		openTables: number;
	};
}

/** A failure's message stays readable: how many, and the first few by name. */
const firstFew = (found: string[]) =>
	found.length > 4 ? [`${found.length} in all`, ...found.slice(0, 4)] : found;

/** Every width (and scheme) of one page, measured as the reader sees it. */
async function sweep(
	page: Page,
	{ scope = '.chart-frame, [data-upload-charts]', measured = true, dark = true } = {}
): Promise<Seen[]> {
	const seen: Seen[] = [];
	for (const scheme of dark ? schemes : (['light'] as const)) {
		await page.emulateMedia({ colorScheme: scheme });
		for (const width of widths) {
			await page.setViewportSize({ width, height: 900 });
			await settleLayout(page, { measured });
			const probe = await probeLayout(page, scope);
			const measures = await pageMeasures(page);
			// A grid that scrolls in its own box says so; one that fits does not claim to scroll.
			const grids = await page.$$eval('.grid-scroll', (boxes) =>
				boxes.map((box) => ({
					chart: box.closest('[data-chart]')?.getAttribute('data-chart') ?? '?',
					scrolls: box.scrollWidth > box.clientWidth + 1,
					hinted: box.previousElementSibling?.classList.contains('scroll-hint') ?? false
				}))
			);
			seen.push({
				at: `${width} px ${scheme}`,
				width,
				scheme,
				texts: probe.texts,
				height: measures.height,
				embedHeight: measures.embedHeight,
				stickyShare: measures.stickyShare,
				gridsScrolling: grids.filter((grid) => grid.scrolls).map((grid) => grid.chart),
				wrong: {
					overlaps: firstFew(probe.overlaps),
					cut: firstFew(probe.cut),
					small: firstFew(probe.small),
					sideways: await pageScrollsSideways(page),
					// Before hydration nothing is measured: the hint stays, to be safe, on every grid.
					hintsWrong: measured
						? grids.filter((grid) => grid.scrolls !== grid.hinted).map((grid) => grid.chart)
						: grids.filter((grid) => grid.scrolls && !grid.hinted).map((grid) => grid.chart),
					openTables: measures.openTables
				}
			});
		}
	}
	return seen;
}

const clean = { overlaps: [], cut: [], small: [], sideways: false, hintsWrong: [], openTables: 0 };
/** Each size with what went wrong there, for one assertion that names every place. */
const verdicts = (seen: Seen[]) => seen.map(({ at, wrong }) => ({ at, ...wrong }));
const allClean = (seen: Seen[]) => seen.map(({ at }) => ({ at, ...clean }));
const at = (seen: Seen[], where: string) => seen.find((each) => each.at === where)!;

describe.each(langs)('the layout in %s', (lang) => {
	let session: Session;
	beforeAll(async () => {
		session = await newSession({ locale: locales[lang] });
	});
	afterAll(() => session.close());

	it('the dashboard before any script: the prerendered layout the container queries choose', async () => {
		const bare = await newSession({ locale: locales[lang], javaScriptEnabled: false });
		const { page } = await openPage(bare, `/${lang}/`);
		const seen = await sweep(page, { measured: false });
		expect(verdicts(seen)).toEqual(allClean(seen));
		// A probe that measured nothing would pass anything.
		for (const each of seen) expect(each.texts, each.at).toBeGreaterThan(50);
		await bare.close();
	});

	it('the dashboard drawn by the engine: readable everywhere, six views in 3,500 px, a bar that leaves a phone its screen', async () => {
		const { page, log } = await openPage(session, `/${lang}/`);
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
			timeout: 90_000
		});
		const seen = await sweep(page);
		expect(verdicts(seen)).toEqual(allClean(seen));
		for (const each of seen) expect(each.texts, each.at).toBeGreaterThan(50);
		expect(at(seen, '1280 px light').height).toBeLessThanOrEqual(3500);
		for (const each of seen.filter(({ width }) => width <= 390))
			expect(each.stickyShare, each.at).toBeLessThanOrEqual(0.25);
		// The repeat-winners strip narrows its columns to fit from a tablet up; only the category grid
		// (long row names) may still scroll in its own box there.
		for (const each of seen.filter(({ width }) => width >= 768))
			expect(each.gridsScrolling, each.at).not.toContain('repeat-winners');
		expect(seen.some((each) => each.gridsScrolling.length > 0)).toBe(true);
		expect(log.pageErrors).toEqual([]);
		await page.close();
	});

	it('every embed: readable at every width, at most 700 px tall on a desktop and 800 px on a phone, with its source and data', async () => {
		for (const chart of chartIds) {
			const { page, log } = await openPage(session, `/${lang}/embed/${chart}/`);
			const seen = await sweep(page, { dark: false });
			// What an article's reader needs besides the chart: where it comes from and its data.
			const credits = await page.evaluate(() => ({
				source: (document.querySelector('.chart-frame .source')?.textContent?.trim() ?? '').length > 0,
				data: document.querySelectorAll('footer a[href]').length > 0
			}));
			expect({ chart, ...credits }).toEqual({ chart, source: true, data: true });
			expect(cleanLog(log), chart).toEqual(cleanPage);
			expect({ chart, verdicts: verdicts(seen) }).toEqual({ chart, verdicts: allClean(seen) });
			const desktop = at(seen, '1280 px light').embedHeight;
			const phone = at(seen, '390 px light').embedHeight;
			expect({ chart, desktop, phone, fits: desktop > 0 && desktop <= 700 && phone <= 800 }).toEqual({
				chart,
				desktop,
				phone,
				fits: true
			});
			await page.close();
		}
	});

	it('an institution page and the SQL console', async () => {
		const institution = await openPage(session, `/${lang}/institutions/mef/`);
		const places = await sweep(institution.page, { scope: 'main' });
		expect(verdicts(places)).toEqual(allClean(places));
		// On a phone the prizes table is a card per prize: nothing to scroll sideways, every value
		// led by its column's name.
		for (const width of [320, 390]) {
			await institution.page.setViewportSize({ width, height: 900 });
			await settleLayout(institution.page, { measured: false });
			const cards = await institution.page.$eval('table.prizes', (table) => ({
				scrolls: table.parentElement!.scrollWidth > table.parentElement!.clientWidth + 1,
				labels: [...table.querySelectorAll('tbody td')].map(
					(cell) => getComputedStyle(cell, '::before').content
				),
				// Every line of a value starts on the page's reading side (a French value on an Arabic
				// page included): its distance from that edge of its box.
				offsets: [...table.querySelectorAll('tbody td > bdi')].flatMap((value) => {
					const box = value.getBoundingClientRect();
					const range = document.createRange();
					range.selectNodeContents(value);
					const rtl = document.documentElement.dir === 'rtl';
					return [...range.getClientRects()].map((line) =>
						Math.round(rtl ? box.right - line.right : line.left - box.left)
					);
				})
			}));
			expect({ width, scrolls: cards.scrolls }).toEqual({ width, scrolls: false });
			expect(cards.offsets.length).toBeGreaterThan(0);
			for (const offset of cards.offsets) expect(Math.abs(offset)).toBeLessThanOrEqual(2);
			expect(cards.labels.length).toBeGreaterThan(0);
			for (const label of cards.labels) expect(label).toMatch(/^".+"$/);
		}
		await institution.page.close();

		const sql = await openPage(session, `/${lang}/sql/`);
		await sql.page.waitForSelector('.console[data-status="ready"]', { timeout: 90_000 });
		const grid = await sweep(sql.page, { scope: 'main' });
		expect(verdicts(grid)).toEqual(allClean(grid));
		// The work first: on a phone the editor and its Run button are on the first screen, the
		// tables' list below them; on a wide screen the list stands beside the editor.
		for (const [width, beside] of [
			[390, false],
			[1280, true]
		] as const) {
			await sql.page.setViewportSize({ width, height: 844 });
			await settleLayout(sql.page, { measured: false });
			const boxes = await sql.page.evaluate(() => {
				const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
				return {
					run: box('[data-action="run"]').bottom + window.scrollY,
					schema: box('[data-testid="schema"]').top + window.scrollY
				};
			});
			expect({ width, runOnFirstScreen: boxes.run <= 844, schemaBelowRun: boxes.schema > boxes.run }).toEqual(
				{ width, runOnFirstScreen: true, schemaBelowRun: !beside }
			);
		}
		await sql.page.close();
	});
});

describe('award histories at the scale of real ones, uploaded', () => {
	it.each(['en', 'ar'] as const)(
		'in %s: each generated history draws charts with no overlapping, cut or small text and no sliver layers',
		async (lang) => {
			const session = await newSession({ locale: locales[lang] });
			const { page } = await openPage(session, `/${lang}/data/`);
			await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
				timeout: 90_000
			});
			for (const history of histories.map((make) => make())) {
				await page.setViewportSize({ width: 390, height: 900 });
				await page.locator('#upload-input').setInputFiles({
					name: `${history.name}.csv`,
					mimeType: 'text/csv',
					buffer: Buffer.from(history.csv, 'utf8')
				});
				await page.locator('[data-preview]').waitFor();
				await page.locator('[data-keep]').click();
				const charts = page.locator(`[data-upload-charts="${history.name}"]`);
				await charts.waitFor({ timeout: 60_000 });
				const byCategory = charts.locator('[data-upload-chart="by-category"]');
				await byCategory.locator('svg rect.segment').first().waitFor();
				const seen = await sweep(page, { scope: `[data-upload-charts="${history.name}"]` });
				expect({ history: history.name, verdicts: verdicts(seen) }).toEqual({
					history: history.name,
					verdicts: allClean(seen)
				});
				for (const each of seen) expect(each.texts, each.at).toBeGreaterThan(5);
				// The largest categories keep their own layer, the rest are one "other (K categories)".
				const stacks = await byCategory
					.locator('rect.segment')
					.evaluateAll((els) => new Set(els.map((el) => el.getAttribute('data-stack'))).size);
				expect(stacks).toBeLessThanOrEqual(Math.min(history.categories, 8));
				// Every category is still in the data table.
				await openDisclosures(
					page,
					`[data-upload-charts="${history.name}"] [data-upload-chart="by-category"] details.data-table`
				);
				const tableCategories = await byCategory
					.locator('table tbody tr td:nth-child(2)')
					.evaluateAll((cells) => new Set(cells.map((cell) => cell.textContent)).size);
				expect(tableCategories).toBe(history.categories);
			}
			await session.close();
		},
		300_000
	);
});
