import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, recordsToSpreadsheetCsv } from '$lib/data/csv';

describe('recordsToSpreadsheetCsv', () => {
	it('neutralises formula-like text cells', () => {
		for (const evil of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x")']) {
			expect(neutraliseCell(evil)).toBe(`'${evil}`);
		}
		expect(neutraliseCell('Ministère')).toBe('Ministère');
		expect(neutraliseCell('وزارة')).toBe('وزارة');
	});

	it('keeps numbers (negative included) and writes unknown as an empty cell', () => {
		expect(neutraliseCell(-3)).toBe('-3');
		expect(neutraliseCell(0)).toBe('0');
		expect(neutraliseCell(null)).toBe('');
		expect(neutraliseCell(undefined)).toBe('');
	});

	it('writes exactly the given columns in order, quoted where needed, and parses back', () => {
		const rows = [
			{ year: 2014, name: 'A, "quoted"', candidates: null, extra: 'x' },
			{ year: 2015, name: '=cmd|calc', candidates: 12, extra: 'y' }
		];
		const csv = recordsToSpreadsheetCsv(rows, ['year', 'name', 'candidates']);
		expect(csv.split('\r\n')[0]).toBe('year,name,candidates');
		const parsed = Papa.parse<string[]>(csv).data;
		expect(parsed).toEqual([
			['year', 'name', 'candidates'],
			['2014', 'A, "quoted"', ''],
			['2015', "'=cmd|calc", '12']
		]);
	});
});
