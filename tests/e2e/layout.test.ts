import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, closeBrowser, launchBrowser, newSession, openPage, type Session } from './browser';
import { layoutProblems, settled, type LayoutProblems } from './geometry';
import { chartIds, langs } from './routes';

/**
 * The layout suite: every page a reader meets, at every width from a small phone to a wide screen,
 * in ar, fr and en, light and dark, judged on the rendered geometry. One page per route and language
 * is resized and recoloured in place, so the whole matrix costs a few page loads.
 */
const widths = [320, 390, 768, 1280, 1920] as const;
const schemes = ['light', 'dark'] as const;

/** An award history of the shape the datasets page is for: years, winners, categories. */
const history = [
	'year,winner,category,prize',
	...Array.from({ length: 30 }, (_, i) => {
		const year = 1990 + i;
		return [
			`${year},Agence numérique ${i},Services en ligne,Gold`,
			`${year},Ministère ${i % 7},Administration électronique,Silver`
		].join('\n');
	})
].join('\n');

beforeAll(launchBrowser);
afterAll(closeBrowser);

/** Every size and scheme of one page, with what went wrong at each. */
async function sweep(page: Page): Promise<{ at: string; found: LayoutProblems }[]> {
	const seen: { at: string; found: LayoutProblems }[] = [];
	for (const scheme of schemes) {
		await page.emulateMedia({ colorScheme: scheme });
		for (const width of widths) {
			await page.setViewportSize({ width, height: 900 });
			await settled(page);
			seen.push({ at: `${width} px ${scheme}`, found: await layoutProblems(page) });
		}
	}
	return seen;
}

/** A failure's message stays readable: how many, and the first few by name. */
const firstFew = (found: string[]) =>
	found.length > 4 ? [`${found.length} in all`, ...found.slice(0, 4)] : found;

/** The problems a reader would see, by size; empty lists when the page reads well everywhere. */
const defects = (seen: { at: string; found: LayoutProblems }[]) =>
	seen
		.map(({ at, found }) => ({
			at,
			overlaps: firstFew(found.overlaps),
			cut: firstFew(found.cut),
			small: firstFew(found.small),
			sideways: found.sideways,
			openTables: found.openTables
		}))
		.filter(
			(each) =>
				each.overlaps.length + each.cut.length + each.small.length + each.sideways + each.openTables > 0
		);

describe.each(langs)('the layout in %s', (lang) => {
	let session: Session;
	beforeAll(async () => {
		session = await newSession({ locale: lang === 'ar' ? 'ar-MA' : lang === 'fr' ? 'fr-FR' : 'en-GB' });
	});
	afterAll(() => session.close());

	it('the dashboard: before any script, and once the engine has drawn it', async () => {
		const bare = await session.context.browser()!.newContext({ javaScriptEnabled: false });
		const prerendered = await bare.newPage();
		await prerendered.goto(`${baseUrl()}/${lang}/`);
		const before = await sweep(prerendered);
		await bare.close();

		const { page, log } = await openPage(session, `/${lang}/`);
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
			timeout: 90_000
		});
		const after = await sweep(page);
		expect(defects(before)).toEqual([]);
		expect(defects(after)).toEqual([]);
		// A probe that measured nothing would pass anything.
		for (const { found } of [...before, ...after]) expect(found.texts).toBeGreaterThan(100);
		// A dashboard, not a document: six views in at most 3,500 px on a desktop.
		expect(after.find(({ at }) => at === '1280 px light')!.found.height).toBeLessThanOrEqual(3500);
		expect(log.pageErrors).toEqual([]);
		await page.close();
	});

	it('every embed, sized for an article', async () => {
		for (const chart of chartIds) {
			const { page } = await openPage(session, `/${lang}/embed/${chart}/`);
			const seen = await sweep(page);
			expect({ chart, defects: defects(seen) }).toEqual({ chart, defects: [] });
			for (const { found } of seen) expect(found.texts, chart).toBeGreaterThan(0);
			const heightAt = (at: string) => seen.find((each) => each.at === at)!.found.height;
			expect({
				chart,
				desktop: heightAt('1280 px light') <= 700,
				phone: heightAt('390 px light') <= 800
			}).toEqual({ chart, desktop: true, phone: true });
			await page.close();
		}
	});

	it('an institution page and the SQL console', async () => {
		const institution = await openPage(session, `/${lang}/institutions/mef/`);
		expect(defects(await sweep(institution.page))).toEqual([]);
		await institution.page.close();

		const sql = await openPage(session, `/${lang}/sql/`);
		await sql.page.waitForSelector('.console[data-status="ready"]', { timeout: 90_000 });
		expect(defects(await sweep(sql.page))).toEqual([]);
		await sql.page.close();
	});

	it('the datasets page with an award history uploaded and charted', async () => {
		const { page } = await openPage(session, `/${lang}/data/`);
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
			timeout: 90_000
		});
		await page.locator('#upload-input').setInputFiles({
			name: 'laureates.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(history, 'utf8')
		});
		await page.locator('[data-preview]').waitFor();
		await page.locator('[data-keep]').click();
		await page.locator('[data-upload-charts="laureates"] [data-upload-chart="per-year"] svg').waitFor();
		const seen = await sweep(page);
		expect(defects(seen)).toEqual([]);
		for (const { found } of seen) expect(found.texts).toBeGreaterThan(30);
		await page.close();
	});
});
