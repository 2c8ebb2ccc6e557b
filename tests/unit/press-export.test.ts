import { describe, expect, it } from 'vitest';
import { cardLayout, CARD_HEIGHT, CARD_WIDTH } from '$lib/export/layout';
import { messagesFor } from '$lib/i18n/catalog';
import { exportTitle, labelledRecords } from '$lib/ui/export-text';

const year = (value: number) => String(value);
const rows = [
	{ year: 2014, type: 'ministry', prizes: 3 },
	{ year: 2021, type: 'public-establishment', prizes: 2 },
	{ year: 2016, type: null, prizes: 1 }
];

describe('exportTitle: an image says which years and filters it shows', () => {
	it('names the span of years of the rows shown', () => {
		const title = exportTitle({
			title: 'Prizes',
			rows,
			filters: {},
			filteredBy: ['type'],
			messages: messagesFor('en'),
			formatYear: year
		});
		expect(title).toBe('Prizes, 2014–2021');
	});
	it('names the filters the chart follows, with their labels in the page’s language', () => {
		const title = exportTitle({
			title: 'Prix',
			rows,
			filters: { type: 'ministry', category: 'e-content', level: 'excellence' },
			filteredBy: ['category', 'type'],
			messages: messagesFor('fr'),
			formatYear: year
		});
		const m = messagesFor('fr');
		expect(title).toBe(
			`Prix, 2014–2021 (${m.dashboard.filters.category} : ${m.category['e-content']} · ` +
				`${m.dashboard.filters.type} : ${m.institutionType.ministry})`
		);
		expect(title).not.toContain(m.prizeLevel.excellence);
	});
	it('a single year, and no year at all', () => {
		const base = { title: 'T', filters: {}, filteredBy: [], messages: messagesFor('ar'), formatYear: year };
		expect(exportTitle({ ...base, rows: [{ year: 2019 }] })).toBe('T، 2019');
		expect(exportTitle({ ...base, rows: [{ name: 'x' }] })).toBe('T');
	});
	it('reads the years each row lists (repeat winners), within the filtered range, with the Arabic comma in Arabic', () => {
		const repeat = [
			{ name: 'a', years: [2005, 2015, 2021] },
			{ name: 'b', years: [2012] }
		];
		const base = { title: 'T', rows: repeat, filteredBy: [], formatYear: year };
		expect(exportTitle({ ...base, filters: { from: 2010 }, messages: messagesFor('en') })).toBe(
			'T, 2012–2021'
		);
		expect(exportTitle({ ...base, filters: {}, messages: messagesFor('ar') })).toBe('T، 2005–2021');
	});
});

describe('labelledRecords: the CSV of the data shown', () => {
	it.each(['ar', 'fr', 'en'] as const)('%s: labels in the coded columns, the codes beside them', (lang) => {
		const m = messagesFor(lang);
		const table = labelledRecords(
			[
				{
					year: 2015,
					category: 'e-content',
					level: 'excellence',
					coverage: 'partial',
					type: 'ministry',
					n: 1
				},
				{ year: 2016, category: 'not-a-code', level: null, coverage: 'complete', type: null, n: 2 }
			],
			m
		);
		expect(table.columns).toEqual([
			'year',
			'category',
			'category_code',
			'level',
			'level_code',
			'coverage',
			'coverage_code',
			'type',
			'type_code',
			'n'
		]);
		expect(table.rows[0]).toMatchObject({
			category: m.category['e-content'],
			category_code: 'e-content',
			level: m.prizeLevel.excellence,
			level_code: 'excellence',
			coverage: m.coverage.partial,
			coverage_code: 'partial',
			type: m.institutionType.ministry,
			type_code: 'ministry',
			n: 1
		});
		// An unknown code stays as it is; an empty cell stays empty in both columns.
		expect(table.rows[1]).toMatchObject({
			category: 'not-a-code',
			level: null,
			level_code: null,
			type_code: null
		});
	});
	it('a column named like a prototype key is data, not a vocabulary', () => {
		const row = Object.fromEntries([
			['constructor', 'x'],
			['toString', 'y']
		]);
		const table = labelledRecords([row], messagesFor('en'));
		expect(table.columns).toEqual(['constructor', 'toString']);
	});
});

describe('the social card', () => {
	it('keeps 1200 × 630 and gives the chart over half of it', () => {
		const legend = ['a', 'b', 'c', 'd', 'not reported'].map((label) => ({ label, color: '#000' }));
		const text = {
			title: 'Participation per edition, 2005–2021',
			subtitle: '',
			source: 'Source: x',
			credit: 'y'
		};
		const layout = cardLayout({ chartWidth: 900, chartHeight: 380, text, legend, dir: 'rtl' });
		expect([layout.width, layout.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
		expect((layout.chart.width * layout.chart.height) / (CARD_WIDTH * CARD_HEIGHT)).toBeGreaterThan(0.5);
	});
});
