import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '$lib/data/engine';
import { specById } from '$lib/catalog';
import { queryChart } from '$lib/coordinator';
import { vocabularies } from '$lib/import/edition';
import { createNodeEngine } from '$lib/server/engine';

/**
 * Integrity of the committed dataset in `static/data/` (documented in `static/data/README.md`):
 * file format, headers, keys, references, closed vocabularies, sources, "unknown is empty", and
 * the facts of the 13th edition as the ministry announced them.
 */
const dataDir = new URL('../../static/data/', import.meta.url);

type Row = Record<string, string>;

function readRaw(file: string): string {
	return readFileSync(new URL(file, dataDir), 'utf8');
}

function read(file: string): { fields: string[]; rows: Row[] } {
	const result = Papa.parse<Row>(readRaw(file), { header: true, skipEmptyLines: true });
	expect(result.errors, `${file} parses without errors`).toEqual([]);
	return { fields: result.meta.fields ?? [], rows: result.data };
}

const headers: Record<string, string[]> = {
	'editions.csv': [
		'edition',
		'year',
		'ceremony_date',
		'city',
		'venue',
		'organizer',
		'theme',
		'prize_name_as_reported',
		'candidates',
		'administrations',
		'prizes',
		'coverage',
		'coverage_note',
		'conflicts',
		'notes',
		'source_ids'
	],
	'categories.csv': [
		'edition',
		'category_id',
		'name_fr',
		'name_ar',
		'name_en',
		'category_candidates',
		'notes',
		'source_ids'
	],
	'winners.csv': [
		'award_id',
		'edition',
		'category_id',
		'category_as_reported',
		'prize_level',
		'prize_as_reported',
		'service',
		'institution_id',
		'institution_as_reported',
		'conflicts',
		'notes',
		'source_ids'
	],
	'institutions.csv': [
		'institution_id',
		'name_fr',
		'name_ar',
		'name_en',
		'short_name',
		'type',
		'parent_id',
		'city',
		'notes',
		'source_ids'
	],
	'sources.csv': ['source_id', 'url', 'outlet', 'language', 'published', 'summary']
};

const integerColumns: Record<string, string[]> = {
	'editions.csv': ['edition', 'year', 'candidates', 'administrations', 'prizes'],
	'categories.csv': ['edition', 'category_candidates'],
	'winners.csv': ['award_id', 'edition']
};

// The vocabularies an added edition is checked against are the ones the committed data must use.
const vocab = {
	category_id: vocabularies.category_id,
	prize_level: vocabularies.prize_level,
	coverage: vocabularies.coverage,
	type: ['ministry', 'public-establishment', 'territorial-collectivity', 'public-company', 'other'],
	language: ['ar', 'fr', 'en']
};

const editions = read('editions.csv').rows;
const categories = read('categories.csv').rows;
const winners = read('winners.csv').rows;
const institutions = read('institutions.csv').rows;
const sources = read('sources.csv').rows;
const tables: Record<string, Row[]> = {
	'editions.csv': editions,
	'categories.csv': categories,
	'winners.csv': winners,
	'institutions.csv': institutions,
	'sources.csv': sources
};

const sourceIds = new Set(sources.map((s) => s.source_id));
const institutionIds = new Set(institutions.map((i) => i.institution_id));
const editionNumbers = new Set(editions.map((e) => e.edition));
const categoryKeys = new Set(categories.map((c) => `${c.edition}|${c.category_id}`));

function duplicates(values: string[]): string[] {
	return values.filter((value, index) => values.indexOf(value) !== index);
}

function idsOf(row: Row): string[] {
	return row.source_ids.split(';');
}

function editionOf(year: number): Row {
	const row = editions.find((e) => Number(e.year) === year);
	if (!row) throw new Error(`no edition for ${year}`);
	return row;
}

describe('file format', () => {
	for (const file of Object.keys(headers)) {
		it(`${file} is UTF-8 without BOM, LF line endings, final newline`, () => {
			const raw = readRaw(file);
			expect(raw.charCodeAt(0)).not.toBe(0xfeff);
			expect(raw).not.toContain('\r');
			expect(raw.endsWith('\n')).toBe(true);
			expect(raw.endsWith('\n\n')).toBe(false);
		});

		it(`${file} has exactly the documented header`, () => {
			expect(read(file).fields).toEqual(headers[file]);
			expect(readRaw(file).split('\n', 1)[0]).toBe(headers[file].join(','));
		});

		it(`${file} rows have no stray columns or surrounding spaces`, () => {
			for (const row of tables[file]) {
				expect(Object.keys(row)).toEqual(headers[file]);
				for (const value of Object.values(row)) expect(value).toBe(value.trim());
			}
		});
	}
});

describe('data dictionary', () => {
	const readme = readRaw('README.md');

	for (const file of Object.keys(headers)) {
		it(`README.md documents every column of ${file}, in order`, () => {
			const section = readme.split(`## \`${file}\``)[1]?.split('\n## ')[0] ?? '';
			const documented = [...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map((match) => match[1]);
			expect(documented).toEqual(headers[file]);
		});
	}
});

describe('typed columns', () => {
	it('integer columns hold integers or are empty', () => {
		for (const [file, columns] of Object.entries(integerColumns)) {
			for (const row of tables[file]) {
				for (const column of columns) {
					expect(row[column], `${file} ${column}`).toMatch(/^(|[1-9][0-9]*)$/);
				}
			}
		}
	});

	it('ceremony dates are real ISO dates or empty', () => {
		for (const row of editions) {
			if (row.ceremony_date === '') continue;
			expect(row.ceremony_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(new Date(`${row.ceremony_date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(row.ceremony_date);
		}
	});

	it('publication dates are ISO (YYYY-MM-DD, YYYY-MM or YYYY) or empty', () => {
		for (const row of sources) expect(row.published).toMatch(/^(|\d{4}(-\d{2}(-\d{2})?)?)$/);
	});

	it('never uses the string "0" for an unknown value', () => {
		for (const [file, rows] of Object.entries(tables)) {
			for (const row of rows) {
				for (const [column, value] of Object.entries(row)) expect(value, `${file} ${column}`).not.toBe('0');
			}
		}
	});

	it('participation counts are either a number or empty, never zero', () => {
		for (const row of editions) {
			for (const column of ['candidates', 'administrations', 'prizes']) {
				if (row[column] !== '') expect(Number(row[column]), `${row.edition} ${column}`).toBeGreaterThan(0);
			}
		}
	});

	it("a category's candidate count is a number or empty, never zero", () => {
		for (const row of categories) {
			if (row.category_candidates !== '')
				expect(Number(row.category_candidates), `${row.edition} ${row.category_id}`).toBeGreaterThan(0);
		}
	});
});

describe('keys', () => {
	it('primary keys are unique', () => {
		expect(duplicates(editions.map((e) => e.edition))).toEqual([]);
		expect(duplicates(editions.map((e) => e.year))).toEqual([]);
		expect(duplicates(categories.map((c) => `${c.edition}|${c.category_id}`))).toEqual([]);
		expect(duplicates(winners.map((w) => w.award_id))).toEqual([]);
		expect(duplicates(institutions.map((i) => i.institution_id))).toEqual([]);
		expect(duplicates(sources.map((s) => s.source_id))).toEqual([]);
		expect(duplicates(sources.map((s) => s.url))).toEqual([]);
	});

	it('editions are numbered 1…14 in award-year order', () => {
		expect(editions.map((e) => Number(e.edition))).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
		const years = editions.map((e) => Number(e.year));
		expect(years).toEqual([...years].sort((a, b) => a - b));
		expect(editionOf(2011).coverage).toBe('missing');
		expect(editionOf(2011).edition).toBe('6');
	});

	it('award_id runs 1…N in edition order', () => {
		expect(winners.map((w) => Number(w.award_id))).toEqual(winners.map((_, i) => i + 1));
		const order = winners.map((w) => Number(w.edition));
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});

	it('slugs are lowercase and readable', () => {
		for (const id of [...institutionIds, ...sourceIds]) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});
});

describe('foreign keys', () => {
	it('winners.edition and categories.edition resolve to editions', () => {
		for (const row of [...winners, ...categories])
			expect(editionNumbers.has(row.edition), row.edition).toBe(true);
	});

	it('winners (edition, category_id) resolve to categories unless unspecified', () => {
		for (const w of winners) {
			if (w.category_id === 'unspecified') continue;
			expect(categoryKeys.has(`${w.edition}|${w.category_id}`), `award ${w.award_id}`).toBe(true);
		}
	});

	it('winners.institution_id resolves; it is empty only where no institution is reported', () => {
		for (const w of winners) {
			if (w.institution_id === '') {
				expect(w.institution_as_reported, `award ${w.award_id}`).toBe('');
				expect(w.notes, `award ${w.award_id} explains the gap`).not.toBe('');
			} else {
				expect(institutionIds.has(w.institution_id), `award ${w.award_id}: ${w.institution_id}`).toBe(true);
			}
		}
		expect(winners.filter((w) => w.institution_id === '').length).toBeLessThanOrEqual(1);
	});

	it('institutions.parent_id resolves to another institution, one level deep', () => {
		for (const i of institutions) {
			if (i.parent_id === '') continue;
			expect(institutionIds.has(i.parent_id), i.institution_id).toBe(true);
			expect(i.parent_id).not.toBe(i.institution_id);
			expect(institutions.find((p) => p.institution_id === i.parent_id)?.parent_id).toBe('');
		}
	});

	it('every institution is a winner or the parent of one', () => {
		const used = new Set(winners.map((w) => w.institution_id));
		const parents = new Set(institutions.filter((i) => used.has(i.institution_id)).map((i) => i.parent_id));
		for (const id of institutionIds) expect(used.has(id) || parents.has(id), id).toBe(true);
	});
});

describe('closed vocabularies', () => {
	it('category_id', () => {
		for (const row of [...winners, ...categories]) expect(vocab.category_id).toContain(row.category_id);
		expect(categories.map((c) => c.category_id)).not.toContain('unspecified');
	});

	it('prize_level', () => {
		for (const w of winners) expect(vocab.prize_level).toContain(w.prize_level);
	});

	it('institution type', () => {
		for (const i of institutions) expect(vocab.type).toContain(i.type);
	});

	it('coverage', () => {
		for (const e of editions) expect(vocab.coverage).toContain(e.coverage);
	});

	it('source language', () => {
		for (const s of sources) expect(vocab.language).toContain(s.language);
	});
});

describe('sources', () => {
	it('every row of every table cites sources that exist', () => {
		for (const [file, rows] of Object.entries(tables)) {
			if (file === 'sources.csv') continue;
			for (const row of rows) {
				expect(row.source_ids, file).toMatch(/^[a-z0-9-]+(;[a-z0-9-]+)*$/);
				for (const id of idsOf(row)) expect(sourceIds.has(id), `${file}: ${id}`).toBe(true);
				expect(duplicates(idsOf(row)), file).toEqual([]);
			}
		}
	});

	it('every source has an http(s) URL, an outlet and a summary, and is cited somewhere', () => {
		const cited = new Set(
			Object.entries(tables)
				.filter(([file]) => file !== 'sources.csv')
				.flatMap(([, rows]) => rows.flatMap(idsOf))
		);
		for (const s of sources) {
			expect(() => new URL(s.url), s.source_id).not.toThrow();
			expect(new URL(s.url).protocol, s.source_id).toMatch(/^https?:$/);
			expect(s.outlet, s.source_id).not.toBe('');
			expect(s.summary, s.source_id).not.toBe('');
			expect(cited.has(s.source_id), `${s.source_id} is cited`).toBe(true);
		}
	});

	it('an institution cites the sources of the winner rows that name it', () => {
		for (const i of institutions) {
			const expected = new Set(winners.filter((w) => w.institution_id === i.institution_id).flatMap(idsOf));
			if (expected.size > 0) expect(new Set(idsOf(i)), i.institution_id).toEqual(expected);
		}
	});
});

describe('consistency between tables', () => {
	it('an edition with a stated prize count never has more winner rows, and complete editions match it', () => {
		for (const e of editions) {
			if (e.prizes === '') continue;
			const count = winners.filter((w) => w.edition === e.edition).length;
			expect(count, `edition ${e.edition}`).toBeLessThanOrEqual(Number(e.prizes));
			if (e.coverage === 'complete') expect(count, `edition ${e.edition}`).toBe(Number(e.prizes));
		}
	});

	it('editions with missing coverage have no winners or categories; others have winners', () => {
		for (const e of editions) {
			const count = winners.filter((w) => w.edition === e.edition).length;
			if (e.coverage === 'missing') {
				expect(count).toBe(0);
				expect(categories.filter((c) => c.edition === e.edition)).toEqual([]);
			} else {
				expect(count, `edition ${e.edition}`).toBeGreaterThan(0);
			}
		}
	});

	it('withheld prizes are not rows: the 2017 e-participation category has no winner', () => {
		const e2017 = editionOf(2017).edition;
		expect(categoryKeys.has(`${e2017}|e-participation`)).toBe(true);
		expect(winners.filter((w) => w.edition === e2017 && w.category_id === 'e-participation')).toEqual([]);
	});

	it('a conflict stays visible: both values are named in the conflicts column', () => {
		expect(editionOf(2019).conflicts).toMatch(/Salé/);
		expect(editionOf(2019).conflicts).toMatch(/Rabat/);
		expect(editionOf(2021).conflicts).toMatch(/Mezzour/);
		expect(editionOf(2021).conflicts).toMatch(/Akhannouch/);
	});
});

describe('the 13th edition matches the ministry announcement (mmsp.gov.ma)', () => {
	const e13 = editions.find((e) => e.edition === '13') as Row;

	it('is the award year 2019, held on 2020-01-29 in Salé', () => {
		expect(e13.year).toBe('2019');
		expect(e13.ceremony_date).toBe('2020-01-29');
		expect(e13.city).toBe('Salé');
		expect(idsOf(e13)).toContain('mmsp-2020-emtiaz13');
		expect(sources.find((s) => s.source_id === 'mmsp-2020-emtiaz13')?.url).toBe(
			'https://mmsp.gov.ma/ar/actualites.aspx?id=1873'
		);
	});

	it('had 35 candidate services from 20 administrations', () => {
		expect(e13.candidates).toBe('35');
		expect(e13.administrations).toBe('20');
	});

	it('had 4 categories', () => {
		const rows = categories.filter((c) => c.edition === '13');
		expect(rows.map((c) => c.category_id).sort()).toEqual(
			['e-content', 'e-participation', 'e-procedure', 'mobile-app'].sort()
		);
	});

	it('awarded 8 prizes: one excellence and one encouragement per category', () => {
		expect(e13.prizes).toBe('8');
		const rows = winners.filter((w) => w.edition === '13');
		expect(rows).toHaveLength(8);
		for (const category of ['e-content', 'e-participation', 'e-procedure', 'mobile-app']) {
			const levels = rows.filter((w) => w.category_id === category).map((w) => w.prize_level);
			expect(levels.sort(), category).toEqual(['encouragement', 'excellence']);
		}
	});
});

describe('the 2021 edition keeps its conflict on the number of prizes', () => {
	const e14 = editions.find((e) => e.edition === '14') as Row;
	const rows = winners.filter((w) => w.edition === '14');

	it('has the four pam.ma prizes plus the two lecanardlibere winners, and no prize count', () => {
		expect(rows).toHaveLength(6);
		expect(rows.filter((w) => idsOf(w).includes('pam-2022-emtiaz14'))).toHaveLength(4);
		const extra = rows.filter((w) => !idsOf(w).includes('pam-2022-emtiaz14'));
		expect(extra.map((w) => w.institution_id).sort()).toEqual(['adii', 'ministry-justice']);
		for (const w of extra) {
			expect(w.category_id).toBe('unspecified');
			expect(w.prize_level).toBe('unspecified');
			expect(w.conflicts).toMatch(/pam\.ma/);
		}
		expect(e14.prizes).toBe('');
		expect(e14.conflicts).toMatch(/prizes/);
	});

	it('records the DGCT e-procedure prize as excellence (le12.ma)', () => {
		const dgct = rows.find((w) => w.institution_id === 'dgct' && w.category_id === 'e-procedure');
		expect(dgct?.prize_level).toBe('excellence');
		expect(idsOf(dgct as Row)).toContain('le12-2022-emtiaz14');
	});
});

describe('repeat winners share one institution_id', () => {
	function yearsOf(id: string): number[] {
		const editionYear = new Map(editions.map((e) => [e.edition, Number(e.year)]));
		const years = winners
			.filter((w) => w.institution_id === id)
			.map((w) => editionYear.get(w.edition) as number);
		return [...new Set(years)].sort((a, b) => a - b);
	}

	it('PortNet (the seed\u2019s "pornet") has one id used in 2012, 2015 and 2019', () => {
		expect(yearsOf('portnet')).toEqual(expect.arrayContaining([2012, 2015, 2019]));
		expect(
			institutions.filter((i) =>
				/port\s?net|pornet/i.test(`${i.institution_id} ${i.name_fr} ${i.short_name}`)
			)
		).toHaveLength(1);
		const portnetRows = winners.filter((w) =>
			/port\s?net|pornet/i.test(`${w.service} ${w.institution_as_reported}`)
		);
		for (const w of portnetRows) expect(w.institution_id, `award ${w.award_id}`).toBe('portnet');
	});

	it.each([
		['cnss', /CNSS|sécurité sociale/i],
		['tgr', /Trésorerie générale/i],
		['radeema', /Marrakech/i],
		['ministry-justice', /Justice/i]
	])('%s is one id used across several editions', (id, pattern) => {
		expect(institutionIds.has(id)).toBe(true);
		expect(yearsOf(id).length).toBeGreaterThanOrEqual(2);
		for (const w of winners.filter((row) => pattern.test(row.institution_as_reported))) {
			expect(w.institution_id, `award ${w.award_id}: ${w.institution_as_reported}`).toBe(id);
		}
	});

	it('directorates point to their ministry', () => {
		const parent = new Map(institutions.map((i) => [i.institution_id, i.parent_id]));
		expect(parent.get('dgi')).toBe('mef');
		expect(parent.get('tgr')).toBe('mef');
		expect(parent.get('direction-budget')).toBe('mef');
		expect(parent.get('dgct')).toBe('ministry-interior');
	});
});

describe('the third research pass (additions.csv, 2026-12)', () => {
	const e2014 = editionOf(2014);
	const categoryOf = (year: number, id: string) =>
		categories.find((c) => c.edition === editionOf(year).edition && c.category_id === id) as Row;

	it('cites each new source from the rows it supports, at the address it was read', () => {
		const cited: [string, string, number][] = [
			['arrabita-2014-emtiaz8', 'https://www.arrabita.ma/blog/', 2014],
			['hespress-2016-emtiaz10', 'https://maghress.com/hespress/332961', 2016],
			['leseco-2017-emtiaz11', 'https://leseco.ma/?p=62419', 2017],
			['businessman-2018-emtiaz12', 'https://businessman.ma/?p=6623', 2018],
			['alhadat-2021-emtiaz14', 'https://alhadat.ma/143364', 2021]
		];
		for (const [id, url, year] of cited) {
			expect(sources.find((s) => s.source_id === id)?.url.startsWith(url), id).toBe(true);
			expect(idsOf(editionOf(year)), id).toContain(id);
		}
	});

	it('keeps the 2014 CNSS call-centre level as a conflict: main prize (MAP) vs not stated (maroc.ma)', () => {
		const cnss = winners.find((w) => w.edition === e2014.edition && w.institution_id === 'cnss') as Row;
		expect(cnss.category_id).toBe('call-center');
		expect(cnss.prize_level).toBe('main-prize');
		expect(cnss.prize_as_reported).toMatch(/récompensés/);
		expect(cnss.prize_as_reported).toMatch(/امتياز 2014/);
		expect(cnss.conflicts).toMatch(/maroc\.ma.* vs .*arrabita\.ma/);
		expect(idsOf(cnss)).toEqual(['marocma-2014-laureats', 'arrabita-2014-emtiaz8']);
		expect(e2014.conflicts).toMatch(/CNSS call-centre prize level/);
		// The other two call centres stay unstated: no source gives their level.
		const others = winners.filter(
			(w) => w.edition === e2014.edition && w.category_id === 'call-center' && w.institution_id !== 'cnss'
		);
		expect(others.map((w) => w.prize_level)).toEqual(['unspecified', 'unspecified']);
	});

	it('names the 2014 and 2018 categories in Arabic, as MAP and businessman.ma report them', () => {
		const expected: [number, string, string, string][] = [
			[2014, 'web-services', 'الخدمات المقدمة عبر الأنترنيت', 'arrabita-2014-emtiaz8'],
			[2014, 'mobile-app', 'تطبيقات الأجهزة الذكية', 'arrabita-2014-emtiaz8'],
			[2014, 'call-center', 'مراكز الاتصال', 'arrabita-2014-emtiaz8'],
			[2018, 'mobile-app', 'التطبيقات الذكية', 'businessman-2018-emtiaz12'],
			[2018, 'e-content', 'المحتوى الإلكتروني', 'businessman-2018-emtiaz12'],
			[2018, 'e-procedure', 'الخدمات الإجرائية الإلكترونية', 'businessman-2018-emtiaz12'],
			[2018, 'e-participation', 'المشاركة المجتمعية الإلكترونية', 'businessman-2018-emtiaz12']
		];
		for (const [year, id, name, source] of expected) {
			const row = categoryOf(year, id);
			expect(row.name_ar, `${year} ${id}`).toBe(name);
			expect(idsOf(row), `${year} ${id}`).toContain(source);
		}
		expect(categories.filter((c) => c.edition === editionOf(2018).edition)).toHaveLength(4);
	});

	it('holds the 2016 e-participation count in its category, never as the edition total', () => {
		const row = categoryOf(2016, 'e-participation');
		expect(row.category_candidates).toBe('1');
		expect(idsOf(row)).toContain('hespress-2016-emtiaz10');
		expect(editionOf(2016).candidates).toBe('');
		// The only category count is that one.
		expect(categories.filter((c) => c.category_candidates !== '')).toEqual([row]);
	});
});

describe('what the charts read from the committed data', () => {
	let engine: SqlEngine;
	beforeAll(async () => {
		engine = await createNodeEngine(resolve('static/data'));
	}, 60_000);

	it("participation stays empty for 2016: a category's count is not the edition's", async () => {
		const rows = await queryChart(engine, specById('participation')!, { from: 2016, to: 2016 });
		expect(rows).toEqual([expect.objectContaining({ year: 2016, candidates: null, administrations: null })]);
	});
});
