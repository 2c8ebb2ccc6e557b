import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	countBy,
	flaggedEverywhere,
	laureates,
	nominations,
	toCsv,
	where,
	type AwardHistory
} from '../fixtures/award-histories';
import { closeBrowser, launchBrowser, newSession, openDisclosures, openPage, type Session } from './browser';
import { pageScrollsSideways, probeLayout, settleLayout } from './layout-probe';
import { openReport, shown } from './report-file';

/**
 * Any award, the whole observatory: three generated histories uploaded and mapped as a reader
 * does it on the Data page, then opened in the dashboard; its numbers checked against counts made
 * here from the generated rows, the mapping's warnings, and the layout rules.
 */
let session: Session;
let page: Page;
let folder: string;

beforeAll(async () => {
	await launchBrowser();
	session = await newSession({ locale: 'en-GB', acceptDownloads: true });
	folder = await mkdtemp(join(tmpdir(), 'imtiaz-upload-report-'));
	({ page } = await openPage(session, '/en/data/'));
	await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
		timeout: 90_000
	});
}, 120_000);
afterAll(async () => {
	await session?.close();
	await closeBrowser();
	if (folder) await rm(folder, { recursive: true, force: true });
});

const table = (history: AwardHistory) => history.file.replace('.csv', '');

/** Uploads a history on the Data page and keeps it with the suggested mapping. */
async function upload(history: AwardHistory): Promise<void> {
	if (!page.url().includes('/data/')) {
		await page.click('a[href$="/en/data/"]');
		await page.waitForURL(/\/en\/data\/$/);
	}
	await page.locator('#upload-input').setInputFiles({
		name: history.file,
		mimeType: 'text/csv',
		buffer: Buffer.from(toCsv(history), 'utf8')
	});
	await page.locator('[data-preview]').waitFor();
	await page.locator('[data-keep]').click();
	await page.locator(`[data-review="${table(history)}"]`).waitFor({ timeout: 60_000 });
}

/** Sets roles (and the winner filter) in the review, applies, and returns the warnings shown. */
async function remap(
	history: AwardHistory,
	roles: Record<string, string>,
	winnerIf?: { column: string; rows: number }
): Promise<{ code: string | null; text: string }[]> {
	const review = page.locator(`[data-review="${table(history)}"]`);
	for (const [role, column] of Object.entries(roles))
		await review.locator(`[data-review-role="${role}"]`).selectOption(column);
	if (winnerIf) {
		await review.locator('[data-winner-column]').selectOption(winnerIf.column);
		// The value is chosen as a reader does: the one held by that many rows.
		const option = review.locator('[data-winner-value] option', { hasText: `(${winnerIf.rows})` });
		await option.waitFor({ state: 'attached' });
		await review.locator('[data-winner-value]').selectOption((await option.getAttribute('value'))!);
	}
	await page
		.locator('[data-saved]')
		.evaluate((el) => el.remove())
		.catch(() => undefined);
	await review.locator('[data-apply-mapping]').click();
	await page.locator('[data-saved]', { hasText: `Mapping of ${table(history)} saved` }).waitFor();
	return page
		.locator(`[data-review="${table(history)}"] [data-warning]`)
		.evaluateAll((els) =>
			els.map((el) => ({ code: el.getAttribute('data-warning'), text: el.textContent ?? '' }))
		);
}

/** Opens the reviewed dataset in the dashboard (the review's link) and waits for its views. */
async function openDashboard(history: AwardHistory): Promise<void> {
	await page.locator(`[data-review="${table(history)}"] [data-open-dashboard]`).click();
	await page.waitForURL(new RegExp(`/en/\\?dataset=${table(history)}$`));
	await page.locator(`[data-dataset="${table(history)}"]`).waitFor({ timeout: 60_000 });
}

/** The sum of a view's `Prizes` column, once its live rows give `expected` (else the last sum seen). */
async function prizesIn(view: string, expected: number): Promise<number> {
	let sum = -1;
	await expect
		.poll(
			async () =>
				(sum = (await tableOf(view).catch(() => [])).reduce((n, row) => n + number(row.Prizes || '0'), 0)),
			{ timeout: 30_000 }
		)
		.toBe(expected)
		.catch(() => undefined);
	return sum;
}

/** A view's data table as objects keyed by the header's text. */
async function tableOf(view: string): Promise<Record<string, string>[]> {
	await openDisclosures(page, `#${view} details.data-table`);
	return page.locator(`#${view} details.data-table table`).evaluate((tableEl) => {
		const heads = [...tableEl.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
		return [...tableEl.querySelectorAll('tbody tr')].map((tr) =>
			Object.fromEntries(
				[...tr.querySelectorAll('td')].map((td, i) => [heads[i], td.textContent?.trim() ?? ''])
			)
		);
	});
}

/** A view's table in a saved report, as objects keyed by the header's text. */
function reportTable(report: Page, view: string): Promise<Record<string, string>[]> {
	return report
		.locator(`section.view[data-view="${view}"] table`)
		.first()
		.evaluate((tableEl) => {
			const heads = [...tableEl.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
			return [...tableEl.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((tr) =>
				Object.fromEntries([...tr.cells].map((td, i) => [heads[i], td.textContent?.trim() ?? '']))
			);
		});
}

/** The text of an element, once it is there. */
async function textOf(selector: string): Promise<string> {
	const element = page.locator(selector).first();
	await element.waitFor();
	return (await element.textContent()) ?? '';
}

const number = (text: string) => Number(text.replace(/[^\d]/g, ''));

/** Waits until a view's table holds rows that satisfy `ready` (live rows replace the loading state). */
async function waitForTable(view: string, ready: (rows: Record<string, string>[]) => boolean) {
	let rows: Record<string, string>[] = [];
	await expect
		.poll(async () => ready((rows = await tableOf(view).catch(() => []))), { timeout: 30_000 })
		.toBe(true);
	return rows;
}

async function layoutAt(width: number) {
	await page.setViewportSize({ width, height: 900 });
	await settleLayout(page);
	const probe = await probeLayout(page);
	return {
		width,
		overlaps: probe.overlaps.slice(0, 3),
		cut: probe.cut.slice(0, 3),
		small: probe.small.slice(0, 3),
		sideways: await pageScrollsSideways(page)
	};
}
const clean = (width: number) => ({ width, overlaps: [], cut: [], small: [], sideways: false });

describe('an uploaded award history in the full dashboard', () => {
	it('a 120-year laureate list: prizes per year, gaps, gender, repeat winners, key facts, a view that needs a column, layout', async () => {
		const history = laureates();
		await upload(history);
		const warnings = await remap(history, {
			year: 'year',
			category: 'field',
			winner: 'laureate',
			type: 'gender'
		});
		expect(warnings).toEqual([]);
		await openDashboard(history);

		const perYear = countBy(history, history.rows, 'year');
		const winners = countBy(history, history.rows, 'laureate');
		expect(await textOf('[data-dataset="laureates"]')).toContain(
			`laureates.csv: ${perYear.size} editions from 1901 to 2020, ${history.rows.length.toLocaleString('en-GB')} prizes won by ${winners.size.toLocaleString('en-GB')} winners.`
		);
		const participation = await waitForTable('participation', (rows) => rows.length === 120);
		for (const row of participation) {
			const expected = perYear.get(row.Year);
			expect([row.Year, row.Edition === 'no edition' ? null : number(row['Prizes recorded'])]).toEqual([
				row.Year,
				expected ?? null
			]);
		}
		// The view that needs a prize level says which column would enable it.
		expect(await textOf('#prize-levels [role="note"]')).toContain('map a column as “prize level”');

		// Gender through the "winner type" views: count and share, and the data table.
		const types = await waitForTable('institution-types', (rows) =>
			rows.some((row) => row['Institution type'] === 'female')
		);
		const female = types
			.filter((row) => row['Institution type'] === 'female')
			.reduce((n, row) => n + number(row.Prizes), 0);
		expect(female).toBe(where(history, 'gender', (v) => v === 'female').length);
		await page.locator('#institution-types').getByRole('radio', { name: 'Share (100 %)' }).check();

		const repeat = await waitForTable('repeat-winners', (rows) => rows.length > 0);
		const twice = [...winners].filter(([, n]) => n >= 2);
		expect(twice.length).toBeGreaterThan(10);
		expect(
			repeat
				.filter((row) => number(row['Editions won']) >= 2)
				.map((row) => row.Institution)
				.sort()
		).toEqual(twice.map(([name]) => name).sort());
		// The source line names the upload, never the e-mtiaz record.
		const source = await textOf('#participation');
		expect(source).toContain('laureates.csv, uploaded to this browser');
		expect(source).not.toContain('e-mtiaz records');

		// Cross-filtering: a field chosen in the filter bar cuts the other views, and the URL keeps the dataset.
		await page.locator('.filter-bar select[name="category"]').selectOption({ label: 'Chemistry' });
		await page.waitForURL(/category=c-\d+&dataset=laureates$/);
		const chemistry = where(history, 'field', (v) => v === 'Chemistry').length;
		expect(await prizesIn('institution-types', chemistry)).toBe(chemistry);

		expect([await layoutAt(390), await layoutAt(1280)]).toEqual([clean(390), clean(1280)]);
	}, 240_000);

	it('11,000 nominations: the year column with text is flagged, the winner filter makes winners the prizes and nominees the candidates', async () => {
		const history = nominations();
		await upload(history);
		const wrongYear = await remap(history, {
			year: 'ceremony',
			category: 'category',
			winner: 'nominee',
			type: 'type'
		});
		expect(wrongYear).toEqual([
			{
				code: 'year-text',
				text: '“ceremony” holds text in 11000 rows: a year column needs whole numbers. Better columns: “year”.'
			}
		]);
		const fixed = await remap(history, { year: 'year' }, { column: 'won', rows: 2200 });
		expect(fixed).toEqual([]);
		await openDashboard(history);
		const won = where(history, 'won', (v) => v === 'yes');
		const facts = await textOf('[data-dataset="nominations"]');
		expect(facts).toContain(`100 editions from 1925 to 2024, ${won.length.toLocaleString('en-GB')} prizes`);
		expect(facts).toContain('Candidates in all: 11,000.');
		const participation = await waitForTable('participation', (rows) => rows.length === 100);
		const perYear = countBy(history, won, 'year');
		expect(
			participation.map((row) => [
				row.Year,
				number(row['Prizes recorded']),
				number(row['Candidate services'])
			])
		).toEqual([...perYear].map(([year, prizes]) => [year, prizes, 110]));
		// One category chosen: one winner a year in it, whatever their type.
		await page.locator('.filter-bar select[name="category"]').selectOption({ label: 'Category 7' });
		await page.waitForURL(/category=c-\d+&dataset=nominations$/);
		expect(await prizesIn('institution-types', 100)).toBe(100);
		expect([await layoutAt(1280)]).toEqual([clean(1280)]);

		// Its report, saved as a reader does, then opened with no script: the upload's own numbers.
		await openDisclosures(page, 'section.chart-frame details.data-table');
		const screen = await shown(page, 'section.chart-frame', 'svg[viewBox]');
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-report]')]);
		const file = join(folder, download.suggestedFilename());
		await download.saveAs(file);
		const { offline, report, problems } = await openReport(file);
		expect(problems).toEqual([]);
		expect(await report.locator('script').count()).toBe(0);
		const copy = await shown(report, 'section.view', 'figure svg');
		expect(copy.ids).toEqual(screen.ids);
		expect(copy.marks).toEqual(screen.marks);
		expect(copy.tables).toEqual(screen.tables);
		expect(await report.locator('section.view figure svg').count()).toBeGreaterThanOrEqual(3);
		const reported = await reportTable(report, 'participation');
		expect(reported.map((row) => [row.Year, number(row['Prizes recorded'])])).toEqual(
			[...perYear].map(([year, prizes]) => [year, prizes])
		);
		const types = await reportTable(report, 'institution-types');
		expect(types.reduce((n, row) => n + number(row.Prizes || '0'), 0)).toBe(100);
		expect(await report.locator('.key-facts').innerText()).toContain(
			`nominations.csv: 100 editions from 1925 to 2024, ${won.length.toLocaleString('en-GB')} prizes`
		);
		expect(await report.locator('section.view[data-view="participation"] .source').innerText()).toContain(
			'nominations.csv'
		);
		await offline.close();
	}, 240_000);

	it('5,000 rows flagged winners everywhere, 640 categories: both warnings, then the dashboard on the column that tells', async () => {
		const history = flaggedEverywhere();
		await upload(history);
		const flagged = await remap(
			history,
			{ year: 'year', category: 'ref', winner: 'entrant' },
			{ column: 'is_winner', rows: 5000 }
		);
		expect(flagged.map((w) => w.code)).toEqual(['flag-constant', 'category-unique']);
		expect(flagged[0].text).toContain(
			'“is_winner” has the same value on every row: it cannot tell winners from nominees. Better columns: “result”.'
		);
		expect(flagged[1].text).toContain('“ref” has a different value on every row');
		const fixed = await remap(
			history,
			{ category: 'category' },
			{ column: 'result', rows: where(history, 'result', (v) => v === 'winner').length }
		);
		expect(fixed).toEqual([]);
		await openDashboard(history);
		const won = where(history, 'result', (v) => v === 'winner');
		expect(await textOf('[data-dataset="scraped"]')).toContain(
			`40 editions from 1985 to 2024, ${won.length.toLocaleString('en-GB')} prizes`
		);
		// 640 categories: the 40 with most prizes by name, the rest gathered in one row of the grid.
		const cells = await waitForTable('categories', (rows) => rows.length > 0);
		const names = new Set(cells.map((row) => row.Category));
		expect(names.size).toBe(41);
		expect([...names].filter((name) => /^Other \(\d+\)$/.test(name))).toEqual(['Other (600)']);
		expect(cells.reduce((n, row) => n + number(row.Prizes || '0'), 0)).toBe(won.length);
		expect([await layoutAt(390), await layoutAt(1280)]).toEqual([clean(390), clean(1280)]);

		// The switcher: back to the built-in award, the URL without a dataset.
		await page.locator('.dataset-switch select').selectOption('');
		await page.waitForURL(/\/en\/$/);
		await page.locator('.key-facts', { hasText: 'e-mtiaz' }).waitFor();
	}, 240_000);

	it.each([
		['en', 'is not in this browser'],
		['fr', 'n’est pas dans ce navigateur'],
		['ar', 'غير موجودة في هذا المتصفح']
	])(
		'in %s, a link to a dataset kept in another browser says where its data lives',
		async (lang, text) => {
			const other = await newSession();
			const { page: elsewhere } = await openPage(other, `/${lang}/?dataset=laureates`);
			await expect
				.poll(() => elsewhere.locator('.dataset-missing').textContent(), { timeout: 30_000 })
				.toContain(text);
			expect(await elsewhere.locator('.chart-frame').count()).toBe(0);
			await other.close();
		},
		60_000
	);
});
