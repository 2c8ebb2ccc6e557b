import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '$lib/data/engine';
import {
	queryCategoryMatrix,
	queryEditionDetail,
	queryInstitutionIds,
	queryInstitutionPrizes,
	queryKeyFacts,
	queryRepeatWinners,
	queryWinnersByLevel,
	queryWinnersByType
} from '$lib/data/queries';
import { createNodeEngine } from '$lib/server/engine';

const fixtures = fileURLToPath(new URL('../fixtures/data/', import.meta.url));
let engine: SqlEngine;

beforeAll(async () => {
	engine = await createNodeEngine(fixtures);
});

// Expected rows computed by hand from tests/fixtures/data/winners.csv and institutions.csv:
// 2005 (ed. 1): inst-a (ministry) and inst-b (public-establishment), main-prize, no category;
// 2008 (ed. 3): e-content excellence and encouragement to inst-a, "other" to inst-c (territorial);
// 2009 (ed. 4): mobile-app excellence to inst-d (public-establishment).
describe('queryWinnersByType', () => {
	it('counts prizes per edition and institution type', async () => {
		expect(await queryWinnersByType(engine)).toEqual([
			{ edition: 1, year: 2005, type: 'ministry', prizes: 1 },
			{ edition: 1, year: 2005, type: 'public-establishment', prizes: 1 },
			{ edition: 3, year: 2008, type: 'ministry', prizes: 2 },
			{ edition: 3, year: 2008, type: 'territorial-collectivity', prizes: 1 },
			{ edition: 4, year: 2009, type: 'public-establishment', prizes: 1 }
		]);
	});
	it('applies the level, category and year filters', async () => {
		expect(await queryWinnersByType(engine, { level: 'excellence' })).toEqual([
			{ edition: 3, year: 2008, type: 'ministry', prizes: 1 },
			{ edition: 4, year: 2009, type: 'public-establishment', prizes: 1 }
		]);
		expect(await queryWinnersByType(engine, { category: 'mobile-app' })).toEqual([
			{ edition: 4, year: 2009, type: 'public-establishment', prizes: 1 }
		]);
		expect(await queryWinnersByType(engine, { from: 2006, to: 2008 })).toEqual([
			{ edition: 3, year: 2008, type: 'ministry', prizes: 2 },
			{ edition: 3, year: 2008, type: 'territorial-collectivity', prizes: 1 }
		]);
	});
});

describe('queryWinnersByLevel', () => {
	it('counts prizes per edition and level', async () => {
		expect(await queryWinnersByLevel(engine)).toEqual([
			{ edition: 1, year: 2005, level: 'main-prize', prizes: 2 },
			{ edition: 3, year: 2008, level: 'encouragement', prizes: 1 },
			{ edition: 3, year: 2008, level: 'excellence', prizes: 1 },
			{ edition: 3, year: 2008, level: 'other', prizes: 1 },
			{ edition: 4, year: 2009, level: 'excellence', prizes: 1 }
		]);
	});
	it('applies the institution-type filter', async () => {
		expect(await queryWinnersByLevel(engine, { type: 'ministry' })).toEqual([
			{ edition: 1, year: 2005, level: 'main-prize', prizes: 1 },
			{ edition: 3, year: 2008, level: 'encouragement', prizes: 1 },
			{ edition: 3, year: 2008, level: 'excellence', prizes: 1 }
		]);
	});
});

describe('queryCategoryMatrix', () => {
	it('lists every category of every edition with its reported name and prizes', async () => {
		expect(await queryCategoryMatrix(engine)).toEqual([
			{ edition: 1, year: 2005, category: 'unspecified', name_as_reported: null, prizes: 2 },
			{ edition: 3, year: 2008, category: 'e-content', name_as_reported: 'e-contenu', prizes: 3 },
			{ edition: 4, year: 2009, category: 'mobile-app', name_as_reported: 'applications mobiles', prizes: 1 }
		]);
	});
	it('keeps a category that existed when no matching prize is recorded (0, not dropped)', async () => {
		expect(await queryCategoryMatrix(engine, { type: 'ministry' })).toEqual([
			{ edition: 1, year: 2005, category: 'unspecified', name_as_reported: null, prizes: 1 },
			{ edition: 3, year: 2008, category: 'e-content', name_as_reported: 'e-contenu', prizes: 2 },
			{ edition: 4, year: 2009, category: 'mobile-app', name_as_reported: 'applications mobiles', prizes: 0 }
		]);
	});
});

describe('queryRepeatWinners', () => {
	it('ranks institutions by prizes with their award years', async () => {
		expect(await queryRepeatWinners(engine)).toEqual([
			{
				institution_id: 'inst-a',
				name_fr: 'ministère A',
				name_ar: null,
				name_en: null,
				short_name: 'MA',
				type: 'ministry',
				prizes: 3,
				editions: 2,
				years: '2005;2008',
				edition_list: '1;3'
			},
			{
				institution_id: 'inst-d',
				name_fr: 'Agence D',
				name_ar: null,
				name_en: null,
				short_name: 'AD',
				type: 'public-establishment',
				prizes: 1,
				editions: 1,
				years: '2009',
				edition_list: '4'
			},
			{
				institution_id: 'inst-b',
				name_fr: 'Caisse B',
				name_ar: null,
				name_en: null,
				short_name: 'CB',
				type: 'public-establishment',
				prizes: 1,
				editions: 1,
				years: '2005',
				edition_list: '1'
			},
			{
				institution_id: 'inst-c',
				name_fr: 'Commune C',
				name_ar: null,
				name_en: null,
				short_name: 'CC',
				type: 'territorial-collectivity',
				prizes: 1,
				editions: 1,
				years: '2008',
				edition_list: '3'
			}
		]);
	});
	it('applies the filters', async () => {
		const rows = await queryRepeatWinners(engine, { level: 'excellence' });
		expect(rows.map((row) => [row.institution_id, row.prizes, row.years])).toEqual([
			['inst-d', 1, '2009'],
			['inst-a', 1, '2008']
		]);
	});
});

describe('queryEditionDetail', () => {
	it('returns the latest edition by default, one row per prize, with source addresses', async () => {
		const rows = await queryEditionDetail(engine);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			edition: 4,
			year: 2009,
			ceremony_date: '2010-01-29',
			city: 'Salé',
			candidates: 35,
			administrations: 20,
			prizes_stated: 1,
			coverage: 'complete',
			edition_conflicts: 'city: Salé vs Rabat',
			edition_sources: 'https://example.org/one https://example.org/two',
			award_id: 6,
			category: 'mobile-app',
			level: 'excellence',
			service: 'MapNews',
			institution_fr: 'Agence D',
			type: 'public-establishment',
			winner_sources: 'https://example.org/one https://example.org/two'
		});
	});
	it('keeps an edition with no recorded prize as one row with empty winner columns', async () => {
		const rows = await queryEditionDetail(engine, { edition: 2 });
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			edition: 2,
			year: 2006,
			coverage: 'missing',
			award_id: null,
			category: null
		});
	});
	it('lists every prize of a chosen edition in award order', async () => {
		const rows = await queryEditionDetail(engine, { edition: 3 });
		expect(rows.map((row) => [row.award_id, row.level, row.institution_fr])).toEqual([
			[3, 'excellence', 'ministère A'],
			[4, 'encouragement', 'ministère A'],
			[5, 'other', 'Commune C']
		]);
		expect(rows[0].edition_sources).toBe('https://example.org/two');
		expect(rows[0].category_notes).toBeNull();
	});
});

describe('queryKeyFacts', () => {
	it('computes the key figures from the tables', async () => {
		// 4 editions 2005–2009, 6 prizes to 4 institutions; the latest edition with candidates is
		// 2009 (35 / 20); of the 6 named prizes, 3 went to a ministry (inst-a), 2 to public
		// establishments (inst-b, inst-d) and 1 to a commune (inst-c).
		const facts = await queryKeyFacts(engine);
		expect(facts).toMatchObject({
			editions: 4,
			first_year: 2005,
			last_year: 2009,
			prizes: 6,
			institutions: 4,
			candidates_year: 2009,
			candidates: 35,
			administrations: 20
		});
		expect(facts.share_ministry).toBeCloseTo(3 / 6);
		expect(facts.share_establishment).toBeCloseTo(2 / 6);
		expect(facts.share_territorial).toBeCloseTo(1 / 6);
	});
});

describe('institution pages', () => {
	it('lists every institution id', async () => {
		expect(await queryInstitutionIds(engine)).toEqual(['inst-a', 'inst-b', 'inst-c', 'inst-d']);
	});
	it('gives an institution its prizes in year order, with sources and attached bodies', async () => {
		const rows = await queryInstitutionPrizes(engine, 'inst-a');
		expect(rows.map((row) => [row.award_id, row.year, row.category, row.level, row.sources])).toEqual([
			[1, 2005, 'unspecified', 'main-prize', 'https://example.org/one'],
			[3, 2008, 'e-content', 'excellence', 'https://example.org/two'],
			[4, 2008, 'e-content', 'encouragement', 'https://example.org/two']
		]);
		expect(rows[0]).toMatchObject({
			name_fr: 'ministère A',
			type: 'ministry',
			parent_id: null,
			children: 'inst-d'
		});
	});
	it('names the parent body of a directorate', async () => {
		const [row] = await queryInstitutionPrizes(engine, 'inst-d');
		expect(row).toMatchObject({ parent_id: 'inst-a', parent_fr: 'ministère A', children: null, year: 2009 });
		expect(row.sources).toBe('https://example.org/one https://example.org/two');
	});
});
