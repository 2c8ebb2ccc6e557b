import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '$lib/data/engine';
import {
	queryCategoryMatrix,
	queryEditionConflicts,
	queryEditionDetail,
	queryInstitutionIds,
	queryInstitutionPrizes,
	queryKeyFacts,
	queryParticipationFlagged,
	queryPrizeLevels,
	queryRepeatWinners,
	queryViewSources,
	queryWinnersByLevel,
	queryWinnersByType,
	queryWithheldPrizes
} from '$lib/data/queries';
import { createNodeEngine } from '$lib/server/engine';

const fixtures = fileURLToPath(new URL('../fixtures/data/', import.meta.url));
let engine: SqlEngine;

beforeAll(async () => {
	engine = await createNodeEngine(fixtures);
}, 60_000);

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

// Fixture editions: 1 (2005, sources s1), 2 (2006, s1), 3 (2008, s2), 4 (2009, s1;s2, the only one
// with a conflict: "city: Salé vs Rabat"). Winners: ed. 1 → s1; ed. 3 → s2; ed. 4 → s1;s2.
// Categories: (3, e-content) → s2; (4, mobile-app) → s1. Source s1 published 2007, s2 2020-01-29.
describe('queryEditionConflicts / queryParticipationFlagged', () => {
	it('lists the editions on which sources disagree, within the year range', async () => {
		expect(await queryEditionConflicts(engine)).toEqual([
			{ edition: 4, year: 2009, conflicts: 'city: Salé vs Rabat' }
		]);
		expect(await queryEditionConflicts(engine, { to: 2008 })).toEqual([]);
	});
	it('carries the conflicts onto the participation year of that edition only', async () => {
		const rows = await queryParticipationFlagged(engine);
		expect(rows.map((row) => [row.year, row.conflicts])).toEqual([
			[2005, null],
			[2006, null],
			[2007, null],
			[2008, null],
			[2009, 'city: Salé vs Rabat']
		]);
		expect(rows[4]).toMatchObject({ edition: 4, candidates: 35, administrations: 20 });
	});
});

describe('queryViewSources', () => {
	const s1 = { source_id: 's1', url: 'https://example.org/one', outlet: 'Outlet One', published: '2007' };
	const s2 = {
		source_id: 's2',
		url: 'https://example.org/two',
		outlet: 'Outlet Two',
		published: '2020-01-29'
	};
	const ids = (rows: { source_id: string }[]) => rows.map((row) => row.source_id);

	it('lists the distinct sources behind every view, oldest first', async () => {
		const rows = await queryViewSources(engine);
		const views = [
			'categories',
			'edition-detail',
			'institution-types',
			'participation',
			'prize-levels',
			'repeat-winners'
		];
		expect(rows).toEqual(
			views.flatMap((view) => [
				{ view, ...s1 },
				{ view, ...s2 }
			])
		);
	});

	it('follows the filters of each view, ignoring its own dimension', async () => {
		// 2008 only: the three prizes of edition 3 cite s2.
		expect(await queryViewSources(engine, { from: 2008, to: 2008 }, 'prize-levels')).toEqual([
			{ view: 'prize-levels', ...s2 }
		]);
		// Edition 1: the edition and its two prizes cite s1.
		expect(ids(await queryViewSources(engine, { edition: 1 }, 'edition-detail'))).toEqual(['s1']);
		// Excellence: inst-a (2008) and inst-d (2009) each won once, so no repeat winner, no source.
		expect(await queryViewSources(engine, { level: 'excellence' }, 'repeat-winners')).toEqual([]);
		// Ministries only: inst-a's prizes of 2005 (s1) and 2008 (s2).
		expect(ids(await queryViewSources(engine, { type: 'ministry' }, 'repeat-winners'))).toEqual(['s1', 's2']);
		// The type chart ignores the type filter; the level chart keeps it (mobile-app: s1;s2 of 2009
		// is a public establishment).
		expect(ids(await queryViewSources(engine, { type: 'ministry' }, 'institution-types'))).toEqual([
			's1',
			's2'
		]);
		expect(
			ids(await queryViewSources(engine, { category: 'mobile-app', type: 'ministry' }, 'prize-levels'))
		).toEqual([]);
		// Participation: the editions of 2006 (s1) and nothing else in range.
		expect(ids(await queryViewSources(engine, { from: 2006, to: 2007 }, 'participation'))).toEqual(['s1']);
	});
});

// Withheld prizes are stated in categories.notes (README rule 5). The fixtures have none, so this
// engine adds five categories: three notes that state a withheld prize, two that do not.
describe('withheld prizes', () => {
	let withheldEngine: SqlEngine;
	beforeAll(async () => {
		withheldEngine = await createNodeEngine(fixtures);
		await withheldEngine.run(
			`INSERT INTO categories BY NAME
			 SELECT * FROM (VALUES
			 (3, 'mobile-app', 'applications mobiles', NULL, 'mobile apps', 'Encouragement prize not awarded (''faute de candidatures'')', 's1'),
			 (4, 'e-content', NULL, 'المحتوى', 'e-content', 'Prize withheld (حجبت)', 's1'),
			 (4, 'e-participation', 'e-participation', NULL, 'e-participation', 'The jury abstained from both prizes', 's2'),
			 (3, 'call-center', 'centres d''appel', NULL, 'call centres', 'Encouragement prize unknown', 's2'),
			 (4, 'e-procedure', 'e-démarche', NULL, 'e-procedure', 'Only the encouragement prize awarded', 's2'))
			 AS v(edition, category_id, name_fr, name_ar, name_en, notes, source_ids)`,
			[]
		);
	}, 60_000);

	it('derives them from the notes that state them, with the level only where the note names it', async () => {
		expect(await queryWithheldPrizes(withheldEngine)).toEqual([
			{
				edition: 3,
				year: 2008,
				category: 'mobile-app',
				level: 'encouragement',
				prizes: 1,
				notes: "Encouragement prize not awarded ('faute de candidatures')"
			},
			{
				edition: 4,
				year: 2009,
				category: 'e-content',
				level: null,
				prizes: 1,
				notes: 'Prize withheld (حجبت)'
			},
			{
				edition: 4,
				year: 2009,
				category: 'e-participation',
				level: null,
				prizes: 2,
				notes: 'The jury abstained from both prizes'
			}
		]);
	});

	it('applies the year and category filters; an institution-type filter leaves none', async () => {
		expect((await queryWithheldPrizes(withheldEngine, { from: 2009 })).map((row) => row.category)).toEqual([
			'e-content',
			'e-participation'
		]);
		expect(
			(await queryWithheldPrizes(withheldEngine, { category: 'mobile-app' })).map((row) => row.year)
		).toEqual([2008]);
		expect(await queryWithheldPrizes(withheldEngine, { type: 'ministry' })).toEqual([]);
		expect(await queryWithheldPrizes(engine)).toEqual([]);
	});

	it('puts them after the recorded levels of their year in the prize-levels view', async () => {
		expect(await queryPrizeLevels(withheldEngine)).toEqual([
			{ edition: 1, year: 2005, level: 'main-prize', category: null, prizes: 2, withheld: false },
			{ edition: 3, year: 2008, level: 'encouragement', category: null, prizes: 1, withheld: false },
			{ edition: 3, year: 2008, level: 'excellence', category: null, prizes: 1, withheld: false },
			{ edition: 3, year: 2008, level: 'other', category: null, prizes: 1, withheld: false },
			{ edition: 3, year: 2008, level: 'encouragement', category: 'mobile-app', prizes: 1, withheld: true },
			{ edition: 4, year: 2009, level: 'excellence', category: null, prizes: 1, withheld: false },
			{ edition: 4, year: 2009, level: null, category: 'e-content', prizes: 1, withheld: true },
			{ edition: 4, year: 2009, level: null, category: 'e-participation', prizes: 2, withheld: true }
		]);
	});

	it('lists the sources of the notes behind them, and not of notes that state no withheld prize', async () => {
		const ids = async (category: string) =>
			(await queryViewSources(withheldEngine, { category }, 'prize-levels')).map((row) => row.source_id);
		expect(await ids('e-participation')).toEqual(['s2']);
		expect(await ids('call-center')).toEqual([]);
		expect(await ids('e-procedure')).toEqual([]);
	});
});
