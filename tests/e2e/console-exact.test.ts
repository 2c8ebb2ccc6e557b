import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clean, cleanLog, closeBrowser, launchBrowser, newSession, openPage } from './browser';
import { queryInConsole } from './console-page';

beforeAll(launchBrowser);
afterAll(closeBrowser);

/** The text of a download (a CSV's BOM read past, as the other CSV downloads are). */
async function downloaded(page: import('playwright-core').Page, kind: 'csv' | 'json'): Promise<string> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.click(`[data-export="${kind}"]`)
	]);
	return (await readFile((await download.path())!, 'utf8')).replace(/^\ufeff/, '');
}

describe('SQL console: exact values', () => {
	it('shows and exports large integers, HUGEINT and wide decimals exactly', async () => {
		const session = await newSession({ acceptDownloads: true });
		const { page, log } = await openPage(session, '/en/sql/');
		const cells = await queryInConsole(
			page,
			`SELECT 9007199254740993::BIGINT AS big, 18446744073709551615::UBIGINT AS ubig,
				12345678901234567.89::DECIMAL(38,2) AS dec2, 0.1234567890123456789::DECIMAL(38,19) AS dec19,
				(SELECT sum(hash(w)) FROM winners w) AS huge, (SELECT sum(hash(w))::VARCHAR FROM winners w) AS huge_text`
		);
		const huge = cells[0][5];
		// DuckDB's own text of the HUGEINT: a long integer, beyond what a double holds.
		expect(huge).toMatch(/^\d{17,}$/);
		expect(cells).toEqual([
			[
				'9007199254740993',
				'18446744073709551615',
				'12345678901234567.89',
				'0.1234567890123456789',
				huge,
				huge
			]
		]);

		const csv = await downloaded(page, 'csv');
		expect(csv.split('\r\n')).toEqual([
			'big,ubig,dec2,dec19,huge,huge_text',
			`9007199254740993,18446744073709551615,12345678901234567.89,0.1234567890123456789,${huge},${huge}`
		]);

		// JSON: exact numbers as strings of their digits (a JSON reader's doubles would round them).
		const json = await downloaded(page, 'json');
		expect(JSON.parse(json)).toEqual([
			{
				big: '9007199254740993',
				ubig: '18446744073709551615',
				dec2: '12345678901234567.89',
				dec19: '0.1234567890123456789',
				huge,
				huge_text: huge
			}
		]);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});

	it('shows a value that begins with U+FEFF as a visible mark with its code point, exported unchanged', async () => {
		const session = await newSession({ acceptDownloads: true });
		const { page, log } = await openPage(session, '/en/sql/');
		const cells = await queryInConsole(page, "SELECT chr(65279) || 'Roman' AS name, 'Roman' AS plain");
		expect(cells).toEqual([['⟨FEFF⟩Roman', 'Roman']]);
		const mark = page.locator('[data-testid="result-grid"] tbody .invisible-char');
		expect(await mark.count()).toBe(1);
		expect(await mark.getAttribute('title')).toBe('U+FEFF ZERO WIDTH NO-BREAK SPACE');
		expect(await mark.getAttribute('aria-label')).toBe('U+FEFF');

		const csv = await downloaded(page, 'csv');
		// Quoted: the writer quotes a value with edge whitespace, and JS counts U+FEFF as such.
		expect(csv.split('\r\n')).toEqual(['name,plain', '"\ufeffRoman",Roman']);
		expect(cleanLog(log)).toEqual(clean);
		await session.close();
	});
});
