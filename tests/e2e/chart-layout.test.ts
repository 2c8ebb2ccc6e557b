import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchBrowser, newSession, openPage } from './browser';
import { histories } from '../fixtures/histories';
import { pageScrollsSideways, probeLayout } from './layout-probe';

/** Phone, large phone, tablet, laptop, desktop. */
const widths = [320, 390, 768, 1280, 1920];
const langs = ['en', 'fr', 'ar'];

beforeAll(launchBrowser);
afterAll(closeBrowser);

/**
 * One page per language and mode, resized through every width: the charts must be laid out for
 * each (after hydration, by measuring; before, by the prerendered layout a container query shows).
 */
async function checkWidths(lang: string, javaScriptEnabled: boolean): Promise<void> {
	const session = await newSession({ javaScriptEnabled, viewport: { width: widths[0], height: 900 } });
	const { page } = await openPage(session, `/${lang}/`);
	// A frame off screen is skipped (content-visibility: auto) and keeps its last size while its
	// content is measured at a new width: lay every frame out, as each is when the reader reaches it.
	await page.evaluate(() =>
		document.querySelectorAll<HTMLElement>('.chart-frame').forEach((frame) => {
			frame.style.contentVisibility = 'visible';
		})
	);
	if (javaScriptEnabled)
		await expect
			.poll(() => page.evaluate(() => document.documentElement.dataset.engine), { timeout: 60_000 })
			.toBe('ready');
	for (const width of widths) {
		await page.setViewportSize({ width, height: 900 });
		// A chart laid out for this width: every drawn svg as wide as the box it sits in.
		if (javaScriptEnabled)
			await expect
				.poll(() =>
					page.evaluate(() =>
						[...document.querySelectorAll('.responsive')].every((box) => {
							const svg = box.querySelector('svg');
							return svg !== null && Math.abs(svg.getBoundingClientRect().width - box.clientWidth) < 1;
						})
					)
				)
				.toBe(true);
		const report = await probeLayout(page);
		expect(report.texts, `${lang} ${width}px: texts probed`).toBeGreaterThan(50);
		expect({ width, lang, overlaps: report.overlaps, cut: report.cut, small: report.small }).toEqual({
			width,
			lang,
			overlaps: [],
			cut: [],
			small: []
		});
		expect(await pageScrollsSideways(page), `${lang} ${width}px scrolls sideways`).toBe(false);
	}
	await session.close();
}

describe('charts laid out for their width (no overlap, none cut, none under 11 px)', () => {
	it.each(langs)('/%s/ before the engine takes over (prerendered HTML, no JavaScript)', (lang) =>
		checkWidths(lang, false)
	);
	it.each(langs)('/%s/ drawn by the engine', (lang) => checkWidths(lang, true), 120_000);
});

describe('uploaded award histories at the scale of real ones', () => {
	it('each generated history draws charts with no overlapping, cut or small text and no sliver layers', async () => {
		const session = await newSession({ viewport: { width: 390, height: 900 } });
		const { page } = await openPage(session, '/en/data/');
		await expect
			.poll(() => page.evaluate(() => document.documentElement.dataset.engine), { timeout: 60_000 })
			.toBe('ready');
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
			for (const width of [390, 1280]) {
				await page.setViewportSize({ width, height: 900 });
				await expect
					.poll(() =>
						charts.evaluate((root) =>
							[...root.querySelectorAll('.responsive')].every((box) => {
								const svg = box.querySelector('svg');
								return svg !== null && Math.abs(svg.getBoundingClientRect().width - box.clientWidth) < 1;
							})
						)
					)
					.toBe(true);
				const report = await probeLayout(page, `[data-upload-charts="${history.name}"]`);
				expect(report.texts).toBeGreaterThan(5);
				expect({ history: history.name, width, ...report, texts: undefined }).toEqual({
					history: history.name,
					width,
					texts: undefined,
					overlaps: [],
					cut: [],
					small: []
				});
				expect(await pageScrollsSideways(page)).toBe(false);
			}
			// The largest categories keep their own layer, the rest are one "other (K categories)".
			const stacks = await byCategory
				.locator('rect.segment')
				.evaluateAll((els) => new Set(els.map((el) => el.getAttribute('data-stack'))).size);
			expect(stacks).toBeLessThanOrEqual(Math.min(history.categories, 8));
			const legend = await byCategory.locator('.legend').textContent();
			expect(legend?.includes('other (')).toBe(history.categories > 8);
			// Every category is still in the data table.
			const tableCategories = await byCategory
				.locator('table tbody tr td:nth-child(2)')
				.evaluateAll((cells) => new Set(cells.map((cell) => cell.textContent)).size);
			expect(tableCategories).toBe(history.categories);
		}
		await session.close();
	}, 300_000);
});
