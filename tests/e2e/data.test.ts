import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromParquet } from '../../src/lib/data/parquet';
import { axeViolations } from './a11y';
import {
	clean,
	cleanLog,
	closeBrowser,
	launchBrowser,
	newSession,
	openDisclosures,
	openPage
} from './browser';
import { queryInConsole } from './console-page';

beforeAll(launchBrowser);
afterAll(closeBrowser);

const require = createRequire(import.meta.url);
const parquetWasm = new Uint8Array(readFileSync(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')));

/** A realistic award history with its own French column names. */
const history =
	'Année;Catégorie;Prix;Lauréat;Type;Candidats\n' +
	'2019;Services en ligne;Or;Préfecture de Fès;Collectivité;41\n' +
	'2019;Contenu;Argent;"Agence ""Maroc"" numérique";Établissement public;41\n' +
	'2021;Services en ligne;Or;Commune d’Agadir;Collectivité;57\n';

describe('datasets page', () => {
	it('lists the built-in tables with row counts, and CSV and Parquet downloads (prerendered)', async () => {
		const session = await newSession({ acceptDownloads: true });
		const { page, log } = await openPage(session, '/en/data/');
		const winners = page.locator('[data-table="winners"]');
		expect(Number((await winners.locator('[data-rows]').textContent())?.replace(/\D/g, ''))).toBeGreaterThan(
			0
		);
		const href = await winners.getByRole('link', { name: /as CSV/ }).getAttribute('href');
		const response = await page.request.get(new URL(href!, page.url()).href);
		expect(response.ok()).toBe(true);
		expect((await response.text()).split('\n')[0]).toContain('edition');

		// Each built-in table as Parquet too: a real Parquet file with the rows and columns listed.
		for (const table of ['editions', 'winners', 'categories', 'institutions', 'sources']) {
			const article = page.locator(`[data-table="${table}"]`);
			const download = page.waitForEvent('download');
			await article.getByRole('link', { name: new RegExp(`${table} as Parquet`) }).click();
			const bytes = new Uint8Array(await readFile((await (await download).path())!));
			const read = await fromParquet(bytes, { wasm: parquetWasm });
			expect(read.numRows).toBe(
				Number((await article.locator('[data-rows]').textContent())?.replace(/\D/g, ''))
			);
			expect(read.schema.fields.length).toBe(
				Number((await article.locator('summary').textContent())?.replace(/\D/g, ''))
			);
		}
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it('uploads a French award history, maps it, charts it, keeps it after a reload', async () => {
		const session = await newSession();
		const { page, log } = await openPage(session, '/fr/data/');
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
		await page.locator('#upload-input').setInputFiles({
			name: 'palmares.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(history, 'utf8')
		});
		const preview = page.locator('[data-preview]');
		await preview.waitFor();
		expect(await preview.locator('caption').textContent()).toContain('3');
		expect(await preview.locator('tbody tr').nth(1).locator('td').nth(3).textContent()).toBe(
			'Agence "Maroc" numérique'
		);
		expect(await page.locator('select[data-role="year"]').inputValue()).toBe('Année');
		expect(await page.locator('select[data-role="winner"]').inputValue()).toBe('Lauréat');
		expect(await page.locator('select[data-role="candidates"]').inputValue()).toBe('Candidats');
		await page.locator('[data-keep]').click();
		await page.locator('[data-saved]').waitFor();

		// The charts, computed in DuckDB from the user's own columns through the mapping.
		const charts = page.locator('[data-upload-charts="palmares"]');
		await charts.waitFor();
		const perYear = charts.locator('[data-upload-chart="per-year"]');
		expect(await perYear.locator('svg[role="img"]').count()).toBe(1);
		await openDisclosures(page, '[data-upload-chart="per-year"] details.data-table');
		const yearRows = await perYear.locator('table tbody tr').allTextContents();
		// 2019, the gap year 2020 (absent from the file) and 2021.
		expect(yearRows).toHaveLength(3);
		expect(yearRows[0]).toContain('2019');
		expect(yearRows[0]).toContain('41');
		expect(yearRows[1]).toContain('absente du fichier');
		expect(yearRows[2]).toContain('57');
		expect(await charts.locator('[data-upload-chart="by-type"] svg[role="img"]').count()).toBe(1);
		await openDisclosures(page, '[data-upload-chart="by-category"] details.data-table');
		expect(await charts.locator('[data-upload-chart="by-category"] table').textContent()).toContain(
			'Services en ligne'
		);

		const kept = page.locator('[data-stored="palmares"]');
		expect(await kept.locator('[data-coverage]').textContent()).toContain('2019–2021');
		await page.reload();
		await kept.waitFor();
		expect(await kept.textContent()).toContain('Candidats');
		expect(await kept.locator('[data-rows]').textContent()).toBe('3');
		expect(await kept.locator('[data-coverage]').textContent()).toContain('2019–2021');
		await kept.locator('[data-show-charts]').click();
		await page.locator('[data-upload-charts="palmares"] [data-upload-chart="per-year"] svg').waitFor();
		expect(await axeViolations(page)).toEqual([]);

		// The same table in the SQL console, under its own column names.
		await page.goto(page.url().replace('/fr/data/', '/fr/sql/'));
		await page.waitForSelector('[data-uploaded="palmares"]', { timeout: 90_000 });
		expect(
			await queryInConsole(page, 'SELECT "Lauréat", "Candidats" FROM palmares ORDER BY "Année", "Lauréat"')
		).toEqual([
			['Agence "Maroc" numérique', '41'],
			['Préfecture de Fès', '41'],
			['Commune d’Agadir', '57']
		]);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	}, 120_000);

	it('renames and removes an upload, refusing a taken or invalid name; takes a dropped file', async () => {
		const session = await newSession();
		const { page, log } = await openPage(session, '/en/data/');
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
		// Drag and drop: the same pipeline as the file picker.
		await page.evaluate((text) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
			const zone = document.querySelector('.drop')!;
			zone.dispatchEvent(
				new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true })
			);
			zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
		}, 'year,prize\n2020,Gold\n');
		await page.locator('[data-preview]').waitFor();
		await page.locator('[data-keep]').click();
		const kept = page.locator('[data-stored="dropped"]');
		await kept.waitFor();

		await kept.locator('[data-rename]').click();
		await kept.locator('[data-new-name]').fill('winners');
		await kept.locator('[data-rename-form] button[type="submit"]').click();
		expect(await kept.locator('[data-name-error]').textContent()).toContain('built-in');
		await kept.locator('[data-new-name]').fill('prizes_2020');
		await kept.locator('[data-rename-form] button[type="submit"]').click();
		const renamed = page.locator('[data-stored="prizes_2020"]');
		await renamed.waitFor();
		expect(await page.locator('[data-stored="dropped"]').count()).toBe(0);

		await page.reload();
		await renamed.waitFor();
		await renamed.locator('[data-remove]').click();
		await page.locator('[data-stored-empty]').waitFor();
		await page.reload();
		await page.locator('[data-stored-empty]').waitFor();
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	}, 120_000);

	it('reports a full browser storage, keeps nothing half-saved, and the page still works', async () => {
		const session = await newSession();
		// A browser whose storage is full: every write is refused with the quota error.
		await session.context.addInitScript(() => {
			const full = () => Promise.reject(new DOMException('quota', 'QuotaExceededError'));
			if (typeof FileSystemWritableFileStream !== 'undefined')
				FileSystemWritableFileStream.prototype.write = full;
		});
		const { page } = await openPage(session, '/en/data/');
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
		await page.locator('#upload-input').setInputFiles({
			name: 'full.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('year,prize\n2020,Gold\n', 'utf8')
		});
		await page.locator('[data-keep]').click();
		const alert = page.locator('[data-storage-error]');
		await alert.waitFor();
		expect(await alert.textContent()).toContain('no room left to keep full');
		expect(await page.locator('[data-stored="full"]').count()).toBe(0);
		expect(await page.locator('[data-upload-charts]').count()).toBe(0);
		await page.reload();
		await page.locator('[data-stored-empty]').waitFor();
		await session.close();
	}, 120_000);

	it('adds an edition to the built-in data: checked, merged on the dashboard, exported', async () => {
		const editions =
			'edition,year,ceremony_date,city,venue,organizer,theme,prize_name_as_reported,candidates,administrations,prizes,coverage,coverage_note,conflicts,notes,source_ids\n' +
			'15,2024,2024-12-10,Rabat,,,,,120,,,partial,,,,\n';
		const winnersHeader =
			'award_id,edition,category_id,category_as_reported,prize_level,prize_as_reported,service,institution_id,institution_as_reported,conflicts,notes,source_ids\n';
		const session = await newSession();
		const { page, log } = await openPage(session, '/en/data/');
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
		const upload = async (name: string, text: string) => {
			await page.locator('#upload-input').setInputFiles({
				name,
				mimeType: 'text/csv',
				buffer: Buffer.from(text, 'utf8')
			});
		};
		// A winner with a prize level outside the vocabulary: refused, located, nothing added.
		await upload('bad.csv', winnersHeader + '500,14,e-content,,gold,,,cnss,,,,\n');
		await page.locator('[data-add-edition]').click();
		const alert = page.locator('[data-error="invalid-value"]');
		await alert.waitFor();
		expect(await alert.textContent()).toContain('File bad.csv, line 2, column 5 (prize_level)');
		expect(await alert.textContent()).toContain('“gold”');

		await upload('edition-15.csv', editions);
		expect(await page.locator('[data-edition-shape]').getAttribute('data-edition-shape')).toBe('editions');
		await page.locator('[data-add-edition]').click();
		await page.locator('[data-saved]').waitFor();
		await upload('winners-15.csv', winnersHeader + '500,15,e-content,,excellence,,Portail X,cnss,,,,\n');
		await page.locator('[data-add-edition]').click();
		await page.locator('[data-saved]').filter({ hasText: 'added to winners' }).waitFor();
		expect(await page.locator('[data-edition-badge]').count()).toBe(2);

		const download = page.waitForEvent('download');
		await page.locator('[data-export="winners"]').click();
		const file = await (await download).path();
		const raw = await readFile(file, 'utf8');
		// A BOM, as every CSV download carries, so a spreadsheet reads it as UTF-8.
		expect(raw.startsWith('\ufeff')).toBe(true);
		const merged = raw.slice(1);
		expect(merged.split('\r\n')[0]).toBe(winnersHeader.trim());
		expect(merged).toContain('500,15,e-content,,excellence,,Portail X,cnss');
		// The built-in rows are there too.
		expect(merged.split('\r\n').length).toBeGreaterThan(50);

		// The dashboard merges the added edition at every load.
		await page.goto(page.url().replace('/en/data/', '/en/'));
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
		// The chart's table, opened as a reader opens it (closed by default).
		await page.locator('[data-chart="participation"] details.data-table > summary').click();
		const participation = page.locator('[data-chart="participation"] table');
		await participation.locator('tr', { hasText: '2024' }).waitFor();
		expect(await participation.locator('tr', { hasText: '2024' }).textContent()).toContain('120');
		// And so does the SQL console: the added rows are part of the built-in tables there too.
		await page.goto(page.url().replace('/en/', '/en/sql/'));
		expect(
			await queryInConsole(
				page,
				'SELECT e.year, e.candidates, w.service FROM winners w JOIN editions e USING (edition) WHERE w.award_id = 500'
			)
		).toEqual([['2024', '120', 'Portail X']]);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	}, 120_000);

	it('refuses a broken file with a located message, and an encoding picker for Windows-1252', async () => {
		const session = await newSession();
		const { page } = await openPage(session, '/en/data/');
		await page.locator('#upload-input').setInputFiles({
			name: 'broken.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('a,b\n1,2\n3,4,5\n', 'utf8')
		});
		const alert = page.locator('[data-error="ragged-rows"]');
		await alert.waitFor();
		expect(await alert.textContent()).toContain('File broken.csv, line 3');
		expect(await alert.textContent()).toContain('3 fields where the header has 2');
		expect(await axeViolations(page)).toEqual([]);

		await page.locator('#upload-input').setInputFiles({
			name: 'latin.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('ann\xe9e,prix\n2020,Or\n', 'latin1')
		});
		await page.locator('[data-error="encoding"]').waitFor();
		await page.locator('[data-error="encoding"] select').selectOption('windows-1252');
		expect(await page.locator('[data-encoding-preview]').textContent()).toContain('année,prix');

		await session.close();
	});

	it('reads a file picked before the page became interactive', async () => {
		const session = await newSession();
		// Hold the app's scripts: the prerendered picker is there, its handler is not yet.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await session.context.route(/\/_app\/immutable\/entry\//, async (route) => {
			await held;
			await route.continue();
		});
		const pageOpened = session.context.waitForEvent('page');
		const opening = openPage(session, '/en/data/');
		const early = await pageOpened;
		await early.locator('#upload-input').setInputFiles({
			name: 'early.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('a,b\n1,2\n3,4,5\n', 'utf8')
		});
		expect(await early.locator('[data-error]').count()).toBe(0);
		release();
		const { page, log } = await opening;
		const alert = page.locator('[data-error="ragged-rows"]');
		await alert.waitFor();
		expect(await alert.textContent()).toContain('File early.csv, line 3');
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});
});
