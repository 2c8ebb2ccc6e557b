import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	baseUrl,
	clean,
	cleanLog,
	closeBrowser,
	fontsLoaded,
	launchBrowser,
	newSession,
	openPage
} from './browser';
import { COMPILE_HINT } from '../../scripts/compile-hints.js';
import { chartIds, langs } from './routes';

beforeAll(launchBrowser);
afterAll(closeBrowser);

/** The text of an SVG's <text> elements, joined: a title may wrap over several. */
const svgText = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');

/** Chooses a Download menu item and returns the saved file's bytes as text. */
async function downloadText(page: Page, chart: string, variant: string): Promise<string> {
	await page.click(`[data-download="${chart}"] > button`);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.click(`[data-download="${chart}"] [data-variant="${variant}"]`)
	]);
	return (await readFile((await download.path())!)).toString('utf8');
}

describe('oEmbed', () => {
	const origin = () => new URL(baseUrl()).origin;

	it.each(langs)(
		'/%s/: every answer has absolute URLs on the site’s origin and loads the host script',
		async (lang) => {
			for (const chart of chartIds) {
				const response = await fetch(`${baseUrl()}/${lang}/embed/${chart}/oembed.json`);
				expect(response.status).toBe(200);
				const json = await response.json();
				expect(json).toMatchObject({ version: '1.0', type: 'rich' });
				expect(json.provider_url).toBe(`${origin()}/${lang}/`);
				expect(json.html).toContain(`src="${origin()}/${lang}/embed/${chart}/"`);
				expect(json.html).toContain(`<script src="${origin()}/embed.js" defer></script>`);
				expect(json.html).not.toContain('site-origin.invalid');
			}
		}
	);

	it('the host script in the oEmbed html sizes the iframe to its content', async () => {
		const json = await (await fetch(`${baseUrl()}/fr/embed/participation/oembed.json`)).json();
		const session = await newSession({ viewport: { width: 900, height: 800 } });
		const page = await session.context.newPage();
		// The html pasted as a CMS would, into a page of the site's own origin (no foreign request).
		await page.goto(`${baseUrl()}/embed.js`);
		await page.setContent(`<!doctype html><body style="margin:0">${json.html}</body>`);
		await page.waitForFunction(() => {
			const frame = document.querySelector('iframe');
			return frame !== null && frame.style.height !== '';
		});
		const posted = await page.$eval('iframe', (frame) =>
			parseFloat((frame as HTMLIFrameElement).style.height)
		);
		const content = await page
			.frame({ url: /\/fr\/embed\/participation\// })!
			.evaluate(() => document.querySelector('main.embed')!.getBoundingClientRect().height);
		expect(Math.abs(posted - content)).toBeLessThanOrEqual(1);
		await session.close();
	});

	it.each([
		['dashboard', '/fr/'],
		['embed', '/ar/embed/categories/']
	])('the %s page has an oEmbed discovery link that answers', async (_kind, path) => {
		const session = await newSession({ javaScriptEnabled: false });
		const { page } = await openPage(session, path);
		const href = await page.getAttribute('link[rel="alternate"][type="application/json+oembed"]', 'href');
		expect(href).toMatch(/\/oembed\.json$/);
		const response = await fetch(new URL(href!, baseUrl() + path));
		expect(response.status).toBe(200);
		expect((await response.json()).type).toBe('rich');
		await session.close();
	});
});

describe('the screen uses the fonts of the downloads', () => {
	it.each([
		['ar', 'Noto Sans Arabic'],
		['fr', 'Noto Sans']
	])('/%s/ renders with %s, served as woff2 by the site itself', async (lang, family) => {
		const session = await newSession();
		const { page, log } = await openPage(session, `/${lang}/`);
		await fontsLoaded(page);
		const fonts = await page.evaluate(() =>
			[...document.fonts]
				.filter((font) => font.status === 'loaded')
				.map((font) => font.family.replace(/"/g, ''))
		);
		expect(fonts).toContain(family);
		const files = log.requests.filter((url) => url.endsWith('.woff2'));
		expect(files.length).toBeGreaterThan(0);
		for (const url of files) expect(new URL(url).origin).toBe(new URL(baseUrl()).origin);
		const response = await fetch(files[0]);
		expect(response.headers.get('content-type')).toBe('font/woff2');
		// The fonts come after the first paint (a font arriving during the first layout delays it):
		// none is preloaded, and every font file is asked for once the page has painted.
		expect(await page.locator('link[rel="preload"][as="font"]').count()).toBe(0);
		// And after hydration's modules are in: on a phone's network they would share its bandwidth.
		const timing = await page.evaluate(() => {
			const listed = JSON.parse(document.getElementById('after-paint-modules')?.textContent ?? '[]');
			const paths = new Set(listed.map((href: string) => new URL(href, document.baseURI).href));
			const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
			return {
				paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
				modules: resources.filter((entry) => paths.has(entry.name)).map((entry) => entry.responseEnd),
				listed: paths.size,
				fonts: resources.filter((entry) => entry.name.endsWith('.woff2')).map((entry) => entry.startTime)
			};
		});
		expect(timing.paint).toBeGreaterThan(0);
		expect(timing.fonts.length).toBeGreaterThan(0);
		expect(timing.modules).toHaveLength(timing.listed);
		const modulesIn = Math.max(timing.paint ?? Infinity, ...timing.modules);
		for (const start of timing.fonts) expect(start).toBeGreaterThanOrEqual(modulesIn);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});
});

describe('the first paint names only the faces the device has', () => {
	/** The family of the site's name and of the first chart's first text, as the page computes them. */
	const families = (page: Page) =>
		page.evaluate(() =>
			['.site-header .name', '[data-chart] svg:not([aria-hidden]) text'].map((selector) => {
				const shown = [...document.querySelectorAll(selector)].find(
					(el) => el.getBoundingClientRect().width > 0
				);
				return shown ? getComputedStyle(shown).fontFamily : null;
			})
		);

	it('Noto is named only by the fonts stylesheet (applied after the first paint); the charts take the page’s family', async () => {
		const served = await (await fetch(new URL('/fr/', baseUrl()))).text();
		// Named before its @font-face rules apply, a family is looked up among the system's fonts, and
		// missed, for each size and weight of the first paint's text.
		const head = served.slice(0, served.indexOf('<body'));
		expect(head).toContain('font-family:var(--font-stack,system-ui');
		expect(head.match(/<style[^>]*>[\s\S]*?<\/style>/g)?.join('')).not.toContain('Noto');
		expect(served).not.toMatch(/<svg[^>]*font-family=/);

		// Without the fonts stylesheet (as before it applies), the text and the charts use the device's faces.
		const blocked = await newSession();
		await blocked.context.route(/\/fonts\.[^/]*\.css$/, (route) => route.abort());
		const before = await openPage(blocked, '/fr/');
		await before.page.waitForLoadState('load');
		const system = await families(before.page);
		expect(system).toHaveLength(2);
		for (const family of system) expect(family).toMatch(/^system-ui, /);
		await blocked.close();

		// Once it applies, both are set in Noto, the chart by inheriting the page's family.
		const session = await newSession();
		const { page, log } = await openPage(session, '/fr/');
		await fontsLoaded(page);
		for (const family of await families(page))
			expect(family).toMatch(/^"Noto Sans", "Noto Sans Arabic", system-ui/);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});
});

describe('the fonts asked for are the faces the page shows', () => {
	it.each([
		['/fr/', ['latin-400', 'latin-700', 'arabic-400']],
		['/ar/', ['latin-400', 'latin-700', 'arabic-400', 'arabic-700']],
		// An embed in French shows no Arabic (no language switch): no Arabic face is fetched.
		['/fr/embed/participation/', ['latin-400', 'latin-700']]
	])('%s fetches %j', async (path, faces) => {
		const session = await newSession();
		const { page, log } = await openPage(session, path);
		await fontsLoaded(page);
		const fetched = log.requests
			.filter((url) => url.endsWith('.woff2'))
			.map((url) => /noto-sans-(?:arabic-)?(\w+-\d+)-normal/.exec(url)?.[1]);
		expect([...new Set(fetched)].sort()).toEqual([...faces].sort());
		await session.close();
	});
});

describe('the first paint comes before the preloads', () => {
	it('hydration’s modules are listed in the HTML and preloaded once the page has painted', async () => {
		const served = await (await fetch(new URL('/fr/', baseUrl()))).text();
		// As served: no module preload link to compete with the first chart's paint.
		expect(served).not.toContain('rel="modulepreload"');
		const listed = JSON.parse(served.match(/id="after-paint-modules">([^<]*)</)?.[1] ?? '[]') as string[];
		expect(listed.length).toBeGreaterThan(0);
		const session = await newSession();
		const { page, log } = await openPage(session, '/fr/');
		// After the paint the script at the end of the page adds a link per listed module (Vite adds
		// its own for the modules loaded later).
		const wanted = listed.map((href) => new URL(href, new URL('/fr/', baseUrl())).pathname);
		await expect
			.poll(async () => {
				const linked = await page.$$eval('link[rel="modulepreload"]', (links) =>
					links.map((link) => new URL(link.getAttribute('href')!, document.baseURI).pathname)
				);
				return wanted.filter((path) => !linked.includes(path));
			})
			.toEqual([]);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it('hydration’s modules ask V8 to compile them whole; the engine’s module, loaded later, does not', async () => {
		const hinted = async (url: URL) => (await (await fetch(url)).text()).split('\n', 1)[0] === COMPILE_HINT;
		/** The modules a page lists for its hydration, as addresses. */
		const hydration = async (path: string) => {
			const page = new URL(path, baseUrl());
			const served = await (await fetch(page)).text();
			const listed = JSON.parse(served.match(/id="after-paint-modules">([^<]*)</)?.[1] ?? '[]') as string[];
			return listed.map((href) => new URL(href, page));
		};
		for (const path of ['/fr/', '/ar/embed/categories/']) {
			const modules = await hydration(path);
			expect(modules.length).toBeGreaterThan(0);
			const unhinted = [];
			for (const url of modules) if (!(await hinted(url))) unhinted.push(url.pathname);
			expect(unhinted, path).toEqual([]);
		}
		const session = await newSession();
		const { page, log } = await openPage(session, '/fr/');
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
			timeout: 120_000
		});
		// The engine's module: the largest script the page fetched besides its hydration's (the
		// engine's worker is not a chunk).
		const early = (await hydration('/fr/')).map((url) => url.pathname);
		const engine = await page.evaluate(
			(early) =>
				(performance.getEntriesByType('resource') as PerformanceResourceTiming[])
					.filter((entry) => /\/chunks\/[^/]+\.js$/.test(entry.name))
					.filter((entry) => !early.includes(new URL(entry.name).pathname))
					.sort((a, b) => b.decodedBodySize - a.decodedBodySize)[0]?.name,
			early
		);
		expect(engine).toBeTruthy();
		expect(await hinted(new URL(engine!))).toBe(false);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});
});

describe('conflict notes in the page’s language', () => {
	it.each([
		['fr', /ville : Salé \(mmsp\.gov\.ma\) contre Rabat/, /présidence de la cérémonie : Ghita Mezzour/],
		['ar', /المدينة: سلا/, /رئاسة الحفل: غيثة مزور/]
	])('/%s/ (JavaScript off): translated, each under its field', async (lang, city, presiding) => {
		const session = await newSession({ javaScriptEnabled: false });
		const { page } = await openPage(session, `/${lang}/embed/participation/`);
		const footnote = await page.textContent('section[data-chart="participation"] .conflict-notes');
		expect(footnote).toMatch(city);
		expect(footnote).not.toMatch(/ vs /);
		await page.close();
		// The latest edition (2021) is the detail's default: its conflict is about the presiding
		// official, under that field, and not under the city.
		const detail = await openPage(session, `/${lang}/embed/edition-detail/`);
		const facts = await detail.page.$$eval('.facts > .fact > *', (nodes) =>
			nodes.map((node) => ({ tag: node.tagName, text: node.textContent ?? '' }))
		);
		const under = (index: number) => facts[index + 1]?.text ?? '';
		const cityIndex = facts.findIndex((node) => node.tag === 'DT') + 2;
		expect(facts[cityIndex].tag).toBe('DT');
		expect(under(cityIndex)).not.toMatch(presiding);
		const presided = facts.findIndex((node) => node.tag === 'DD' && presiding.test(node.text));
		expect(presided).toBeGreaterThan(cityIndex);
		expect(facts[presided - 1].tag).toBe('DT');
		await session.close();
	});
});

describe('downloads say what they show', () => {
	it('the image title names the years and the filters; its subtitle has no instructions', async () => {
		const session = await newSession({ acceptDownloads: true, viewport: { width: 1100, height: 900 } });
		const { page } = await openPage(session, '/en/?from=2014&to=2021&type=ministry');
		await page.waitForSelector('[data-download="participation"] > button');
		await expect.poll(() => page.getAttribute('html', 'data-engine'), { timeout: 60_000 }).toBe('ready');
		await page.waitForSelector('section[data-chart="repeat-winners"][data-origin="duckdb"]');
		const participation = await downloadText(page, 'participation', 'svg');
		expect(svgText(participation)).toMatch(/^Participation per edition, 2014–2021 /);
		expect(participation).not.toMatch(/press Enter|Select a bar/);
		// The participation chart does not follow the type filter: its title does not claim it.
		expect(participation).not.toMatch(/Institution type/);
		const repeat = await downloadText(page, 'repeat-winners', 'svg');
		expect(svgText(repeat)).toMatch(
			/^Repeat winners, 2014–2021 \(Institution type: Ministry or state service\) /
		);
		expect(repeat).not.toMatch(/Select a dot/);
		await session.close();
	}, 150_000);

	it('the CSV of the data shown has labels in the page’s language and the codes in their own columns', async () => {
		const session = await newSession({ acceptDownloads: true, viewport: { width: 1100, height: 900 } });
		const { page } = await openPage(session, '/fr/embed/institution-types/');
		await page.waitForSelector('[data-download="institution-types"] > button');
		const text = (await downloadText(page, 'institution-types', 'csv')).replace(/^\ufeff/, '');
		const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
		expect(parsed.meta.fields).toEqual(expect.arrayContaining(['type', 'type_code']));
		const ministry = parsed.data.find((row) => row.type_code === 'ministry');
		expect(ministry?.type).toBe("Ministère ou service de l'État");
		expect(parsed.data.some((row) => row.type === 'ministry')).toBe(false);
		await session.close();
	});
});
