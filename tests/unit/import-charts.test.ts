import { beforeAll, describe, expect, it } from 'vitest';
import { queryUploadByGroup, queryUploadCoverage, queryUploadPerYear } from '$lib/data/upload-queries';
import { decodeStrict } from '$lib/import/decode';
import { mapTable, unmapTable, type UploadEngine } from '$lib/import/engine';
import { loadCsvText, removeTable, renameTable } from '$lib/import/load';
import { suggestMapping } from '$lib/import/mapping';
import { toCanonicalCsv } from '$lib/data/csv';
import { parseTable } from '$lib/import/parse';
import { checksumAll, createImportEngine, loadParsed } from './import-engine';

/** An award history with its own (French) column names, a year with no row, an empty type. */
const history =
	'Année;Catégorie;Prix;Lauréat;Type;Candidats\n' +
	'2019;Services;Or;Préfecture de Fès;Collectivité;41\n' +
	'2019;Contenu;Argent;Agence "X";;41\n' +
	'2021;Services;Or;Commune d’Agadir;Collectivité;57\n' +
	'2021;Services;Argent;Ministère;Ministère;\n';

let engine: UploadEngine;
beforeAll(async () => {
	engine = await createImportEngine();
}, 60_000);

function parse(text: string, name: string) {
	return parseTable(decodeStrict(new TextEncoder().encode(text), name).text, name);
}

describe('charts of an uploaded dataset, through the mapping', () => {
	it('computes per-year rows with a gap year and "not reported" kept as null', async () => {
		const parsed = parse(history, 'palmares.csv');
		await loadParsed(engine, 'palmares', parsed, 'palmares.csv');
		await mapTable(engine, 'palmares', parsed.header, suggestMapping(parsed.header));
		expect(await queryUploadPerYear(engine)).toEqual([
			{ year: 2019, row_count: 2, prizes: 2, candidates: 41, winners: 2 },
			{ year: 2020, row_count: null, prizes: null, candidates: null, winners: null },
			{ year: 2021, row_count: 2, prizes: 2, candidates: 57, winners: 2 }
		]);
		expect(await queryUploadCoverage(engine)).toEqual({ first_year: 2019, last_year: 2021, years: 2 });
	});

	it('groups by type, category and level, keeping an empty value as null', async () => {
		expect(await queryUploadByGroup(engine, 'type')).toEqual([
			{ year: 2019, group: 'Collectivité', prizes: 1 },
			{ year: 2019, group: null, prizes: 1 },
			{ year: 2021, group: 'Collectivité', prizes: 1 },
			{ year: 2021, group: 'Ministère', prizes: 1 }
		]);
		expect(await queryUploadByGroup(engine, 'category')).toEqual([
			{ year: 2019, group: 'Contenu', prizes: 1 },
			{ year: 2019, group: 'Services', prizes: 1 },
			{ year: 2021, group: 'Services', prizes: 2 }
		]);
		expect((await queryUploadByGroup(engine, 'level')).map((r) => r.group)).toEqual([
			'Argent',
			'Or',
			'Argent',
			'Or'
		]);
	});

	it('a file with only a year and candidates draws no prizes (null, not 0)', async () => {
		const parsed = parse('year,candidates\n2018,30\n2019,\n', 'counts.csv');
		await loadParsed(engine, 'counts', parsed, 'counts.csv');
		await mapTable(engine, 'counts', parsed.header, { year: 'year', candidates: 'candidates' });
		expect(await queryUploadPerYear(engine)).toEqual([
			{ year: 2018, row_count: 1, prizes: null, candidates: 30, winners: null },
			{ year: 2019, row_count: 1, prizes: null, candidates: null, winners: null }
		]);
	});

	it('restores a stored dataset from its canonical CSV with the same checks', async () => {
		const parsed = parse(history, 'palmares.csv');
		const csv = toCanonicalCsv(parsed.header, parsed.rows);
		await loadCsvText(engine, 'restored', csv, parsed.header, parsed.types, parsed.rows.length, 'x.csv');
		const count = await engine.run('SELECT count(*)::INTEGER AS n FROM restored');
		expect(count.getChild('n')?.get(0)).toBe(4);
		// A stored CSV that lost a row is refused and leaves every table unchanged.
		const before = await checksumAll(engine);
		await expect(
			loadCsvText(engine, 'broken', csv, parsed.header, parsed.types, parsed.rows.length + 1, 'x.csv')
		).rejects.toMatchObject({ code: 'ragged-rows' });
		expect(await checksumAll(engine)).toEqual(before);
	});

	it('renames and removes a charted table once its view is dropped', async () => {
		await unmapTable(engine);
		await renameTable(engine, 'restored', 'renamed');
		await removeTable(engine, 'renamed');
		const left = await engine.run(
			"SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_name IN ('restored', 'renamed', 'staging_mapped')"
		);
		expect(left.getChild('n')?.get(0)).toBe(0);
	});
});
