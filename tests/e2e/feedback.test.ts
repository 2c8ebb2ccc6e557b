import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y';
import {
	baseUrl,
	clean,
	cleanLog,
	closeBrowser,
	launchBrowser,
	newSession,
	openDisclosures,
	openPage
} from './browser';

beforeAll(launchBrowser);
afterAll(closeBrowser);

const engineReady = (page: Page) =>
	page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, { timeout: 45_000 });

/** The chart tooltip on screen: its text and box, or null when none is shown. */
const tooltip = (page: Page) =>
	page.evaluate(() => {
		const tip = document.querySelector<HTMLElement>('.chart-tooltip[role="tooltip"]');
		if (!tip || getComputedStyle(tip).visibility !== 'visible') return null;
		const box = tip.getBoundingClientRect();
		return {
			text: tip.innerText,
			dir: tip.getAttribute('dir'),
			left: box.left,
			right: box.right,
			top: box.top,
			bottom: box.bottom,
			viewport: { width: document.documentElement.clientWidth, height: window.innerHeight }
		};
	});

/** 2019 (the 13th edition): 35 candidate services, coverage complete, four sources (editions.csv). */
const bar2019 = 'section[data-chart="participation"] rect[data-group="2019"][data-series="candidates"]';

describe('values where the reader is: one tooltip for every chart', () => {
	it('on hover: value, edition, coverage and sources, beside the mark; Escape closes it', async () => {
		const session = await newSession({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
		const { page, log } = await openPage(session, '/en/');
		await engineReady(page);
		await page.locator(bar2019).hover();
		await expect.poll(async () => (await tooltip(page))?.text ?? '').toContain('Candidate services: 35');
		const shown = (await tooltip(page))!;
		expect(shown.text).toContain('2019');
		expect(shown.text).toContain('Edition 13');
		expect(shown.text).toContain('Coverage: complete');
		expect(shown.text).toContain('Sources: 4');
		// Beside the mark: its box touches the bar's column.
		const bar = (await page.locator(bar2019).boundingBox())!;
		expect(shown.left).toBeLessThanOrEqual(bar.x + bar.width);
		expect(shown.right).toBeGreaterThanOrEqual(bar.x);
		expect(await axeViolations(page)).toEqual([]);
		// No second, native tooltip: the mark's <title> waits aside while this one is shown.
		expect(await page.locator(`${bar2019} > title`).count()).toBe(0);
		// Hoverable (WCAG 1.4.13): the pointer moves from the bar onto the box, across the gap, and
		// the box stays; off the box it closes and the mark has its title back.
		const tipBox = page.locator('.chart-tooltip[role="tooltip"]');
		const box = (await tipBox.boundingBox())!;
		const from = { x: bar.x + bar.width / 2, y: bar.y + Math.min(4, bar.height / 2) };
		const to = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
		await page.mouse.move(from.x, from.y);
		for (let step = 1; step <= 10; step++)
			await page.mouse.move(from.x + ((to.x - from.x) * step) / 10, from.y + ((to.y - from.y) * step) / 10);
		expect((await tooltip(page))?.text ?? '').toContain('Candidate services: 35');
		await page.mouse.move(box.x + box.width / 2, box.y - 200);
		await expect.poll(() => tooltip(page)).toBeNull();
		expect(await page.locator(`${bar2019} > title`).count()).toBe(1);
		await page.locator(bar2019).hover();
		await expect.poll(async () => (await tooltip(page))?.text ?? '').toContain('Candidate services: 35');
		await page.keyboard.press('Escape');
		await expect.poll(() => tooltip(page)).toBeNull();
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it('under the keyboard cursor, following the arrows, in the page’s direction (ar)', async () => {
		const session = await newSession({ locale: 'ar-MA' });
		const { page } = await openPage(session, '/ar/');
		await engineReady(page);
		const participation = page.locator('section[data-chart="participation"]');
		await expect.poll(() => participation.getAttribute('data-origin'), { timeout: 10_000 }).toBe('duckdb');
		await participation.locator('rect.mark[tabindex="0"]').focus();
		await expect.poll(async () => (await tooltip(page))?.text ?? '').toContain('2005');
		expect((await tooltip(page))!.dir).toBe('rtl');
		await page.keyboard.press('End');
		await expect.poll(async () => (await tooltip(page))?.text ?? '').toContain('2021');
		// The 14th edition, in the page's language: "الدورة 14", its coverage and its sources.
		const text = (await tooltip(page))!.text;
		expect(text).toContain('الدورة 14');
		expect(text).toContain('التغطية');
		expect(text).toContain('المصادر');
		await page.keyboard.press('Escape');
		await expect.poll(() => tooltip(page)).toBeNull();
		// The French prize name of 2021 keeps its direction but stands under its Arabic label.
		const edges = await page.evaluate(() => {
			const name = document.querySelector(
				'.edition-detail .variant bdi, [data-chart="edition-detail"] .variant bdi'
			);
			const label = name?.closest('.fact')?.querySelector('dt');
			return { name: name?.getBoundingClientRect().right, label: label?.getBoundingClientRect().right };
		});
		expect(edges.label).toBeGreaterThan(0);
		expect(Math.abs(edges.name! - edges.label!)).toBeLessThanOrEqual(2);
		await session.close();
	});

	it.each(['ar', 'en'] as const)(
		'/%s/ on a phone: a first tap shows the value inside the screen, a tap elsewhere closes it',
		async (lang) => {
			const session = await newSession({
				locale: lang === 'ar' ? 'ar-MA' : 'en-GB',
				viewport: { width: 390, height: 844 },
				hasTouch: true,
				isMobile: true
			});
			const { page } = await openPage(session, `/${lang}/`);
			await engineReady(page);
			const participation = page.locator('section[data-chart="participation"]');
			await expect.poll(() => participation.getAttribute('data-origin'), { timeout: 10_000 }).toBe('duckdb');
			// The bars at both ends of the axis: the tooltip stays inside the screen for each.
			for (const year of ['2005', '2021']) {
				const bar = participation.locator(`rect.mark[data-group="${year}"]`).first();
				await bar.scrollIntoViewIfNeeded();
				await bar.tap();
				await expect.poll(async () => (await tooltip(page))?.text ?? '').toContain(year);
				const shown = (await tooltip(page))!;
				expect(shown.left).toBeGreaterThanOrEqual(0);
				expect(shown.right).toBeLessThanOrEqual(shown.viewport.width);
				expect(shown.top).toBeGreaterThanOrEqual(0);
				expect(shown.bottom).toBeLessThanOrEqual(shown.viewport.height);
			}
			// A first tap shows the value; it does not filter the page.
			expect(new URL(page.url()).search).toBe('');
			// A tap on the chart's empty corner, away from any mark.
			const svg = (await participation.locator('svg').first().boundingBox())!;
			await page.touchscreen.tap(svg.x + 3, svg.y + 3);
			await expect.poll(() => tooltip(page)).toBeNull();
			await session.close();
		}
	);

	it('also on a chart whose marks are not controls (an embed)', async () => {
		const session = await newSession({ locale: 'en-GB' });
		const { page } = await openPage(session, '/en/embed/institution-types/');
		// Hydrated: the embed sets its theme once it runs.
		await page.waitForFunction(() => document.documentElement.dataset.theme !== undefined);
		const segment = page.locator('rect.segment[data-group="2019"]').first();
		expect(await segment.getAttribute('role')).toBeNull();
		await segment.hover();
		await expect.poll(async () => (await tooltip(page))?.text ?? '').toContain('2019');
		// The edition's facts, as on the dashboard: its number, coverage and sources (editions.csv).
		const text = (await tooltip(page))!.text;
		expect(text).toContain('Edition 13');
		expect(text).toContain('Coverage: complete');
		expect(text).toContain('Sources: 4');
		await session.close();
	});
});

describe('a dashboard, not a document', () => {
	it.each(['ar', 'fr', 'en'])(
		'/%s/ at 1280 px: tables closed, openable, and the page at most 3,500 px',
		async (lang) => {
			const session = await newSession({ viewport: { width: 1280, height: 900 } });
			const { page } = await openPage(session, `/${lang}/`);
			await engineReady(page);
			const tables = page.locator('section[data-chart] details.data-table');
			expect(await tables.count()).toBe(5);
			expect(
				await tables.evaluateAll((els) => els.filter((el) => (el as HTMLDetailsElement).open).length)
			).toBe(0);
			// Every section laid out once (a chart out of view is skipped until it scrolls near).
			await page.evaluate(async () => {
				for (const section of document.querySelectorAll('section[data-chart]')) {
					section.scrollIntoView();
					await new Promise(requestAnimationFrame);
				}
				window.scrollTo(0, 0);
			});
			const height = await page.evaluate(() => document.documentElement.scrollHeight);
			expect(height).toBeLessThanOrEqual(3500);
			const table = page.locator('section[data-chart="institution-types"] table');
			expect(await table.isVisible()).toBe(false);
			// A section out of view is not rendered (content-visibility): bring it to the reader first.
			await page.locator('section[data-chart="institution-types"]').evaluate((el) => el.scrollIntoView());
			await page.locator('section[data-chart="institution-types"] details.data-table > summary').click();
			// Drawn when it opens (its toggle event comes after the click).
			await table.waitFor({ state: 'visible' });
			expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
			await session.close();
		}
	);

	it.each(['ar', 'en'])(
		'/%s/ at 390 px: every opened table scrolls inside its own box, within its card',
		async (lang) => {
			const session = await newSession({ viewport: { width: 390, height: 844 } });
			const { page } = await openPage(session, `/${lang}/`);
			await engineReady(page);
			await openDisclosures(page, 'section[data-chart] details.data-table');
			const boxes = await page.locator('section[data-chart] details.data-table').evaluateAll((tables) =>
				tables.map((details) => {
					const card = details.closest('section')!.getBoundingClientRect();
					const box = details.querySelector('.scroll')!;
					const { left, right } = box.getBoundingClientRect();
					return {
						inside: left >= card.left - 0.5 && right <= card.right + 0.5,
						scrolls: box.scrollWidth > box.clientWidth
					};
				})
			);
			expect(boxes).toHaveLength(5);
			expect(boxes.map((box) => box.inside)).toEqual(Array(5).fill(true));
			// The participation table (seven columns) is wider than a phone: it scrolls in its box.
			expect(boxes.some((box) => box.scrolls)).toBe(true);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
			await session.close();
		}
	);

	it('without JavaScript the tables are in the page, closed, and open natively; embeds too', async () => {
		const session = await newSession({ javaScriptEnabled: false });
		const { page } = await openPage(session, '/en/');
		const table = page.locator('section[data-chart="participation"] table');
		expect(await table.locator('tbody tr').count()).toBe(17);
		expect(await table.isVisible()).toBe(false);
		await page.locator('section[data-chart="participation"] details.data-table > summary').click();
		expect(await table.isVisible()).toBe(true);
		const embed = await openPage(session, '/en/embed/participation/');
		expect(await embed.page.locator('details.data-table').getAttribute('open')).toBeNull();
		expect(await embed.page.locator('details.data-table tbody tr').count()).toBe(17);
		await session.close();
	});

	it('a click on a participation bar brings the edition detail into view and moves focus there', async () => {
		const session = await newSession({ locale: 'en-GB', reducedMotion: 'reduce' });
		const { page, log } = await openPage(session, '/en/');
		await engineReady(page);
		const participation = page.locator('section[data-chart="participation"]');
		await expect.poll(() => participation.getAttribute('data-origin'), { timeout: 10_000 }).toBe('duckdb');
		await page.locator(bar2019).click();
		await page.waitForURL(`${baseUrl()}/en/?edition=13`);
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 })
			.toBe('edition-detail-heading');
		const inView = () =>
			page.evaluate(() => {
				const box = document.getElementById('edition-detail-heading')!.getBoundingClientRect();
				return box.top >= 0 && box.bottom <= window.innerHeight;
			});
		await expect.poll(inView).toBe(true);
		await expect
			.poll(() => page.locator('#edition-detail-heading').textContent(), { timeout: 10_000 })
			.toBe('Edition 13 (2019)');
		// The change is said in words: a polite live region names what is now shown.
		await expect
			.poll(() => page.locator('.filter-bar [role="status"]').textContent())
			.toBe('Charts updated. Active filters: Edition 13.');
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it.each([
		['en', 'Not filtered by institution type', 'Not filtered: these figures describe the whole record.'],
		['fr', 'Non filtré par type d’institution', 'Non filtré : ces chiffres décrivent tout le corpus.'],
		['ar', 'لا تنطبق عليه تصفية نوع المؤسسة', 'غير مُصفّى: هذه الأرقام تصف السجل كاملا.']
	])(
		'/%s/ with the type filter: views and key facts it does not apply to say so',
		async (lang, note, facts) => {
			const session = await newSession();
			const { page } = await openPage(session, `/${lang}/`);
			await engineReady(page);
			const noteOf = (id: string) => page.locator(`section[data-chart="${id}"] .not-filtered`);
			expect(await page.locator('.not-filtered').count()).toBe(0);
			await page.locator('.filter-bar select[name="type"]').selectOption('ministry');
			await page.waitForURL(`${baseUrl()}/${lang}/?type=ministry`);
			await expect.poll(() => noteOf('participation').textContent()).toBe(note);
			expect(await noteOf('edition-detail').textContent()).toBe(note);
			expect(await page.locator('section.key-facts .not-filtered').textContent()).toBe(facts);
			// The views that follow the type (or highlight it) say nothing.
			for (const id of ['categories', 'institution-types', 'prize-levels', 'repeat-winners'])
				expect(await noteOf(id).count(), id).toBe(0);
			expect(await page.locator('.filter-bar [role="status"]').textContent()).not.toBe('');
			await session.close();
		}
	);
});
