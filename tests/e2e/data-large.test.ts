import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, launchBrowser, newSession, openPage } from './browser';

beforeAll(launchBrowser);
afterAll(closeBrowser);

/**
 * Files larger than the head (256 KB), which the datasets page's engine reads itself: the page
 * keeps drawing, a problem is named at its line, another encoding is transcoded, and a cancel
 * leaves nothing behind.
 */
describe('datasets page, large files', () => {
	it('cancels a file being read: nothing is kept and the page is ready for another file', async () => {
		const lines = ['year,note'];
		// Large enough (about 70 MB) that parsing lasts seconds on any machine: Cancel is always in time.
		for (let i = 0; i < 3_000_000; i++) lines.push(`${2000 + (i % 20)},"note ${i}"`);
		const dir = await mkdtemp(join(tmpdir(), 'imtiaz-'));
		const path = join(dir, 'slow.csv');
		await writeFile(path, lines.join('\n') + '\n');
		const session = await newSession();
		const { page } = await openPage(session, '/en/data/');
		await page.locator('#upload-input').setInputFiles(path);
		await page.locator('[data-progress="parsing"] [data-cancel]').click();
		const alert = page.locator('[data-error="interrupted"]');
		await alert.waitFor();
		expect(await alert.textContent()).toContain('Nothing was changed');
		expect(await page.locator('[data-preview]').count()).toBe(0);
		await page.locator('#upload-input').setInputFiles({
			name: 'next.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('year,prize\n2020,Gold\n', 'utf8')
		});
		await page.locator('[data-preview]').waitFor();
		await session.close();
		await rm(dir, { recursive: true, force: true });
	}, 120_000);

	it('loads a 100,000-row file while the page keeps drawing frames', async () => {
		const lines = ['year,category,level,winner,type,candidates'];
		for (let i = 0; i < 100_000; i++)
			lines.push(
				`${2006 + (i % 18)},cat-${i % 7},level-${i % 3},"Institution ${i}, Rabat",type-${i % 4},${i % 90}`
			);
		const session = await newSession();
		const { page } = await openPage(session, '/en/data/');
		await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready');
		// A frame counter, and the longest pause between two frames.
		await page.evaluate(() => {
			const w = window as unknown as { frames_: number; longest: number; last: number };
			w.frames_ = 0;
			w.longest = 0;
			w.last = performance.now();
			const tick = (now: number) => {
				w.frames_++;
				w.longest = Math.max(w.longest, now - w.last);
				w.last = now;
				requestAnimationFrame(tick);
			};
			requestAnimationFrame(tick);
		});
		const read = () =>
			page.evaluate(() => {
				const w = window as unknown as { frames_: number; longest: number };
				return { frames: w.frames_, longest: w.longest, now: performance.now() };
			});
		const start = await read();
		// From disk, so the browser reads the file itself (a buffer would be rebuilt by page script).
		const dir = await mkdtemp(join(tmpdir(), 'imtiaz-'));
		const path = join(dir, 'big.csv');
		await writeFile(path, lines.join('\n') + '\n');
		await page.locator('#upload-input').setInputFiles(path);
		await page.locator('[data-preview]').waitFor({ timeout: 120_000 });
		expect(await page.locator('[data-preview] caption').textContent()).toContain('100000');
		await page.locator('[data-keep]').click();
		await page.locator('[data-saved]').waitFor({ timeout: 120_000 });
		await page.locator('[data-upload-charts="big"] [data-upload-chart="per-year"] svg').waitFor();
		const end = await read();
		const elapsed = end.now - start.now;
		// Frames kept coming during the whole load: many of them, and no single pause took more
		// than a fifth of the load (compared with the load's own duration, never a fixed time).
		expect(end.frames - start.frames).toBeGreaterThan(20);
		expect(end.longest).toBeLessThan(elapsed / 5);
		expect(await page.locator('[data-stored="big"] [data-rows]').textContent()).toBe('100000');
		await session.close();
		await rm(dir, { recursive: true, force: true });
	}, 240_000);

	it('names a problem past the head at its line, and previews a large Windows-1252 file', async () => {
		const session = await newSession();
		const { page } = await openPage(session, '/en/data/');
		// Past the head (256 KB), the rows are checked by DuckDB: the same message, at the same place.
		const rows = Array.from({ length: 40_000 }, (_, i) => (i === 30_000 ? '1,2,3' : `${i},"note ${i}"`));
		await page.locator('#upload-input').setInputFiles({
			name: 'long.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(['a,b', ...rows].join('\n') + '\n', 'utf8')
		});
		const far = page.locator('[data-error="ragged-rows"]');
		await far.waitFor({ timeout: 60_000 });
		expect(await far.textContent()).toContain('File long.csv, line 30002');
		expect(await far.textContent()).toContain('3 fields where the header has 2');
		// A CRLF after a quoted field in a file of LF lines: DuckDB stops at a quote, the JS parser
		// (in its worker) names the change of line ending.
		await page.locator('#upload-input').setInputFiles({
			name: 'mixed.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(['a,b', ...rows.slice(0, 20_000)].join('\n') + '\r\n1,2\n', 'utf8')
		});
		const mixed = page.locator('[data-error="mixed-line-endings"]');
		await mixed.waitFor({ timeout: 60_000 });
		expect(await mixed.textContent()).toContain('File mixed.csv, line 20001');

		// A large Windows-1252 file: refused as UTF-8, then transcoded in a worker and read by DuckDB.
		const latinRows = Array.from({ length: 30_000 }, (_, i) => `${2000 + (i % 20)},Médaille ${i}`);
		await page.locator('#upload-input').setInputFiles({
			name: 'latin-long.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(['année,prix', ...latinRows].join('\n') + '\n', 'latin1')
		});
		const encodingError = page.locator('[data-error="encoding"]').filter({ hasText: 'latin-long.csv' });
		await encodingError.waitFor();
		await encodingError.locator('select').selectOption('windows-1252');
		await encodingError.getByRole('button').click();
		await page.locator('[data-preview]').waitFor({ timeout: 60_000 });
		expect(await page.locator('[data-preview] caption').textContent()).toContain('30000');
		expect(await page.locator('[data-preview] thead').textContent()).toContain('année');
		expect(await page.locator('[data-preview] tbody').textContent()).toContain('Médaille 0');
		await session.close();
	}, 180_000);
});
