import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, closeBrowser, launchBrowser, newSession, openPage } from './browser';
import { chartIds } from './routes';

let host: Server;
let hostUrl = '';

/** A news site on a second origin embedding the participation chart in Arabic and French. */
beforeAll(async () => {
	await launchBrowser();
	const site = baseUrl();
	const html = `<!doctype html><html><body style="margin:0">
<iframe id="ar" src="${site}/ar/embed/participation/" title="ar" data-imtiaz-chart="participation" style="width:100%;height:150px;border:0"></iframe>
<iframe id="fr" src="${site}/fr/embed/participation/?from=2014&type=ministry" title="fr" data-imtiaz-chart="participation" style="width:100%;height:150px;border:0"></iframe>
<iframe id="dash" src="${site}/fr/" title="dashboard" style="width:100%;height:300px"></iframe>
<script src="${site}/embed.js"></script></body></html>`;
	host = createServer((_request, response) => {
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(html);
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
});

afterAll(async () => {
	await closeBrowser();
	await new Promise((resolve) => host.close(resolve));
});

describe('embeds on another origin', () => {
	it('resize to their content, ignore forged messages, load no WASM, and the dashboard refuses framing', async () => {
		const session = await newSession({ viewport: { width: 1000, height: 800 } });
		const page = await session.context.newPage();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.goto(hostUrl);
		const height = (id: string) =>
			page.$eval(`#${id}`, (el) => (el as HTMLElement).getBoundingClientRect().height);
		await page.waitForFunction(() =>
			['ar', 'fr'].every((id) => document.getElementById(id)!.style.height !== '150px')
		);
		const wide = await height('ar');
		expect(wide).toBeGreaterThan(300);
		await page.setViewportSize({ width: 320, height: 800 });
		await page.waitForFunction(
			(before) => document.getElementById('ar')!.getBoundingClientRect().height !== before,
			wide
		);
		expect(await height('ar')).not.toBe(wide);

		// A forged message from the host's own origin, an absurd height from the embed, then a genuine
		// one: only the genuine one takes effect. Every height the host gives the French frame is logged.
		const now = await height('fr');
		await page.evaluate(() => {
			const fr = document.getElementById('fr')!;
			const log: string[] = ((window as unknown as { heights: string[] }).heights = []);
			let last = fr.style.height;
			new MutationObserver(() => {
				if (fr.style.height !== last) log.push((last = fr.style.height));
			}).observe(fr, { attributes: true, attributeFilter: ['style'] });
		});
		const heights = () => page.evaluate(() => (window as unknown as { heights: string[] }).heights);
		/**
		 * Resolves once the host page has dispatched the message carrying `marker`: embed.js listens
		 * first (its listener was added at load), so by then it has handled the message.
		 */
		const dispatched = (marker: number) =>
			page.evaluate(
				(marker) =>
					new Promise<void>((resolve) =>
						window.addEventListener('message', function seen(event) {
							if (event.data?.['imtiaz-embed-height']?.participation !== marker) return;
							window.removeEventListener('message', seen);
							resolve();
						})
					),
				marker
			);
		const forged = dispatched(60);
		await page.evaluate(() => {
			window.postMessage({ 'imtiaz-embed-height': { participation: 60 } }, '*');
		});
		await forged;
		const frame = page.frame({ url: /\/fr\/embed\// })!;
		const absurd = dispatched(1e7);
		await frame.evaluate(() =>
			window.parent.postMessage({ 'imtiaz-embed-height': { participation: 1e7 } }, '*')
		);
		await absurd;
		expect(await heights()).toEqual([]);
		expect(await height('fr')).toBe(now);
		const genuine = Math.ceil(now) + 37;
		await frame.evaluate(
			(genuine) => window.parent.postMessage({ 'imtiaz-embed-height': { participation: genuine } }, '*'),
			genuine
		);
		await page.waitForFunction(() => (window as unknown as { heights: string[] }).heights.length > 0);
		// The first height applied after the two ignored messages is the genuine one.
		expect((await heights())[0]).toBe(`${genuine}px`);

		// The French embed names the filter it could not apply.
		expect(await frame.textContent('.not-applied')).toContain('type d’institution');

		expect(requests.filter((url) => /\.wasm|duckdb/i.test(url))).toEqual([]);
		const dashboard = page.frame({ url: /\/fr\/$/ });
		expect(dashboard === null || (await dashboard.$('section[data-chart]').catch(() => null)) === null).toBe(
			true
		);
		await session.close();
	});

	it('shows the chart with JavaScript off', async () => {
		const session = await newSession({ javaScriptEnabled: false });
		const { page } = await openPage(session, '/ar/embed/participation/');
		expect(
			await page.$eval('section[data-chart="participation"] svg', (svg) => svg.getAttribute('role'))
		).toBe('img');
		await session.close();
	});
});

describe('responsive embeds', () => {
	it.each([280, 600, 1200])(
		'at %i px wide: no horizontal overflow, the chart scales within the viewport',
		async (width) => {
			const session = await newSession({ viewport: { width, height: 900 } });
			for (const [index, chart] of chartIds.entries()) {
				const lang = ['ar', 'fr', 'en'][index % 3];
				const { page } = await openPage(session, `/${lang}/embed/${chart}/`);
				await page.waitForSelector(`[data-download="${chart}"] > button`);
				const layout = async () =>
					page.evaluate(() => {
						const svg = document.querySelector<SVGSVGElement>('section[data-chart] svg[viewBox]');
						const box = (element: Element) => {
							const rect = element.getBoundingClientRect();
							return { left: rect.left, right: rect.right, width: rect.width };
						};
						// A chart too wide to shrink legibly scrolls inside its own region; that region is what must fit.
						let region: Element | null = svg?.parentElement ?? null;
						while (region && !/auto|scroll/.test(getComputedStyle(region).overflowX))
							region = region.parentElement;
						const frame = svg?.closest('section[data-chart]');
						return {
							viewport: document.documentElement.clientWidth,
							scroll: document.documentElement.scrollWidth,
							svg: svg ? box(svg) : null,
							natural: Number(svg?.getAttribute('width')) || Infinity,
							region: region ? { ...box(region), scrolls: region.scrollWidth > region.clientWidth } : null,
							room: frame ? frame.clientWidth - 32 : 0
						};
					});
				const before = await layout();
				const where = `${lang}/${chart} at ${width}px`;
				expect(before.scroll, where).toBeLessThanOrEqual(before.viewport);
				// Every embed but the edition detail (a fact sheet and a table) draws an SVG chart: its
				// presence is checked, so a chart that failed to draw cannot pass the layout checks unseen.
				const drawsSvg = chart !== 'edition-detail';
				expect(before.svg !== null, where).toBe(drawsSvg);
				const svg = before.svg ?? { left: 0, right: 0, width: 0 };
				const fits = svg.left >= 0 && svg.right <= before.viewport + 0.5;
				if (drawsSvg && !fits) {
					// Only a fixed-size chart may be wider than the screen, inside a scrolling region on screen.
					expect(before.natural, where).toBeLessThan(Infinity);
					expect(before.region?.scrolls, where).toBe(true);
					expect(before.region!.left, where).toBeGreaterThanOrEqual(0);
					expect(before.region!.right, where).toBeLessThanOrEqual(before.viewport + 0.5);
					// Never shrunk under its natural size (its text stays at 11 px or more): it scrolls,
					// its row labels sticky.
					expect(svg.width, where).toBeGreaterThanOrEqual(before.natural - 0.5);
				} else if (drawsSvg) {
					// Scaled to the room it has, unless it reached its natural size.
					expect(svg.width, where).toBeGreaterThanOrEqual(Math.min(before.room * 0.75, before.natural) - 0.5);
				}
				// The open Download menu stays on screen too.
				await page.click(`[data-download="${chart}"] > button`);
				const open = await layout();
				expect(open.scroll, `${lang}/${chart} with the menu open`).toBeLessThanOrEqual(open.viewport);
				await page.close();
			}
			await session.close();
		}
	);
});

describe('the Embed dialog on the dashboard', () => {
	it('offers the iframe snippet for the page language with the site origin, and closes with Escape', async () => {
		const session = await newSession();
		const { page } = await openPage(session, '/ar/?from=2014');
		// The Download menu appears once the page is hydrated: the Embed button then has its handler.
		await page.waitForSelector('[data-download="participation"] > button');
		await page.click('section[data-chart="participation"] .embed-button');
		const snippet = await page.inputValue('#participation-embed-iframe');
		expect(snippet).toContain(`src="${baseUrl()}/ar/embed/participation/?from=2014"`);
		expect(snippet).toContain('loading="lazy"');
		expect(snippet).toMatch(/title="[^"]+"/);
		expect(await page.inputValue('#participation-embed-script')).toContain(`${baseUrl()}/embed.js`);
		await page.keyboard.press('Escape');
		expect(await page.$eval('dialog.embed-dialog', (d) => (d as HTMLDialogElement).open)).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.className)).toContain('embed-button');
		await session.close();
	});
});
