import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	queryCategoriesMatrix,
	queryEditionDetail,
	queryInstitutionTypes,
	queryKeyFacts,
	queryPrizeLevels,
	queryRepeatWinners
} from '$lib/data/dashboard';
import type { SqlEngine } from '$lib/data/engine';
import { createNodeEngine } from '$lib/server/engine';

// Expected rows computed by hand from tests/fixtures/data (4 editions, 6 prizes, 4 institutions).
let engine: SqlEngine;
beforeAll(async () => {
	engine = await createNodeEngine(fileURLToPath(new URL('../fixtures/data/', import.meta.url)));
});

const none = { category_id: null, name_fr: null, name_ar: null, name_en: null, prizes: null };

describe('queryCategoriesMatrix', () => {
	it('one cell per edition × category, editions without categories kept as not reported', async () => {
		expect(await queryCategoriesMatrix(engine)).toEqual([
			{ edition: 1, year: 2005, coverage: 'partial', ...none },
			{ edition: 2, year: 2006, coverage: 'missing', ...none },
			{
				edition: 3,
				year: 2008,
				coverage: 'complete',
				category_id: 'e-content',
				name_fr: 'e-contenu',
				name_ar: 'المحتوى الإلكتروني',
				name_en: 'e-content',
				prizes: 3
			},
			{
				edition: 4,
				year: 2009,
				coverage: 'complete',
				category_id: 'mobile-app',
				name_fr: 'applications mobiles',
				name_ar: null,
				name_en: 'mobile apps',
				prizes: 1
			}
		]);
	});

	it('counts only the prizes of the filtered type, and ignores its own category filter', async () => {
		const rows = await queryCategoriesMatrix(engine, {
			type: 'ministry',
			category: 'mobile-app',
			from: 2008
		});
		expect(rows.map((row) => [row.year, row.category_id, row.prizes])).toEqual([
			[2008, 'e-content', 2],
			[2009, 'mobile-app', 0]
		]);
	});
});

describe('queryInstitutionTypes', () => {
	it('prizes per edition and type; a missing record is null, not zero', async () => {
		expect(await queryInstitutionTypes(engine)).toEqual([
			{ edition: 1, year: 2005, coverage: 'partial', key: 'ministry', prizes: 1 },
			{ edition: 1, year: 2005, coverage: 'partial', key: 'public-establishment', prizes: 1 },
			{ edition: 2, year: 2006, coverage: 'missing', key: null, prizes: null },
			{ edition: 3, year: 2008, coverage: 'complete', key: 'ministry', prizes: 2 },
			{ edition: 3, year: 2008, coverage: 'complete', key: 'territorial-collectivity', prizes: 1 },
			{ edition: 4, year: 2009, coverage: 'complete', key: 'public-establishment', prizes: 1 }
		]);
	});

	it('filters by prize level and keeps every edition', async () => {
		const rows = await queryInstitutionTypes(engine, { level: 'excellence', type: 'ministry' });
		expect(rows.map((row) => [row.year, row.key, row.prizes])).toEqual([
			[2005, null, 0],
			[2006, null, null],
			[2008, 'ministry', 1],
			[2009, 'public-establishment', 1]
		]);
	});
});

describe('queryPrizeLevels', () => {
	it('prizes per edition and level within a category', async () => {
		const rows = await queryPrizeLevels(engine, { category: 'e-content' });
		expect(rows.map((row) => [row.year, row.key, row.prizes])).toEqual([
			[2005, null, 0],
			[2006, null, null],
			[2008, 'encouragement', 1],
			[2008, 'excellence', 1],
			[2008, 'other', 1],
			[2009, null, 0]
		]);
	});
});

describe('queryRepeatWinners', () => {
	it('institutions that won in two editions or more, with their award years', async () => {
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
				awards: '2005:1;2008:2'
			}
		]);
		expect(await queryRepeatWinners(engine, { level: 'excellence' })).toEqual([]);
		expect(await queryRepeatWinners(engine, { from: 2006 })).toEqual([]);
	});
});

describe('queryEditionDetail', () => {
	it('defaults to the latest edition, with its sources', async () => {
		const rows = await queryEditionDetail(engine);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			edition: 4,
			city: 'Salé',
			venue: 'Hall "B"',
			candidates: 35,
			conflicts: 'city: Salé vs Rabat',
			edition_sources: 's1|https://example.org/one|Outlet One;s2|https://example.org/two|Outlet Two',
			award_id: 6,
			institution_fr: 'Agence D',
			institution_type: 'public-establishment',
			award_sources: 's1;s2'
		});
	});

	it('keeps an edition with no recorded prize as one row of facts', async () => {
		const rows = await queryEditionDetail(engine, { edition: 2 });
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ edition: 2, year: 2006, coverage: 'missing', award_id: null });
	});

	it('lists every prize of the chosen edition in order', async () => {
		const rows = await queryEditionDetail(engine, { edition: 3 });
		expect(rows.map((row) => [row.award_id, row.prize_level, row.institution_id])).toEqual([
			[3, 'excellence', 'inst-a'],
			[4, 'encouragement', 'inst-a'],
			[5, 'other', 'inst-c']
		]);
	});
});

describe('queryKeyFacts', () => {
	it('computes every number of the key facts', async () => {
		expect(await queryKeyFacts(engine)).toEqual([
			{
				editions: 4,
				first_year: 2005,
				last_year: 2009,
				missing_editions: 1,
				candidates_year: 2009,
				candidates: 35,
				administrations: 20,
				prizes: 6,
				ministry: 3,
				establishment: 2,
				collectivity: 1,
				institutions: 4
			}
		]);
	});
});
