import { copyFile, readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	clean,
	cleanLog,
	closeBrowser,
	launchBrowser,
	newSession,
	openDisclosures,
	openPage,
	type Session
} from './browser';

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Decodes the PNG in the page (createImageBitmap + canvas) and counts distinct colours and the share
 * of pixels that differ from the top-left (background) pixel: a blank or unpainted image has one colour.
 */
async function pixelStats(page: Page, bytes: Buffer): Promise<{ colours: number; inked: number }> {
	return page.evaluate(async (base64) => {
		const binary = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
		const bitmap = await createImageBitmap(new Blob([binary], { type: 'image/png' }));
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const context = canvas.getContext('2d')!;
		context.drawImage(bitmap, 0, 0);
		const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
		const colours = new Set<number>();
		let inked = 0;
		for (let i = 0; i < data.length; i += 4) {
			colours.add((data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3]);
			if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) inked++;
		}
		return { colours: colours.size, inked: inked / (data.length / 4) };
	}, bytes.toString('base64'));
}

/** Chooses a Download menu item with the mouse and returns the saved file's name and bytes. */
async function downloadVia(
	page: Page,
	chart: string,
	variant: string
): Promise<{ name: string; bytes: Buffer }> {
	await page.click(`[data-download="${chart}"] > button`);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.click(`[data-download="${chart}"] [data-variant="${variant}"]`)
	]);
	const path = await download.path();
	return { name: download.suggestedFilename(), bytes: await readFile(path!) };
}

let session: Session;

beforeAll(async () => {
	await launchBrowser();
	session = await newSession({ acceptDownloads: true, viewport: { width: 1100, height: 900 } });
});

afterAll(async () => {
	await session.close();
	await closeBrowser();
});

describe('chart downloads', () => {
	it.each(['ar', 'fr'])(
		'%s: PNG 1×, 2× and the social card have the right sizes and are not blank',
		async (lang) => {
			const { page, log } = await openPage(session, `/${lang}/`);
			await page.waitForSelector('[data-download="participation"] > button');
			const one = await downloadVia(page, 'participation', 'png');
			const two = await downloadVia(page, 'participation', 'png-2x');
			const card = await downloadVia(page, 'participation', 'card');
			expect(one.name).toMatch(new RegExp(`^emtiaz-participation-${lang}-\\d{4}-\\d{4}\\.png$`));
			expect(two.name).toBe(one.name.replace(/\.png$/, '-2x.png'));
			expect(card.name).toBe(one.name.replace(/\.png$/, '-card.png'));
			const size = pngSize(one.bytes);
			expect(size.width).toBeGreaterThanOrEqual(600);
			expect(size.height).toBeGreaterThan(300);
			expect(pngSize(two.bytes)).toEqual({ width: size.width * 2, height: size.height * 2 });
			expect(pngSize(card.bytes)).toEqual({ width: 1200, height: 630 });
			for (const file of [one, two, card]) {
				const stats = await pixelStats(page, file.bytes);
				// Bars in four colours, text antialiasing, grid lines: far more than a few colours.
				expect(stats.colours).toBeGreaterThan(50);
				expect(stats.inked).toBeGreaterThan(0.02);
			}
			if (process.env.KEEP_DOWNLOADS) {
				// Manual review of the rendering (Arabic shaping): KEEP_DOWNLOADS=dir keeps the files.
				for (const file of [one, two, card])
					await copyFile(await writeTemp(file), `${process.env.KEEP_DOWNLOADS}/${file.name}`);
			}
			expect(cleanLog(log)).toEqual(clean);
			await page.close();
		}
	);

	it('ar: the SVG is standalone: xmlns, RTL, fonts inlined, title and source, no var()', async () => {
		const { page } = await openPage(session, '/ar/');
		await page.waitForSelector('[data-download="participation"] > button');
		const title = (await page.textContent('#participation-heading'))!.trim();
		const source = (await page.textContent('section[data-chart="participation"] .source'))!.trim();
		const svg = await downloadVia(page, 'participation', 'svg');
		expect(svg.name).toMatch(/^emtiaz-participation-ar-\d{4}-\d{4}\.svg$/);
		const text = svg.bytes.toString('utf8');
		expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(text).toContain('direction="rtl"');
		expect(text).toContain('lang="ar"');
		expect(text).toContain("font-family:'Noto Sans Arabic'");
		expect(text).toMatch(/src:url\(data:font\/woff2;base64,/);
		// The image's title is the chart's, with the years it shows.
		expect(text).toMatch(new RegExp(`>${title}، \\d{4}–\\d{4}</text>`));
		expect(text).toContain(source.split(':')[0]);
		expect(text).not.toContain('var(');
		await page.close();
	});

	it('the image takes the colours of the current theme (dark embed: dark background, light text)', async () => {
		const { page } = await openPage(session, '/fr/embed/participation/?theme=dark');
		await page.waitForSelector('[data-download="participation"] > button');
		await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
		const svg = (await downloadVia(page, 'participation', 'svg')).bytes.toString('utf8');
		expect(svg).toContain('<rect width="100%" height="100%" fill="#111827"/>');
		expect(svg).toMatch(/fill="#f3f4f6"[^>]*>Participation/);
		const png = await downloadVia(page, 'participation', 'png');
		const corner = await page.evaluate(async (base64) => {
			const binary = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
			const bitmap = await createImageBitmap(new Blob([binary], { type: 'image/png' }));
			const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
			context.drawImage(bitmap, 0, 0);
			return [...context.getImageData(2, 2, 1, 1).data];
		}, png.bytes.toString('base64'));
		expect(corner).toEqual([0x11, 0x18, 0x27, 255]);
		await page.close();
	});

	it('the menu works from the keyboard', async () => {
		const { page } = await openPage(session, '/fr/');
		const button = '[data-download="participation"] > button';
		await page.waitForSelector(button);
		await page.focus(button);
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-variant'))).toBe('svg');
		await page.keyboard.press('End');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-variant'))).toBe('csv');
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-variant'))).toBe('svg');
		await page.keyboard.press('Escape');
		expect(await page.isHidden('#participation-download-menu')).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('participation-download-button');
		// Enter opens the menu on its first item (SVG); one step down is the PNG.
		await page.keyboard.press('Enter');
		await page.keyboard.press('ArrowDown');
		const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
		expect(download.suggestedFilename()).toMatch(/^emtiaz-participation-fr-\d{4}-\d{4}\.png$/);
		await page.close();
	});
});

/** Table cells of a chart's data table, row by row. */
async function tableRows(page: Page, chart: string): Promise<string[][]> {
	await openDisclosures(page, `section[data-chart="${chart}"] details.data-table`);
	return page.$$eval(`section[data-chart="${chart}"] table tbody tr`, (rows) =>
		rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent!.trim()))
	);
}

function parseCsv(bytes: Buffer): Record<string, string>[] {
	const text = bytes.toString('utf8').replace(/^\ufeff/, '');
	const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
	expect(parsed.errors).toEqual([]);
	return parsed.data;
}

describe('CSV of the data shown', () => {
	// The participation table's columns: year, edition, coverage, then the four measures.
	const measures = ['candidates', 'administrations', 'prizes', 'winning_institutions'];

	/** The CSV's raw values against the table's formatted cells (en-GB: "1,234"; unknown: "not reported"). */
	function expectSameRows(csv: Record<string, string>[], table: string[][]): void {
		expect(csv.length).toBe(table.length);
		expect(csv.length).toBeGreaterThan(0);
		csv.forEach((row, index) => {
			const cells = table[index];
			expect(row.year).toBe(cells[0]);
			measures.forEach((key, offset) => {
				const cell = cells[3 + offset].replace(/[,\s\u202f\u00a0]/g, '');
				if (/^\d+(\.\d+)?$/.test(cell)) expect(Number(row[key])).toBe(Number(cell));
				// "not reported" or no edition in the table: the CSV cell is empty, never 0.
				else expect(row[key]).toBe('');
			});
		});
	}

	it('dashboard: the CSV equals the data table', async () => {
		const { page } = await openPage(session, '/en/');
		await page.waitForSelector('[data-download="participation"] > button');
		const csv = await downloadVia(page, 'participation', 'csv');
		expect(csv.name).toMatch(/^emtiaz-participation-en-\d{4}-\d{4}\.csv$/);
		expectSameRows(parseCsv(csv.bytes), await tableRows(page, 'participation'));
		await page.close();
	});

	it('embed with a year filter: the CSV holds exactly the filtered rows', async () => {
		const { page } = await openPage(session, '/en/embed/participation/?from=2014&to=2021');
		await page.waitForSelector('[data-download="participation"] > button');
		await openDisclosures(page, 'section[data-chart="participation"] details.data-table');
		await page.waitForFunction(() =>
			[...document.querySelectorAll('section[data-chart="participation"] tbody tr')].every((row) => {
				const year = Number(row.querySelector('td')!.textContent);
				return year >= 2014 && year <= 2021;
			})
		);
		const csv = await downloadVia(page, 'participation', 'csv');
		expect(csv.name).toBe('emtiaz-participation-en-2014-2021.csv');
		const rows = parseCsv(csv.bytes);
		expect(rows.map((row) => Number(row.year))).toEqual(rows.map((_, i) => 2014 + i));
		expectSameRows(rows, await tableRows(page, 'participation'));
		await page.close();
	});
});

describe('embed dialog', () => {
	it('offers a PNG fallback: the image and an <img> snippet linking to the embed', async () => {
		const { page } = await openPage(session, '/fr/?from=2014&to=2021');
		await page.waitForSelector('[data-download="participation"] > button');
		await page.click('section[data-chart="participation"] .embed-button');
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-png-fallback]')]);
		const bytes = await readFile((await download.path())!);
		const size = pngSize(bytes);
		await page.waitForFunction(() =>
			document.querySelector<HTMLTextAreaElement>('#participation-embed-png')!.value.includes('width=')
		);
		const snippet = await page.inputValue('#participation-embed-png');
		expect(snippet).toContain(`<img src="${download.suggestedFilename()}"`);
		expect(snippet).toContain(`width="${size.width}" height="${size.height}"`);
		expect(snippet).toMatch(/<a href="http:\/\/[^"]+\/fr\/embed\/participation\/\?from=2014&amp;to=2021">/);
		await page.close();
	});
});

async function writeTemp(file: { name: string; bytes: Buffer }): Promise<string> {
	const { writeFile } = await import('node:fs/promises');
	const { tmpdir } = await import('node:os');
	const path = `${tmpdir()}/${file.name}`;
	await writeFile(path, file.bytes);
	return path;
}
