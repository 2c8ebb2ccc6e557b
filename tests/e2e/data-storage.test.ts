import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clean, cleanLog, closeBrowser, launchBrowser, newSession, openPage } from './browser';
import { queryInConsole } from './console-page';

beforeAll(launchBrowser);
afterAll(closeBrowser);

/** Picks a CSV file on the datasets page and keeps it under the name proposed from the file. */
async function keepUpload(page: Page, name: string, text: string): Promise<void> {
	await page.locator('#upload-input').setInputFiles({
		name,
		mimeType: 'text/csv',
		buffer: Buffer.from(text, 'utf8')
	});
	await page.locator('[data-preview]').waitFor();
	await page.locator('[data-keep]').click();
	await page.locator(`[data-stored="${name.replace(/\.csv$/, '')}"]`).waitFor();
}

/** The kept datasets a page lists, as [table, rows]. */
function listed(page: Page): Promise<[string, string][]> {
	return page.$$eval('[data-stored]', (articles) =>
		articles.map((article) => [
			article.getAttribute('data-stored') ?? '',
			article.querySelector('[data-rows]')?.textContent ?? ''
		])
	);
}

const gridHeader = (page: Page) =>
	page.$$eval('[data-testid="result-grid"] thead th .name', (cells) => cells.map((cell) => cell.textContent));

describe('kept datasets in the browser storage', () => {
	it('keeps columns named __proto__, constructor and toString through a reload, into the console', async () => {
		const session = await newSession();
		const { page, log } = await openPage(session, '/en/data/');
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
		await keepUpload(page, 'proto.csv', '__proto__,constructor,toString\n1,2,3\n');
		await page.reload();
		const kept = page.locator('[data-stored="proto"]');
		await kept.waitFor();
		expect(await kept.locator('summary').textContent()).toContain('(3)');
		expect(await kept.locator('details li code').allTextContents()).toEqual([
			'__proto__',
			'constructor',
			'toString'
		]);
		await kept.locator('[data-show-charts]').click();
		await page.locator('[data-upload-charts="proto"]').waitFor();
		expect(await page.locator('[data-storage-error], [data-error]').count()).toBe(0);

		await page.goto(page.url().replace('/en/data/', '/en/sql/'));
		await page.waitForSelector('[data-uploaded="proto"]', { timeout: 90_000 });
		expect(await queryInConsole(page, 'SELECT * FROM proto')).toEqual([['1', '2', '3']]);
		expect(await gridHeader(page)).toEqual(['__proto__', 'constructor', 'toString']);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	}, 120_000);

	it('two tabs keep, rename and remove at once: nothing lost, nothing doubled, each sees the other', async () => {
		const session = await newSession();
		const [one, two] = await Promise.all([openPage(session, '/en/data/'), openPage(session, '/en/data/')]);
		for (const { page } of [one, two])
			await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
		// Both keeps start before either is awaited.
		await Promise.all([
			keepUpload(one.page, 'alpha.csv', 'year,prize\n2019,Gold\n2020,Silver\n'),
			keepUpload(two.page, 'beta.csv', 'year,prize\n2021,Gold\n2022,Silver\n2023,Bronze\n')
		]);
		// Each tab's list follows the other's keep without a reload (the storage's broadcast).
		await one.page.locator('[data-stored="beta"]').waitFor();
		await two.page.locator('[data-stored="alpha"]').waitFor();

		const alpha = one.page.locator('[data-stored="alpha"]');
		await alpha.locator('[data-rename]').click();
		await alpha.locator('[data-new-name]').fill('gamma');
		await Promise.all([
			alpha.locator('[data-rename-form] button[type="submit"]').click(),
			two.page.locator('[data-stored="beta"] [data-remove]').click()
		]);
		await one.page.locator('[data-stored="gamma"]').waitFor();
		await two.page.locator('[data-stored="gamma"]').waitFor();
		await one.page.locator('[data-stored="beta"]').waitFor({ state: 'detached' });

		for (const { page } of [one, two]) {
			await page.reload();
			await page.locator('[data-stored="gamma"]').waitFor();
			expect(await listed(page)).toEqual([['gamma', '2']]);
			expect(await page.locator('[data-stored="gamma"] h3').textContent()).toContain('alpha.csv');
		}
		await one.page.goto(one.page.url().replace('/en/data/', '/en/sql/'));
		await one.page.waitForSelector('[data-uploaded="gamma"]', { timeout: 90_000 });
		expect(await queryInConsole(one.page, 'SELECT year, prize FROM gamma ORDER BY year')).toEqual([
			['2019', 'Gold'],
			['2020', 'Silver']
		]);
		expect(cleanLog(one.log)).toEqual(clean);
		expect(cleanLog(two.log)).toEqual(clean);
		await session.close();
	}, 180_000);

	it('keeps a dataset as Arrow, and one kept as CSV by an older version still opens: both in the dashboard after a reload', async () => {
		const session = await newSession();
		const { page, log } = await openPage(session, '/en/data/');
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
		// 3,000 prizes over the 20 years 2001–2020, in each form.
		const lines = Array.from({ length: 3000 }, (_, i) => `${2001 + (i % 20)},Prize ${i % 7}`);
		const csv = `year,prize\n${lines.join('\n')}\n`;
		await keepUpload(page, 'arrowform.csv', csv);
		const stored = () =>
			page.evaluate(async () => {
				const root = await navigator.storage.getDirectory();
				const folder = await root.getDirectoryHandle('imtiaz-datasets');
				const names: string[] = [];
				for await (const name of (folder as unknown as { keys(): AsyncIterable<string> }).keys())
					names.push(name);
				return names.sort();
			});
		expect(await stored()).toEqual(['arrowform.arrow', 'arrowform.json']);
		// What the CSV-form store wrote: the canonical CSV next to the metadata.
		await page.evaluate(async (csv) => {
			const root = await navigator.storage.getDirectory();
			const folder = await root.getDirectoryHandle('imtiaz-datasets');
			const write = async (name: string, text: string) => {
				const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
				await writable.write(text);
				await writable.close();
			};
			await write('oldform.csv', csv);
			const columns = [
				['year', 'INTEGER'],
				['prize', 'VARCHAR']
			];
			const meta = {
				table: 'oldform',
				label: 'oldform.csv',
				columns,
				rows: 3000,
				added: '2026-01-01T00:00:00.000Z'
			};
			await write('oldform.json', JSON.stringify({ ...meta, mapping: { year: 'year' }, kind: 'dataset' }));
		}, csv);
		expect(await stored()).toEqual(['arrowform.arrow', 'arrowform.json', 'oldform.csv', 'oldform.json']);

		for (const table of ['arrowform', 'oldform']) {
			await page.goto(page.url().replace(/\/en\/.*$/, `/en/?dataset=${table}`));
			const facts = page.locator(`[data-dataset="${table}"]`);
			await facts.waitFor({ timeout: 90_000 });
			await expect
				.poll(() => facts.textContent(), { timeout: 30_000 })
				.toContain(`${table}.csv: 20 editions from 2001 to 2020, 3,000 prizes`);
		}
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	}, 240_000);
});
