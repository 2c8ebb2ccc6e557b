import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './a11y';
import { cleanLog, closeBrowser, launchBrowser, newSession, openPage } from './browser';

beforeAll(launchBrowser);
afterAll(closeBrowser);

const emptyLog = { consoleErrors: [], pageErrors: [], foreignRequests: [], cspViolations: [] };

/** A realistic award history with its own French column names. */
const history =
	'Année;Catégorie;Prix;Lauréat;Type;Candidats\n' +
	'2019;Services en ligne;Or;Préfecture de Fès;Collectivité;41\n' +
	'2019;Contenu;Argent;"Agence ""Maroc"" numérique";Établissement public;41\n' +
	'2021;Services en ligne;Or;Commune d’Agadir;Collectivité;57\n';

describe('datasets page', () => {
	it('lists the built-in tables with row counts and CSV downloads (prerendered)', async () => {
		const session = await newSession();
		const { page, log } = await openPage(session, '/en/data/');
		const winners = page.locator('[data-table="winners"]');
		expect(Number((await winners.locator('[data-rows]').textContent())?.replace(/\D/g, ''))).toBeGreaterThan(
			0
		);
		const href = await winners.locator('a[download]').getAttribute('href');
		const response = await page.request.get(new URL(href!, page.url()).href);
		expect(response.ok()).toBe(true);
		expect((await response.text()).split('\n')[0]).toContain('edition');
		expect(cleanLog(log)).toEqual(emptyLog);
		await session.close();
	});

	it('uploads a French award history, suggests the mapping, keeps it after a reload', async () => {
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
		await page.reload();
		const kept = page.locator('[data-stored="palmares"]');
		await kept.waitFor();
		expect(await kept.textContent()).toContain('Candidats');
		expect(cleanLog(log)).toEqual(emptyLog);
		await session.close();
	});

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
		expect(await seriousViolations(page)).toEqual([]);

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

	it.each(['ar', 'fr', 'en'])('/%s/data/ has no serious accessibility violation', async (lang) => {
		const session = await newSession();
		const { page } = await openPage(session, `/${lang}/data/`);
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
		expect(await seriousViolations(page)).toEqual([]);
		await session.close();
	});
});
