import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	baseUrl,
	clean,
	cleanLog,
	closeBrowser,
	documentLoads,
	launchBrowser,
	newSession,
	openDisclosures,
	openPage
} from './browser';

/** The sum of the values a chart's segments draw (e.g. the prizes of the prize-level chart). */
const segmentTotal = async (chart: Locator, selector: string): Promise<number> =>
	(
		await chart.locator(selector).evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-value'))))
	).reduce((a, b) => a + b, 0);
/** The prizes the prize-level chart counts as awarded (withheld ones aside). */
const RECORDED = 'rect.segment:not([data-stack="withheld"])';

const charts = ['participation', 'categories', 'institution-types', 'prize-levels', 'repeat-winners'];

beforeAll(launchBrowser);
afterAll(closeBrowser);

describe('the dashboard without JavaScript', () => {
	it.each(['ar', 'fr', 'en'])('/%s/ shows every chart with its data table', async (lang) => {
		const session = await newSession({ javaScriptEnabled: false });
		const { page, log } = await openPage(session, `/${lang}/`);
		for (const id of charts) {
			const chart = page.locator(`section[data-chart="${id}"]`);
			expect(await chart.getAttribute('data-origin')).toBe('prerender');
			// Prerendered at several widths: the layout made for this width is the one shown.
			expect(await chart.locator('svg:visible').count()).toBeGreaterThan(0);
			expect(await chart.locator('table tbody tr').count()).toBeGreaterThan(0);
		}
		// Key facts are written from queries: 14 editions (static/data/README.md).
		const facts = await page.locator('section.key-facts p').textContent();
		expect(facts).toMatch(/\b14\b/);
		if (lang === 'fr') expect(facts).toContain("14 éditions d'e-mtiaz de 2005 à 2021");
		// The edition detail (the latest edition by default): facts, winners and source links.
		const detail = page.locator('section[data-chart="edition-detail"]');
		expect(await detail.locator('dl.facts').getAttribute('data-edition')).toBe('14');
		expect(await detail.locator('table.winners tbody tr').count()).toBe(6);
		expect(await detail.locator('.more-row a[href^="http"]').count()).toBeGreaterThan(0);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it('the category matrix shows the changes: 2012 audiences, call centres until 2015, e-participation from 2016', async () => {
		const session = await newSession({ javaScriptEnabled: false });
		const { page } = await openPage(session, '/en/');
		const matrix = page.locator('section[data-chart="categories"]');
		const years = async (row: string) =>
			(await matrix
				.locator(`rect.cell[data-row="${row}"]`)
				.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-column'))))) as number[];
		expect(await years('citizen-services')).toEqual([2012]);
		expect(Math.max(...(await years('call-center')))).toBe(2015);
		expect(Math.min(...(await years('e-participation')))).toBe(2016);
		await session.close();
	});
});

describe('cross-filtering', () => {
	it('a dot of a repeat winner opens its edition in the detail, as ?edition=N', async () => {
		const session = await newSession();
		const { page, log } = await openPage(session, '/fr/');
		await expect.poll(() => page.getAttribute('html', 'data-engine'), { timeout: 30_000 }).toBe('ready');
		const strip = page.locator('section[data-chart="repeat-winners"]');
		await expect.poll(() => strip.getAttribute('data-origin'), { timeout: 10_000 }).toBe('duckdb');
		// PortNet won in 2012, 2015, 2018 and 2019 (static/data/README.md); 2019 is the 13th edition.
		await strip.locator('circle.dot[data-row="portnet"][data-column="2019"]').click();
		await page.waitForURL(`${baseUrl()}/fr/?edition=13`);
		const detail = page.locator('section[data-chart="edition-detail"]');
		await expect
			.poll(() => detail.locator('dl.facts').getAttribute('data-edition'), { timeout: 10_000 })
			.toBe('13');
		expect(await detail.locator('h2').textContent()).toBe('Édition 13 (2019)');
		expect(await detail.locator('table.winners tbody tr').count()).toBe(8);
		// The 2019 city is disputed between sources: the conflict is flagged where the city appears.
		expect(await detail.locator('.conflict').first().textContent()).toContain('Les sources divergent');
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it('a click on a bar filters the other charts and the URL; the URL reproduces it; back/forward restore it', async () => {
		const session = await newSession();
		const { page, log } = await openPage(session, '/en/');
		await expect.poll(() => page.getAttribute('html', 'data-engine'), { timeout: 30_000 }).toBe('ready');
		const levels = page.locator('section[data-chart="prize-levels"]');
		const types = page.locator('section[data-chart="institution-types"]');
		await expect.poll(() => levels.getAttribute('data-origin'), { timeout: 10_000 }).toBe('duckdb');
		const totalPrizes = () => segmentTotal(levels, RECORDED);
		const before = await totalPrizes();
		const ministryPrizes = await segmentTotal(types, 'rect.segment[data-stack="ministry"]');
		expect(ministryPrizes).toBeGreaterThan(0);
		expect(ministryPrizes).toBeLessThan(before);

		await types.locator('rect.segment[data-stack="ministry"]').first().click();
		await page.waitForURL(`${baseUrl()}/en/?type=ministry`);
		// The prize-level chart now counts only the prizes won by ministries.
		await expect.poll(totalPrizes, { timeout: 10_000 }).toBe(ministryPrizes);
		expect(await page.locator('.filter-bar .chip[data-filter="type"]').textContent()).toContain('Ministry');
		expect(await page.locator('.filter-bar select[name="type"]').inputValue()).toBe('ministry');

		await page.goBack();
		await page.waitForURL(`${baseUrl()}/en/`);
		await expect.poll(totalPrizes, { timeout: 10_000 }).toBe(before);
		expect(await page.locator('.filter-bar .chip').count()).toBe(0);
		await page.goForward();
		await page.waitForURL(`${baseUrl()}/en/?type=ministry`);
		await expect.poll(totalPrizes, { timeout: 10_000 }).toBe(ministryPrizes);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();

		// Opening the link reproduces the view.
		const second = await newSession();
		const opened = await openPage(second, '/en/?type=ministry');
		const levels2 = opened.page.locator('section[data-chart="prize-levels"]');
		await expect.poll(() => levels2.getAttribute('data-origin'), { timeout: 30_000 }).toBe('duckdb');
		expect(await segmentTotal(levels2, RECORDED)).toBe(ministryPrizes);
		await opened.page.locator('.filter-bar a.reset').click();
		await opened.page.waitForURL(`${baseUrl()}/en/`);
		await second.close();
	});

	it('a filter change loads no page; the language links, back from another page and a reload keep it', async () => {
		const session = await newSession();
		const { page, log } = await openPage(session, '/fr/');
		await expect.poll(() => page.getAttribute('html', 'data-engine'), { timeout: 30_000 }).toBe('ready');
		const documents = documentLoads(page);
		const charts = page.locator('section[data-chart]');
		const answered = () => charts.evaluateAll((els) => els.map((el) => el.getAttribute('data-filters')));
		const chips = () =>
			page.locator('.filter-bar .chip').evaluateAll((els) => els.map((el) => el.getAttribute('data-filter')));
		const arabic = page.locator('nav.language-switch a[hreflang="ar"]');

		await page.locator('.filter-bar select[name="type"]').selectOption('ministry');
		await page.waitForURL(`${baseUrl()}/fr/?type=ministry`);
		await expect.poll(answered, { timeout: 10_000 }).toEqual(Array(6).fill('?type=ministry'));
		expect(await arabic.getAttribute('href')).toMatch(/\/ar\/\?type=ministry$/);
		// The bar's submission (its behaviour without JavaScript) applies every value it holds at once.
		await page.locator('form.filter-bar').evaluate((form: HTMLFormElement) => {
			(form.elements.namedItem('from') as HTMLSelectElement).value = '2014';
			form.requestSubmit();
		});
		const both = '?from=2014&type=ministry';
		await page.waitForURL(`${baseUrl()}/fr/${both}`);
		await expect.poll(answered, { timeout: 10_000 }).toEqual(Array(6).fill(both));
		expect(await chips()).toEqual(['from', 'type']);
		expect(await arabic.getAttribute('href')).toMatch(/\/ar\/\?from=2014&type=ministry$/);
		expect(documents).toEqual([]);

		// To the console and back: the dashboard comes back with the filters its address holds.
		await page.locator('.site-nav a[href$="/fr/sql/"]').click();
		await page.waitForURL(`${baseUrl()}/fr/sql/`);
		await page.goBack();
		await page.waitForURL(`${baseUrl()}/fr/${both}`);
		await expect.poll(chips, { timeout: 10_000 }).toEqual(['from', 'type']);
		await expect.poll(answered, { timeout: 30_000 }).toEqual(Array(6).fill(both));
		expect(await arabic.getAttribute('href')).toMatch(/\/ar\/\?from=2014&type=ministry$/);

		await page.reload();
		await expect.poll(chips, { timeout: 10_000 }).toEqual(['from', 'type']);
		await arabic.click();
		await page.waitForURL(`${baseUrl()}/ar/${both}`);
		await expect.poll(chips, { timeout: 10_000 }).toEqual(['from', 'type']);
		await expect.poll(answered, { timeout: 30_000 }).toEqual(Array(6).fill(both));
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it('after quick filter changes, every chart shows the rows of the last one', async () => {
		const session = await newSession();
		const { page, log } = await openPage(session, '/en/');
		await expect.poll(() => page.getAttribute('html', 'data-engine'), { timeout: 30_000 }).toBe('ready');
		const levels = page.locator('section[data-chart="prize-levels"]');
		const charts = page.locator('section[data-chart]');
		const select = page.locator('.filter-bar select[name="type"]');
		// Each chart frame says which filters its live rows answer (none on prerendered rows).
		const answered = () => charts.evaluateAll((els) => els.map((el) => el.getAttribute('data-filters')));
		const totalPrizes = () => segmentTotal(levels, RECORDED);
		await select.selectOption('ministry');
		await expect.poll(answered, { timeout: 10_000 }).toEqual(Array(6).fill('?type=ministry'));
		const ministryPrizes = await totalPrizes();
		await select.selectOption('public-establishment');
		await expect.poll(answered, { timeout: 10_000 }).toEqual(Array(6).fill('?type=public-establishment'));
		const establishmentPrizes = await totalPrizes();
		expect(establishmentPrizes).not.toBe(ministryPrizes);

		// Two changes without waiting: the first asks the engine (a type not shown yet), the second is
		// answered at once from the results already read; the first, slower answer is dropped.
		await select.evaluate(async (element: HTMLSelectElement) => {
			const choose = (value: string) => {
				element.value = value;
				element.dispatchEvent(new Event('change', { bubbles: true }));
			};
			choose('territorial-collectivity');
			// Once the URL holds it, the charts have asked the engine; then change again at once.
			while (!location.search.includes('territorial')) await new Promise(requestAnimationFrame);
			choose('public-establishment');
		});
		await page.waitForURL(`${baseUrl()}/en/?type=public-establishment`);
		await expect.poll(answered, { timeout: 10_000 }).toEqual(Array(6).fill('?type=public-establishment'));
		expect(await totalPrizes()).toBe(establishmentPrizes);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it('a chart is usable with the keyboard alone: arrows move the data cursor, Enter filters', async () => {
		const session = await newSession();
		const { page } = await openPage(session, '/fr/');
		await expect.poll(() => page.getAttribute('html', 'data-engine'), { timeout: 30_000 }).toBe('ready');
		const matrix = page.locator('section[data-chart="categories"]');
		await expect.poll(() => matrix.getAttribute('data-origin'), { timeout: 10_000 }).toBe('duckdb');
		const first = matrix.locator('rect.mark[tabindex="0"]');
		await first.focus();
		const label0 = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
		await page.keyboard.press('ArrowRight');
		const label1 = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
		expect(label1).toBeTruthy();
		expect(label1).not.toBe(label0);
		expect(await matrix.locator('rect.mark[tabindex="0"]').count()).toBe(1);
		const row = await page.evaluate(() => document.activeElement?.getAttribute('data-row'));
		await page.keyboard.press('Enter');
		await page.waitForURL(`${baseUrl()}/fr/?category=${row}`);
		await session.close();
	});
});

describe('toggles and notes', () => {
	it('the participation toggle shows one measure; the share toggle makes every type bar 100 %', async () => {
		const session = await newSession();
		const { page, log } = await openPage(session, '/en/?edition=11');
		await expect.poll(() => page.getAttribute('html', 'data-engine'), { timeout: 30_000 }).toBe('ready');
		const participation = page.locator('section[data-chart="participation"]');
		const seriesShown = () =>
			participation
				.locator('svg rect[data-series]')
				.evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-series')))]);
		expect((await seriesShown()).length).toBe(4);
		await participation.locator('fieldset.toggle').getByText('Prizes recorded', { exact: true }).click();
		await expect.poll(seriesShown).toEqual(['prizes']);
		// Coverage is marked under each incompletely recorded year (a compact mark, words in its legend).
		expect(await participation.locator('svg g.flags [class*="coverage-"]').count()).toBeGreaterThan(0);
		expect(await participation.locator('.flag-legend li').count()).toBeGreaterThan(0);
		const types = page.locator('section[data-chart="institution-types"]');
		const barHeights = () =>
			types.locator('rect.segment').evaluateAll((els) => {
				const sums = new Map<string, number>();
				for (const el of els) {
					const group = el.getAttribute('data-group') ?? '';
					sums.set(group, (sums.get(group) ?? 0) + Number(el.getAttribute('height')));
				}
				return [...sums.values()].map((h) => Math.round(h));
			});
		expect(new Set(await barHeights()).size).toBeGreaterThan(1);
		await types.locator('fieldset.toggle').getByText('Share (100 %)', { exact: true }).click();
		await expect.poll(async () => new Set(await barHeights()).size).toBe(1);
		// 2017: the record says the e-participation prize was withheld.
		const detail = page.locator('section[data-chart="edition-detail"]');
		await expect
			.poll(() => detail.locator('dl.facts').getAttribute('data-edition'), { timeout: 10_000 })
			.toBe('11');
		expect(await detail.locator('.note').allTextContents()).toContainEqual(
			expect.stringMatching(/withheld/i)
		);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});
});

describe('institution pages', () => {
	it('a directorate links its ministry and lists every prize with its sources (JavaScript off)', async () => {
		const session = await newSession({ javaScriptEnabled: false });
		const { page, log } = await openPage(session, '/fr/institutions/dgi/');
		expect(await page.locator('h1').textContent()).toBe('Direction générale des impôts');
		// DGI belongs to the MEF (static/data/README.md): the parent is a link to its own page.
		const parent = page.locator('dl a[href$="/fr/institutions/mef/"]');
		expect(await parent.count()).toBe(1);
		const rows = page.locator('table tbody tr');
		expect(await rows.count()).toBeGreaterThan(0);
		for (const row of await rows.all()) {
			expect(await row.locator('a[href^="http"]').count()).toBeGreaterThan(0);
		}
		await parent.click();
		await page.waitForURL(`${baseUrl()}/fr/institutions/mef/`);
		expect(await page.locator('dl a[href$="/fr/institutions/dgi/"]').count()).toBe(1);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it('loads no query engine; the dashboard it links to starts one', async () => {
		const session = await newSession();
		// A query string the page ignores: its language links carry it once the page is hydrated.
		const { page, log } = await openPage(session, '/fr/institutions/mef/?from=2014');
		await page.locator('a[hreflang="ar"][href$="/ar/institutions/mef/?from=2014"]').waitFor();
		// Then an idle moment of the browser's: the engine's start waited for one (engine.svelte.ts).
		await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
		await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
		const engineFiles = () => log.requests.filter((url) => /\.wasm$|duckdb/i.test(url));
		expect(engineFiles()).toEqual([]);
		expect(await page.getAttribute('html', 'data-engine')).toBeNull();
		expect((await page.locator('.engine-status').textContent())?.trim()).toBe('');

		await page.locator('.site-nav a[href$="/fr/"]').click();
		await page.waitForURL(`${baseUrl()}/fr/`);
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
			timeout: 60_000
		});
		expect(engineFiles().some((url) => url.endsWith('.wasm'))).toBe(true);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	}, 90_000);

	it('a name no source gives in a language falls back to French; Arabic pages isolate names', async () => {
		const session = await newSession({ javaScriptEnabled: false });
		const en = await openPage(session, '/en/institutions/portnet/');
		// PortNet has no English name in institutions.csv: the French one is shown, and said so.
		expect(await en.page.locator('h1').textContent()).toContain('PortNet, guichet unique');
		expect(await en.page.locator('ul.names small').count()).toBe(1);
		const { page } = await openPage(session, '/ar/institutions/portnet/');
		expect(await page.getAttribute('html', 'dir')).toBe('rtl');
		expect(await page.locator('h1 bdi').textContent()).toBe('بورنيت');
		// PortNet won in 2012, 2015, 2018 and 2019.
		const years = await page.locator('table tbody tr td:first-child').allTextContents();
		expect(years).toEqual(['2012', '2015', '2018', '2019']);
		await session.close();
	});
});

describe('withheld prizes, sources and conflicts where they appear', () => {
	const withheldText = { en: 'withheld', fr: 'non décerné', ar: 'محجوبة' } as const;

	it.each(['en', 'fr', 'ar'] as const)(
		'/%s/ (JavaScript off): prize levels show the withheld prizes; every chart links its sources; conflicts are flagged',
		async (lang) => {
			const session = await newSession({ javaScriptEnabled: false });
			const { page, log } = await openPage(session, `/${lang}/`);
			const levels = page.locator('section[data-chart="prize-levels"]');
			// The record states withheld prizes in 2017 and 2018 (e-participation) and 2021
			// (mobile-app encouragement, both e-participation prizes): hatched segments, one per year.
			const withheldYears = await levels
				// The layout prerendered for this width (the others are hidden by a container query).
				.locator('rect.segment[data-stack="withheld"]:visible')
				.evaluateAll((els) =>
					els.map((el) => [el.getAttribute('data-group'), el.getAttribute('data-value')])
				);
			expect(withheldYears).toEqual([
				['2017', '1'],
				['2018', '1'],
				['2021', '3']
			]);
			// One withheld swatch (hatched, dashed); the plain hatched one is "not reported" (2011).
			expect(await levels.locator('.legend .hatched.dashed').count()).toBe(1);
			// As drawn, not only as classed: the two hatched swatches must look different.
			const outline = (selector: string) =>
				levels
					.locator(selector)
					.first()
					.evaluate((el) => getComputedStyle(el).borderTopStyle);
			expect(await outline('.legend .hatched.dashed')).toBe('dashed');
			expect(await outline('.legend .hatched:not(.dashed)')).toBe('solid');
			const withheldRows = levels.locator('table tbody tr', { hasText: withheldText[lang] });
			expect(await withheldRows.count()).toBe(4);
			// Every chart's "how this was computed" lists the source articles behind its rows.
			for (const id of [...charts, 'edition-detail']) {
				const links = page.locator(`section[data-chart="${id}"] details.how-computed .view-sources a`);
				expect(await links.count()).toBeGreaterThan(0);
				expect(await links.first().getAttribute('rel')).toBe('noopener');
				expect(await links.first().getAttribute('href')).toMatch(/^https?:\/\//);
			}
			// The 2019 city and the 2021 presiding official: flagged on the participation chart
			// (a conflict mark under the year, ⚠ in the bars' names, a footnote quoting the record).
			const participation = page.locator('section[data-chart="participation"]');
			const conflictYears = await participation
				.locator('svg:visible g.flags:has(path.conflict)')
				.evaluateAll((els) => els.map((el) => el.getAttribute('data-group')));
			expect(conflictYears).toEqual(expect.arrayContaining(['2019', '2021']));
			// The notes are in the page's language (static/data/conflicts.csv translates the record).
			const notes = participation.locator('.footnote .conflict-notes');
			const quoted = {
				en: ['city: Salé (mmsp.gov.ma) vs Rabat', 'presiding official: Ghita Mezzour'],
				fr: ['ville : Salé (mmsp.gov.ma) contre Rabat', 'présidence de la cérémonie : Ghita Mezzour'],
				ar: ['المدينة: سلا (mmsp.gov.ma) مقابل الرباط', 'رئاسة الحفل: غيثة مزور']
			}[lang];
			expect(await notes.locator('li[data-year="2019"]').textContent()).toContain(quoted[0]);
			expect(await notes.locator('li[data-year="2021"]').textContent()).toContain(quoted[1]);
			// The edition detail shows 2021 by default and flags its conflict, under the presiding official.
			const detail = page.locator('section[data-chart="edition-detail"]');
			expect(await detail.locator('dl.facts .conflict').first().textContent()).toContain(
				lang === 'ar' ? 'غيثة مزور' : 'Ghita Mezzour'
			);
			expect(cleanLog(log)).toEqual(clean);
			await session.close();
		}
	);

	it('the source list follows the filters, and the 2019 edition detail flags the city conflict', async () => {
		const session = await newSession();
		const { page, log } = await openPage(session, '/en/?from=2017&to=2017&edition=13');
		await expect.poll(() => page.getAttribute('html', 'data-engine'), { timeout: 30_000 }).toBe('ready');
		const levels = page.locator('section[data-chart="prize-levels"]');
		await expect.poll(() => levels.getAttribute('data-origin'), { timeout: 10_000 }).toBe('duckdb');
		await openDisclosures(page, 'section[data-chart="prize-levels"] details.how-computed');
		const hrefs = () =>
			levels.locator('.view-sources a').evaluateAll((els) => els.map((el) => el.getAttribute('href')).sort());
		// 2017: the three articles on the winners, among them Alyaoum24, which states the withheld prize.
		await expect.poll(async () => (await hrefs()).length, { timeout: 10_000 }).toBe(3);
		expect(await hrefs()).toContain('https://maghress.com/alyaoum24/1009721');
		const detail = page.locator('section[data-chart="edition-detail"]');
		await expect
			.poll(() => detail.locator('dl.facts').getAttribute('data-edition'), { timeout: 10_000 })
			.toBe('13');
		expect(await detail.locator('dl.facts .conflict').textContent()).toContain('Salé');
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it('the participation chart has a keyboard data cursor, mirrored in Arabic; Enter opens the edition', async () => {
		const session = await newSession();
		const { page, log } = await openPage(session, '/ar/');
		await expect.poll(() => page.getAttribute('html', 'data-engine'), { timeout: 30_000 }).toBe('ready');
		const participation = page.locator('section[data-chart="participation"]');
		await expect.poll(() => participation.getAttribute('data-origin'), { timeout: 10_000 }).toBe('duckdb');
		expect(await participation.locator('svg[role="group"]').count()).toBe(1);
		expect(await participation.locator('rect.mark[tabindex="0"]').count()).toBe(1);
		await participation.locator('rect.mark[tabindex="0"]').focus();
		const focused = () =>
			page.evaluate(() => ({
				group: Number(document.activeElement?.getAttribute('data-group')),
				label: document.activeElement?.getAttribute('aria-label') ?? ''
			}));
		const start = await focused();
		expect(start.group).toBe(2005);
		expect(start.label).toContain('2005');
		// In Arabic time runs right to left: ArrowLeft moves on to later bars.
		await page.keyboard.press('End');
		const last = await focused();
		expect(last.group).toBe(2021);
		// The 2021 bars carry the conflict flag in their accessible name.
		expect(last.label).toContain('⚠');
		await page.keyboard.press('ArrowRight');
		expect((await focused()).label).not.toBe(last.label);
		await page.keyboard.press('ArrowLeft');
		expect(await focused()).toEqual(last);
		await page.keyboard.press('Enter');
		await page.waitForURL(`${baseUrl()}/ar/?edition=14`);
		expect(await participation.locator('rect.mark[aria-pressed="true"]').count()).toBeGreaterThan(0);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});
});
