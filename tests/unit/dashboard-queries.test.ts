import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '$lib/data/engine';
import { queryCategoryMatrix, queryWinnersByLevel, queryWinnersByType } from '$lib/data/queries';
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
