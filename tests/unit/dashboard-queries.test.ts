import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { specById, type EditionDetailRow, type ParticipationRow, type PrizeLevelRow } from '$lib/catalog';
import type { RepeatWinnerRow } from '$lib/catalog';
import { queryChart, queryChartSources } from '$lib/coordinator';
import type { SqlEngine } from '$lib/data/engine';
import type { Filters } from '$lib/data/filters';
import { queryInstitutionIds, queryInstitutionPrizes, queryKeyFacts } from '$lib/data/queries';
import type { PlainRow } from '$lib/data/rows';
import { createNodeEngine } from '$lib/server/engine';

const fixtures = fileURLToPath(new URL('../fixtures/data/', import.meta.url));
let engine: SqlEngine;

beforeAll(async () => {
	engine = await createNodeEngine(fixtures);
}, 60_000);

/** A chart's rows, as the coordinator asks for them (every filter in SQL). */
const chartRows = <Row extends PlainRow = PlainRow>(id: string, filters: Filters = {}, on = engine) =>
	queryChart<Row>(on, specById(id)!, filters);
/** The prize-levels rows of recorded prizes, without the view's withheld columns. */
const recordedLevels = async (filters: Filters = {}) =>
	(await chartRows<PrizeLevelRow>('prize-levels', filters))
		.filter((row) => !row.withheld)
		.map(({ edition, year, level, prizes }) => ({ edition, year, level, prizes }));
/** The prize-levels rows of withheld prizes. */
const withheldLevels = async (on: SqlEngine, filters: Filters = {}) =>
	(await chartRows<PrizeLevelRow>('prize-levels', filters, on))
		.filter((row) => row.withheld)
		.map(({ edition, year, category, level, prizes }) => ({ edition, year, category, level, prizes }));
const viewSources = (id: string, filters: Filters = {}, on = engine) =>
	queryChartSources(on, specById(id)!, filters);

// Expected rows computed by hand from tests/fixtures/data/winners.csv and institutions.csv:
// 2005 (ed. 1): inst-a (ministry) and inst-b (public-establishment), main-prize, no category;
// 2008 (ed. 3): e-content excellence and encouragement to inst-a, "other" to inst-c (territorial);
// 2009 (ed. 4): mobile-app excellence to inst-d (public-establishment).
// 2006 (ed. 2) records no prize and 2007 has no edition: the time charts keep one row for each,
// `prizes` null (not reported / no edition); a year whose prizes the filters all leave out keeps
// one row with 0.
describe('queryWinnersByType', () => {
	it('counts prizes per edition and institution type', async () => {
		expect(await chartRows('institution-types')).toEqual([
			{ edition: 1, year: 2005, type: 'ministry', prizes: 1 },
			{ edition: 1, year: 2005, type: 'public-establishment', prizes: 1 },
			{ edition: 2, year: 2006, type: null, prizes: null },
			{ edition: null, year: 2007, type: null, prizes: null },
			{ edition: 3, year: 2008, type: 'ministry', prizes: 2 },
			{ edition: 3, year: 2008, type: 'territorial-collectivity', prizes: 1 },
			{ edition: 4, year: 2009, type: 'public-establishment', prizes: 1 }
		]);
	});
	it('applies the level, category and year filters', async () => {
		expect(await chartRows('institution-types', { level: 'excellence' })).toEqual([
			{ edition: 1, year: 2005, type: null, prizes: 0 },
			{ edition: 2, year: 2006, type: null, prizes: null },
			{ edition: null, year: 2007, type: null, prizes: null },
			{ edition: 3, year: 2008, type: 'ministry', prizes: 1 },
			{ edition: 4, year: 2009, type: 'public-establishment', prizes: 1 }
		]);
		expect(await chartRows('institution-types', { category: 'mobile-app' })).toEqual([
			{ edition: 1, year: 2005, type: null, prizes: 0 },
			{ edition: 2, year: 2006, type: null, prizes: null },
			{ edition: null, year: 2007, type: null, prizes: null },
			{ edition: 3, year: 2008, type: null, prizes: 0 },
			{ edition: 4, year: 2009, type: 'public-establishment', prizes: 1 }
		]);
		expect(await chartRows('institution-types', { from: 2006, to: 2008 })).toEqual([
			{ edition: 2, year: 2006, type: null, prizes: null },
			{ edition: null, year: 2007, type: null, prizes: null },
			{ edition: 3, year: 2008, type: 'ministry', prizes: 2 },
			{ edition: 3, year: 2008, type: 'territorial-collectivity', prizes: 1 }
		]);
	});
});

describe('queryWinnersByLevel', () => {
	it('counts prizes per edition and level', async () => {
		expect(await recordedLevels()).toEqual([
			{ edition: 1, year: 2005, level: 'main-prize', prizes: 2 },
			{ edition: 2, year: 2006, level: null, prizes: null },
			{ edition: null, year: 2007, level: null, prizes: null },
			{ edition: 3, year: 2008, level: 'encouragement', prizes: 1 },
			{ edition: 3, year: 2008, level: 'excellence', prizes: 1 },
			{ edition: 3, year: 2008, level: 'other', prizes: 1 },
			{ edition: 4, year: 2009, level: 'excellence', prizes: 1 }
		]);
	});
	it('applies the institution-type filter', async () => {
		expect(await recordedLevels({ type: 'ministry' })).toEqual([
			{ edition: 1, year: 2005, level: 'main-prize', prizes: 1 },
			{ edition: 2, year: 2006, level: null, prizes: null },
			{ edition: null, year: 2007, level: null, prizes: null },
			{ edition: 3, year: 2008, level: 'encouragement', prizes: 1 },
			{ edition: 3, year: 2008, level: 'excellence', prizes: 1 },
			{ edition: 4, year: 2009, level: null, prizes: 0 }
		]);
	});
});

describe('queryCategoryMatrix', () => {
	it('lists every category of every edition with its reported name and prizes', async () => {
		expect(await chartRows('categories')).toEqual([
			{ edition: 1, year: 2005, category: 'unspecified', name_as_reported: null, prizes: 2 },
			{ edition: 2, year: 2006, category: null, name_as_reported: null, prizes: null },
			{ edition: null, year: 2007, category: null, name_as_reported: null, prizes: null },
			{ edition: 3, year: 2008, category: 'e-content', name_as_reported: 'e-contenu', prizes: 3 },
			{ edition: 4, year: 2009, category: 'mobile-app', name_as_reported: 'applications mobiles', prizes: 1 }
		]);
	});
	it('keeps a category that existed when no matching prize is recorded (0, not dropped)', async () => {
		expect(await chartRows('categories', { type: 'ministry' })).toEqual([
			{ edition: 1, year: 2005, category: 'unspecified', name_as_reported: null, prizes: 1 },
			{ edition: 2, year: 2006, category: null, name_as_reported: null, prizes: null },
			{ edition: null, year: 2007, category: null, name_as_reported: null, prizes: null },
			{ edition: 3, year: 2008, category: 'e-content', name_as_reported: 'e-contenu', prizes: 2 },
			{ edition: 4, year: 2009, category: 'mobile-app', name_as_reported: 'applications mobiles', prizes: 0 }
		]);
	});
});

describe('queryRepeatWinners', () => {
	/** Every award year of the fixture on each row: 2007 had no edition, 2006's record is missing. */
	const axis = {
		award_years: [2005, 2006, 2007, 2008, 2009],
		no_edition_years: [2007],
		unreported_years: [2006]
	};
	it('ranks institutions by prizes with their award years', async () => {
		expect(await chartRows<RepeatWinnerRow>('repeat-winners')).toEqual([
			{
				institution_id: 'inst-a',
				name_fr: 'ministère A',
				name_ar: null,
				name_en: null,
				short_name: 'MA',
				type: 'ministry',
				prizes: 3,
				editions: 2,
				years: [2005, 2008],
				editions_won: [1, 3],
				...axis
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
				years: [2009],
				editions_won: [4],
				...axis
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
				years: [2005],
				editions_won: [1],
				...axis
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
				years: [2008],
				editions_won: [3],
				...axis
			}
		]);
	});
	it('applies the filters', async () => {
		const rows = await chartRows<RepeatWinnerRow>('repeat-winners', { level: 'excellence' });
		expect(rows.map((row) => [row.institution_id, row.prizes, row.years])).toEqual([
			['inst-d', 1, [2009]],
			['inst-a', 1, [2008]]
		]);
	});
});

describe('queryEditionDetail', () => {
	it('returns the latest edition by default, one row per prize, with source addresses', async () => {
		const rows = await chartRows<EditionDetailRow>('edition-detail');
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
			edition_conflict_fields: ['city'],
			edition_conflicts_en: ['city: Salé vs Rabat'],
			edition_conflicts_fr: ['ville : Salé contre Rabat'],
			edition_conflicts_ar: ['المدينة: سلا مقابل الرباط'],
			winner_conflict_fields: null,
			edition_sources: ['https://example.org/one', 'https://example.org/two'],
			award_id: 6,
			category: 'mobile-app',
			level: 'excellence',
			service: 'MapNews',
			institution_fr: 'Agence D',
			type: 'public-establishment',
			winner_sources: ['https://example.org/one', 'https://example.org/two']
		});
	});
	it('keeps an edition with no recorded prize as one row with empty winner columns', async () => {
		const rows = await chartRows<EditionDetailRow>('edition-detail', { edition: 2 });
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
		const rows = await chartRows<EditionDetailRow>('edition-detail', { edition: 3 });
		expect(rows.map((row) => [row.award_id, row.level, row.institution_fr])).toEqual([
			[3, 'excellence', 'ministère A'],
			[4, 'encouragement', 'ministère A'],
			[5, 'other', 'Commune C']
		]);
		expect(rows[0].edition_sources).toEqual(['https://example.org/two']);
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
			[1, 2005, 'unspecified', 'main-prize', ['https://example.org/one']],
			[3, 2008, 'e-content', 'excellence', ['https://example.org/two']],
			[4, 2008, 'e-content', 'encouragement', ['https://example.org/two']]
		]);
		expect(rows[0]).toMatchObject({
			name_fr: 'ministère A',
			type: 'ministry',
			parent_id: null,
			children: ['inst-d']
		});
		// Names and outlets, not ids and numbers: in the order of the ids and URLs.
		expect(rows[0]).toMatchObject({ children_fr: ['Agence D'], children_ar: [null], children_en: [null] });
		expect(rows[0].source_outlets).toEqual(['Outlet One']);
	});
	it('names the parent body of a directorate', async () => {
		const [row] = await queryInstitutionPrizes(engine, 'inst-d');
		expect(row).toMatchObject({ parent_id: 'inst-a', parent_fr: 'ministère A', children: null, year: 2009 });
		expect(row.sources).toEqual(['https://example.org/one', 'https://example.org/two']);
		expect(row.source_outlets).toEqual(['Outlet One', 'Outlet Two']);
	});
});

// Fixture editions: 1 (2005, sources s1), 2 (2006, s1), 3 (2008, s2), 4 (2009, s1;s2, the only one
// with a conflict: "city: Salé vs Rabat"). Winners: ed. 1 → s1; ed. 3 → s2; ed. 4 → s1;s2.
// Categories: (3, e-content) → s2; (4, mobile-app) → s1. Source s1 published 2007, s2 2020-01-29.
describe('participation conflicts', () => {
	it('carries the conflicts onto the participation year of that edition only, within the year range', async () => {
		const rows = await chartRows<ParticipationRow>('participation');
		expect(rows.map((row) => [row.year, row.conflicts])).toEqual([
			[2005, null],
			[2006, null],
			[2007, null],
			[2008, null],
			[2009, 'city: Salé vs Rabat']
		]);
		expect(rows[4]).toMatchObject({ edition: 4, candidates: 35, administrations: 20 });
		const early = await chartRows<ParticipationRow>('participation', { to: 2008 });
		expect(early.map((row) => row.conflicts)).toEqual([null, null, null, null]);
	});
});

describe('the sources behind each view', () => {
	const s1 = { source_id: 's1', url: 'https://example.org/one', outlet: 'Outlet One', published: '2007' };
	const s2 = {
		source_id: 's2',
		url: 'https://example.org/two',
		outlet: 'Outlet Two',
		published: '2020-01-29'
	};
	const ids = (rows: { source_id: string }[]) => rows.map((row) => row.source_id);

	it('lists the distinct sources behind every view, oldest first', async () => {
		for (const view of [
			'categories',
			'edition-detail',
			'institution-types',
			'participation',
			'prize-levels',
			'repeat-winners'
		])
			expect(await viewSources(view), view).toEqual([s1, s2]);
	});

	it('follows the filters of each view, ignoring its own dimension', async () => {
		// 2008 only: the three prizes of edition 3 cite s2.
		expect(await viewSources('prize-levels', { from: 2008, to: 2008 })).toEqual([s2]);
		// Edition 1: the edition and its two prizes cite s1.
		expect(ids(await viewSources('edition-detail', { edition: 1 }))).toEqual(['s1']);
		// Excellence: inst-a (2008) and inst-d (2009) each won once, so no repeat winner, no source.
		expect(await viewSources('repeat-winners', { level: 'excellence' })).toEqual([]);
		// Ministries only: inst-a's prizes of 2005 (s1) and 2008 (s2).
		expect(ids(await viewSources('repeat-winners', { type: 'ministry' }))).toEqual(['s1', 's2']);
		// The type chart ignores the type filter; the level chart keeps it (mobile-app: s1;s2 of 2009
		// is a public establishment).
		expect(ids(await viewSources('institution-types', { type: 'ministry' }))).toEqual(['s1', 's2']);
		expect(ids(await viewSources('prize-levels', { category: 'mobile-app', type: 'ministry' }))).toEqual([]);
		// Participation: the editions of 2006 (s1) and nothing else in range.
		expect(ids(await viewSources('participation', { from: 2006, to: 2007 }))).toEqual(['s1']);
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
		expect(await withheldLevels(withheldEngine)).toEqual([
			{ edition: 3, year: 2008, category: 'mobile-app', level: 'encouragement', prizes: 1 },
			{ edition: 4, year: 2009, category: 'e-content', level: null, prizes: 1 },
			{ edition: 4, year: 2009, category: 'e-participation', level: null, prizes: 2 }
		]);
	});

	it('applies the year and category filters; an institution-type filter leaves none', async () => {
		expect((await withheldLevels(withheldEngine, { from: 2009 })).map((row) => row.category)).toEqual([
			'e-content',
			'e-participation'
		]);
		expect((await withheldLevels(withheldEngine, { category: 'mobile-app' })).map((row) => row.year)).toEqual(
			[2008]
		);
		expect(await withheldLevels(withheldEngine, { type: 'ministry' })).toEqual([]);
		expect(await withheldLevels(engine)).toEqual([]);
	});

	it('puts them after the recorded levels of their year in the prize-levels view', async () => {
		expect(await chartRows('prize-levels', {}, withheldEngine)).toEqual([
			{ edition: 1, year: 2005, level: 'main-prize', category: null, prizes: 2, withheld: false },
			{ edition: 2, year: 2006, level: null, category: null, prizes: null, withheld: false },
			{ edition: null, year: 2007, level: null, category: null, prizes: null, withheld: false },
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
			(await viewSources('prize-levels', { category }, withheldEngine)).map((row) => row.source_id);
		expect(await ids('e-participation')).toEqual(['s2']);
		expect(await ids('call-center')).toEqual([]);
		expect(await ids('e-procedure')).toEqual([]);
	});
});
