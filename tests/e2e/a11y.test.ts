import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y';
import { closeBrowser, launchBrowser, newSession, openPage, type Session } from './browser';
import { consoleReady, typeQuery } from './console-page';
import { chartIds, langs } from './routes';

beforeAll(launchBrowser);
afterAll(closeBrowser);

const locales = { ar: 'ar-MA', fr: 'fr-FR', en: 'en-GB' } as const;
const institutions = { ar: 'portnet', fr: 'dgi', en: 'mef' } as const;

const engineReady = (page: Page) =>
	page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, { timeout: 45_000 });

/** axe on a page already in the state to check; the route and state name the failure. */
async function audit(page: Page, label: string): Promise<void> {
	expect(await axeViolations(page), label).toEqual([]);
}

/** Opens a route in a shared session, checks it, closes the page. */
async function auditRoute(
	session: Session,
	path: string,
	prepare?: (page: Page) => Promise<unknown>
): Promise<void> {
	const { page } = await openPage(session, path);
	await prepare?.(page);
	await audit(page, path);
	await page.close();
}

describe('accessibility (axe-core): every route, normal state', () => {
	it('the language chooser at / has no serious or critical violation', async () => {
		const session = await newSession();
		await auditRoute(session, '/');
		await session.close();
	});

	it.each(langs)(
		'/%s/: dashboard, console, datasets, institution page and every embed',
		async (lang) => {
			const session = await newSession({ locale: locales[lang] });
			await auditRoute(session, `/${lang}/`, engineReady);
			await auditRoute(session, `/${lang}/sql/`, async (page) => {
				await page.waitForSelector('.console[data-status="ready"]', { timeout: 90_000 });
			});
			await auditRoute(session, `/${lang}/data/`, engineReady);
			// An institution page starts no engine: it is audited once loaded.
			await auditRoute(session, `/${lang}/institutions/${institutions[lang]}/`, (page) =>
				page.waitForLoadState('load')
			);
			for (const chart of chartIds)
				await auditRoute(session, `/${lang}/embed/${chart}/`, async (page) => {
					await page.locator(`[data-chart="${chart}"] svg, [data-chart="${chart}"] dl`).first().waitFor();
				});
			await session.close();
		},
		180_000
	);

	it('dashboard, console with a result and datasets with an error in dark mode (contrast of both themes)', async () => {
		const session = await newSession({ colorScheme: 'dark' });
		await auditRoute(session, '/ar/', engineReady);
		await auditRoute(session, '/fr/sql/', async (page) => {
			await page.waitForSelector('.console[data-status="ready"]', { timeout: 90_000 });
			await page.click('[data-action="run"]');
			await page.waitForSelector('[data-testid="result-grid"]');
		});
		await auditRoute(session, '/en/data/', async (page) => {
			await page.locator('#upload-input').setInputFiles({
				name: 'broken.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from('a,b\n1,2\n3,4,5\n', 'utf8')
			});
			await page.locator('[data-error="ragged-rows"]').waitFor();
		});
		await session.close();
	}, 120_000);
});

describe('accessibility (axe-core): error states', () => {
	it.each(langs)(
		'/%s/: console after a failing query, datasets after a rejected upload',
		async (lang) => {
			const session = await newSession({ locale: locales[lang] });
			await auditRoute(session, `/${lang}/sql/`, async (page) => {
				await page.waitForSelector('.console[data-status="ready"]', { timeout: 90_000 });
				await typeQuery(page, 'SELECT no_such_column FROM editions');
				await page.click('[data-action="run"]');
				await page.waitForSelector('[data-testid="sql-error"]');
			});
			await auditRoute(session, `/${lang}/data/`, async (page) => {
				await page.locator('#upload-input').setInputFiles({
					name: 'broken.csv',
					mimeType: 'text/csv',
					buffer: Buffer.from('a,b\n1,2\n3,4,5\n', 'utf8')
				});
				await page.locator('[data-error="ragged-rows"]').waitFor();
			});
			await auditRoute(session, `/${lang}/data/`, async (page) => {
				await page.locator('#upload-input').setInputFiles({
					name: 'latin.csv',
					mimeType: 'text/csv',
					buffer: Buffer.from('ann\xe9e,prix\n2020,Or\n', 'latin1')
				});
				await page.locator('[data-error="encoding"] select').waitFor();
			});
			await session.close();
		},
		120_000
	);

	it.each(langs)(
		'/%s/: dashboard, console and datasets with the engine failure banner',
		async (lang) => {
			const session = await newSession({ locale: locales[lang] });
			await session.context.route(/duckdb-browser-.*\.worker\..*\.js$/, (route) =>
				route.fulfill({ status: 404, body: 'not found' })
			);
			const failed = (page: Page) =>
				page.waitForFunction(() => document.documentElement.dataset.engine === 'failed', null, {
					timeout: 30_000
				});
			// With filters only the engine answers: the charts that wait say so, their marks faded.
			await auditRoute(session, `/${lang}/?type=ministry&level=grand-prix`, failed);
			await auditRoute(session, `/${lang}/data/`, failed);
			await auditRoute(session, `/${lang}/sql/`, async (page) => {
				await page.waitForSelector('.console[data-status="failed"]', { timeout: 30_000 });
			});
			await session.close();
		},
		120_000
	);
});

// 320 px itself (WCAG's reflow width) is checked by the layout suite: these routes, in every language.
describe('layout at 200 % zoom', () => {
	it.each([[640, 2]])(
		'the layout holds at %i CSS px (zoom ×%i): no page-wide horizontal scroll',
		async (width, scale) => {
			const session = await newSession({ viewport: { width, height: 800 }, deviceScaleFactor: scale });
			// Each route with whether it draws a chart: the check below must not pass for want of one.
			for (const [path, drawsChart] of [
				['/ar/', true],
				['/fr/', true],
				['/en/sql/', false],
				['/ar/data/', false],
				['/fr/institutions/dgi/', false],
				['/ar/embed/participation/', true]
			] as const) {
				const { page } = await openPage(session, path);
				if (path.includes('/embed/') || path.includes('/institutions/')) await page.waitForLoadState('load');
				else if (path.includes('/sql/')) await consoleReady(page);
				else await engineReady(page);
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow, path).toBeLessThanOrEqual(0);
				// A chart scales down with its viewBox instead of overflowing (the first one, as a reader sees it).
				const widths = await page
					.locator('[data-chart] svg')
					.evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().width));
				expect(widths.length > 0, `${path} draws a chart`).toBe(drawsChart);
				expect(
					widths.slice(0, 1).filter((chartWidth) => chartWidth > width),
					path
				).toEqual([]);
				await page.close();
			}
			await session.close();
		},
		120_000
	);
});

describe('motion and announcements', () => {
	it('with prefers-reduced-motion, nothing on any route transitions or animates', async () => {
		const session = await newSession({ reducedMotion: 'reduce' });
		// Each route with whether it has a focusable chart mark (an embed's chart is a static image).
		for (const [path, hasMarks] of [
			['/en/', true],
			['/ar/sql/', false],
			['/fr/data/', false],
			['/en/embed/categories/', false]
		] as const) {
			const { page } = await openPage(session, path);
			if (path.includes('/embed/')) await page.waitForLoadState('load');
			else if (path.includes('/sql/')) await consoleReady(page);
			else await engineReady(page);
			// Hover and focus a mark too: a transition would start on them.
			const mark = page.locator('[data-chart] svg [tabindex="0"]').first();
			expect(await mark.count(), `${path} has a focusable mark`).toBe(hasMarks ? 1 : 0);
			for (const found of await mark.all()) await found.focus();
			const moving = await page.evaluate(() =>
				[...document.querySelectorAll('*')].flatMap((el) =>
					[null, '::before', '::after'].flatMap((pseudo) => {
						const style = getComputedStyle(el, pseudo);
						const transition = style.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
						const animation =
							style.animationName !== 'none' &&
							style.animationDuration.split(',').some((d) => parseFloat(d) > 0);
						return transition || animation
							? [`${el.tagName.toLowerCase()}${pseudo ?? ''}.${el.className}`]
							: [];
					})
				)
			);
			expect(moving, path).toEqual([]);
			expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
				'auto'
			);
			await page.close();
		}
		await session.close();
	}, 120_000);

	it.each(langs)('/%s/: engine progress and readiness are announced politely', async (lang) => {
		const session = await newSession({ locale: locales[lang] });
		const { page } = await openPage(session, `/${lang}/`);
		const status = page.locator('.engine-status');
		expect(await status.getAttribute('role')).toBe('status');
		expect(await status.getAttribute('aria-live')).toBe('polite');
		await engineReady(page);
		// The same region (never replaced, so screen readers follow it) now says the engine is ready.
		expect((await status.textContent())?.trim().length).toBeGreaterThan(0);
		expect(await page.locator('[role="alert"]').count()).toBe(0);
		await session.close();
	});
});
