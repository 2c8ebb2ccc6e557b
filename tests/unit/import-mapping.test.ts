import { beforeAll, describe, expect, it } from 'vitest';
import { decodeStrict } from '$lib/import/decode';
import { quoteIdent } from '$lib/data/sql-text';
import type { ImportEngine } from '$lib/import/load';
import { normalisedViewSql, suggestMapping } from '$lib/import/mapping';
import { parseTable } from '$lib/import/parse';
import { checksumAll, createImportEngine, loadParsed } from './import-engine';

describe('suggestMapping', () => {
	it.each([
		[
			['Année', 'Catégorie', 'Prix', 'Lauréat', 'Type', 'Candidats'],
			{
				year: 'Année',
				category: 'Catégorie',
				level: 'Prix',
				winner: 'Lauréat',
				type: 'Type',
				candidates: 'Candidats'
			}
		],
		[
			['السنة', 'الدورة', 'الفئة', 'الجائزة', 'المؤسسة', 'النوع', 'المرشحين'],
			{
				year: 'السنة',
				edition: 'الدورة',
				category: 'الفئة',
				level: 'الجائزة',
				winner: 'المؤسسة',
				type: 'النوع',
				candidates: 'المرشحين'
			}
		],
		[
			['edition', 'category', 'prize_level', 'winner_name', 'notes'],
			{ edition: 'edition', category: 'category', level: 'prize_level', winner: 'winner_name' }
		]
	])('%j', (header, expected) => {
		expect(suggestMapping(header)).toEqual(expected);
	});
});

describe('normalised view over an uploaded table', () => {
	let engine: ImportEngine;
	beforeAll(async () => {
		engine = await createImportEngine();
	}, 60_000);

	it('keeps hostile header names as column names: no injection', async () => {
		const evil = ['année"; DROP TABLE winners; --', "cat' OR 1=1 --", 'x") AS y FROM winners; --'];
		const csv = `${evil.map((h) => `"${h.replace(/"/g, '""')}"`).join(',')}\n2020,A,3\n2021,B,4\n`;
		const parsed = parseTable(decodeStrict(new TextEncoder().encode(csv), 'evil.csv').text, 'evil.csv');
		expect(parsed.header).toEqual(evil);
		await loadParsed(engine, 'evil', parsed, 'evil.csv');
		const before = await checksumAll(engine);
		await engine.run(
			normalisedViewSql('evil_view', 'evil', parsed.header, {
				year: evil[0],
				category: evil[1],
				candidates: evil[2]
			})
		);
		const rows = (
			await engine.run(
				`SELECT year, category, candidates, winner FROM ${quoteIdent('evil_view')} ORDER BY year`
			)
		)
			.toArray()
			.map((r) => ({ ...r.toJSON() }));
		expect(rows).toEqual([
			{ year: 2020, category: 'A', candidates: 3, winner: null },
			{ year: 2021, category: 'B', candidates: 4, winner: null }
		]);
		const after = await checksumAll(engine);
		delete after.evil_view;
		expect(after).toEqual(before);
	});

	it('refuses a mapped column that the table does not have', () => {
		expect(() => normalisedViewSql('v', 't', ['a'], { year: 'b' })).toThrow('Unknown column');
	});

	it('quoteIdent refuses control characters', () => {
		expect(() => quoteIdent('a\u0000b')).toThrow();
		expect(quoteIdent('a"b')).toBe('"a""b"');
	});
});
