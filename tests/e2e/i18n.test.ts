import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messagesFor } from '$lib/i18n/catalog';
import { toolMessagesFor } from '$lib/i18n/tools';
import { languages, type Lang } from '$lib/i18n/locales';
import {
	baseUrl,
	clean,
	cleanLog,
	closeBrowser,
	documentLoads,
	launchBrowser,
	newSession,
	openPage
} from './browser';

beforeAll(launchBrowser);
afterAll(closeBrowser);

/** Texts the page shows only once its code runs (the engine's status), one per language. */
const ready = (lang: Lang) => messagesFor(lang).engine.ready;

describe("a page carries its own language's messages only", () => {
	it('/fr/ gets French as data, and no language in its JavaScript', async () => {
		const session = await newSession();
		const scripts: Promise<string>[] = [];
		session.context.on('response', (response) => {
			if (response.request().resourceType() === 'script') scripts.push(response.text());
		});
		const { page, log } = await openPage(session, '/fr/');
		await expect.poll(() => page.getAttribute('html', 'data-engine'), { timeout: 30_000 }).toBe('ready');
		// The client-only status text is French: it reached the code through the page's data.
		await expect
			.poll(() => page.locator('.engine-status [data-engine-text]').textContent())
			.toBe(ready('fr'));
		const html = await (await page.request.get(`${baseUrl()}/fr/`)).text();
		expect(html).toContain(ready('fr'));
		for (const other of languages.filter((lang) => lang !== 'fr')) expect(html).not.toContain(ready(other));

		const code = await Promise.all(scripts);
		// The engine, the views and the coordinator were all loaded by now.
		expect(code.length).toBeGreaterThan(10);
		for (const lang of languages) {
			const carrying = code.filter(
				(text) => text.includes(ready(lang)) || text.includes(messagesFor(lang).site.tagline)
			);
			expect(carrying, lang).toEqual([]);
		}
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it(
		"/fr/sql/ gets the console's French texts as data, and none in its JavaScript",
		{ timeout: 120_000 },
		async () => {
			const session = await newSession();
			const scripts: Promise<string>[] = [];
			session.context.on('response', (response) => {
				if (response.request().resourceType() === 'script') scripts.push(response.text());
			});
			const { page, log } = await openPage(session, '/fr/sql/');
			await page.waitForSelector('.console[data-status="ready"]', { timeout: 90_000 });
			expect(await page.locator('h1.page-title').textContent()).toBe(toolMessagesFor('fr').console.title);
			const code = await Promise.all(scripts);
			expect(code.length).toBeGreaterThan(10);
			for (const lang of languages) {
				const texts = [toolMessagesFor(lang).console.intro, messagesFor(lang).site.tagline];
				expect(
					code.filter((text) => texts.some((message) => text.includes(message))),
					lang
				).toEqual([]);
			}
			expect(cleanLog(log)).toEqual(clean);
			await session.close();
		}
	);

	it('the language switch brings the other language without a reload or a moment of neither', async () => {
		const session = await newSession();
		const { page, log } = await openPage(session, '/fr/');
		await expect.poll(() => page.getAttribute('html', 'data-engine'), { timeout: 30_000 }).toBe('ready');
		const documents = documentLoads(page);
		// Every text the tagline shows from the click on, as the reader would see it change.
		await page.evaluate(() => {
			const seen: string[] = [];
			(window as unknown as { taglines: string[] }).taglines = seen;
			const read = () => {
				const text = document.querySelector('.tagline')?.textContent ?? '(none)';
				if (seen.at(-1) !== text) seen.push(text);
			};
			read();
			new MutationObserver(read).observe(document.body, {
				subtree: true,
				childList: true,
				characterData: true
			});
		});
		await page.locator('nav.language-switch a[hreflang="ar"]').click();
		await page.waitForURL(`${baseUrl()}/ar/`);
		await expect.poll(() => page.getAttribute('html', 'dir')).toBe('rtl');
		await expect.poll(() => page.locator('.tagline').textContent()).toBe(messagesFor('ar').site.tagline);
		expect(await page.evaluate(() => (window as unknown as { taglines: string[] }).taglines)).toEqual([
			messagesFor('fr').site.tagline,
			messagesFor('ar').site.tagline
		]);
		expect(documents).toEqual([]);
		expect(await page.locator('section[data-chart="participation"] h2').textContent()).toBe(
			messagesFor('ar').participation.title
		);
		expect(await page.locator('.site-nav a[aria-current="page"]').textContent()).toBe(
			messagesFor('ar').site.nav.dashboard
		);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});
});
