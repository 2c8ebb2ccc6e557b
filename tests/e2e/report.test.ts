import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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
import { openReport, shown } from './report-file';

// "Save as report" as a reader uses it: filters chosen, the button clicked, the file taken from the
// download, then opened where nothing can run or load (JavaScript off, offline) and printed to A4.

let session: Session;
let folder: string;

beforeAll(async () => {
	await launchBrowser();
	session = await newSession({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
	folder = await mkdtemp(join(tmpdir(), 'imtiaz-report-'));
});

afterAll(async () => {
	await session.close();
	await closeBrowser();
	await rm(folder, { recursive: true, force: true });
});

describe('save as report', () => {
	it.each([
		['en', 'ltr', 'Ministry or state service'],
		['ar', 'rtl', 'وزارة أو مصلحة تابعة للدولة']
	])(
		'%s: the file shows the charts, tables and filters of the screen, with no script, offline, and prints to A4',
		async (lang, dir, typeLabel) => {
			const { page, log } = await openPage(session, `/${lang}/?from=2014&to=2021`);
			await expect.poll(() => page.getAttribute('html', 'data-engine'), { timeout: 120_000 }).toBe('ready');
			// A filter chosen as a reader does, then every view answering it.
			await page.locator('.filter-bar select[name="type"]').selectOption('ministry');
			const search = '?from=2014&to=2021&type=ministry';
			await page.waitForURL(new RegExp(`\\${search}$`));
			const frames = page.locator('section.chart-frame');
			const answered = () => frames.evaluateAll((els) => els.map((el) => el.getAttribute('data-filters')));
			await expect.poll(answered, { timeout: 60_000 }).toEqual(Array(6).fill(search));
			// The tables as a reader reads them on screen: opened.
			await openDisclosures(page, 'section.chart-frame details.data-table');
			const screen = await shown(page, 'section.chart-frame', 'svg[viewBox]');
			const chips = await page.locator('.filter-bar .active .chip bdi').allInnerTexts();
			expect(chips).toHaveLength(3);
			expect(chips.some((chip) => chip.includes(typeLabel))).toBe(true);

			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.click('button[data-report]')
			]);
			expect(download.suggestedFilename()).toMatch(
				new RegExp(`^imtiaz-report-${lang}-\\d{4}-\\d{2}-\\d{2}\\.html$`)
			);
			const file = join(folder, download.suggestedFilename());
			await download.saveAs(file);
			await expect
				.poll(() => page.locator('.report-status').innerText())
				.toContain(download.suggestedFilename());
			expect(cleanLog(log)).toEqual(clean);
			const html = await readFile(file, 'utf8');
			expect(html).not.toMatch(/<script|\son\w+=|https?:\/\/[^<\s]*"/i);

			// Opened where no script runs and nothing can be fetched: only the file itself is read.
			const { offline, report, requests, problems } = await openReport(file);
			expect(requests.filter((url) => !url.startsWith('data:'))).toEqual([pathToFileURL(file).href]);
			expect(problems).toEqual([]);
			expect(
				await report.evaluate(() => [document.documentElement.lang, document.documentElement.dir])
			).toEqual([lang, dir]);
			expect(await report.locator('script').count()).toBe(0);

			// The same views, marks and table rows as the screen, and the filters in force named.
			const copy = await shown(report, 'section.view', 'figure svg');
			expect(copy.ids).toEqual(screen.ids);
			expect(copy.marks).toEqual(screen.marks);
			expect(copy.tables).toEqual(screen.tables);
			const drawn = copy.marks.filter((values) => values.length > 0);
			expect(drawn.length).toBeGreaterThanOrEqual(5);
			expect(await report.locator('.filters li').allInnerTexts()).toEqual(chips);
			expect(await report.locator('.key-facts p').count()).toBeGreaterThan(0);
			// The fonts came with the file and drew its text (Arabic shaped by Noto Sans Arabic, not a system font).
			const family = lang === 'ar' ? 'Noto Sans Arabic' : 'Noto Sans';
			const loaded = () =>
				report.evaluate(
					(name) =>
						[...document.fonts].filter(
							(face) => face.family.replace(/['"]/g, '') === name && face.status === 'loaded'
						).length,
					family
				);
			await expect.poll(loaded).toBeGreaterThan(0);

			// On A4 paper: no chart wider than the page, each view on a page of its own.
			await report.setViewportSize({ width: 700, height: 1000 });
			await report.emulateMedia({ media: 'print' });
			const overflow = await report.evaluate(() => ({
				page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
				figures: [...document.querySelectorAll('figure svg')].map(
					(svg) => svg.getBoundingClientRect().width - svg.parentElement!.getBoundingClientRect().width
				)
			}));
			expect(overflow.page).toBeLessThanOrEqual(0);
			for (const excess of overflow.figures) expect(excess).toBeLessThanOrEqual(0.5);
			const pdf = await report.pdf({ format: 'A4', printBackground: true });
			expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
			const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
			expect(pages.length).toBeGreaterThanOrEqual(screen.ids.length + 1);
			await offline.close();
			await page.close();
		},
		// Two pages, an engine and a PDF on a shared two-core machine: every wait is for a condition.
		240_000
	);
});
