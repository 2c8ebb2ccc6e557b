import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { bidiRuns } from '$lib/ui/bidi-runs';
import { conflictNotes, localConflicts, notesAbout } from '$lib/ui/conflict-notes';

type Row = Record<string, string>;
const dataDir = new URL('../../static/data/', import.meta.url);
const read = (file: string): Row[] =>
	Papa.parse<Row>(readFileSync(new URL(file, dataDir), 'utf8'), { header: true, skipEmptyLines: true }).data;

const header = ['table_name', 'row_id', 'position', 'field', 'note_en', 'note_fr', 'note_ar', 'source_ids'];
const fields = [
	'city',
	'venue',
	'presiding-official',
	'prize-name',
	'prizes',
	'prize-level',
	'service',
	'institution',
	'year'
];
const notes = read('conflicts.csv');
const parents: Record<string, Map<string, Row>> = {
	editions: new Map(read('editions.csv').map((row) => [row.edition, row])),
	winners: new Map(read('winners.csv').map((row) => [row.award_id, row]))
};
const arabic = /[\u0600-\u06FF]/;

describe('conflicts.csv: the conflict statements and their translations', () => {
	it('has the documented header, documented in order in static/data/README.md', () => {
		const raw = readFileSync(new URL('conflicts.csv', dataDir), 'utf8');
		expect(raw.split('\n', 1)[0]).toBe(header.join(','));
		const readme = readFileSync(new URL('README.md', dataDir), 'utf8');
		const section = readme.split('## `conflicts.csv`')[1]?.split('\n## ')[0] ?? '';
		expect([...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1])).toEqual(header);
	});

	it('joined in order, the English statements of a row are exactly its conflicts column', () => {
		for (const [table, rows] of Object.entries(parents)) {
			for (const [id, row] of rows) {
				const own = notes
					.filter((note) => note.table_name === table && note.row_id === id)
					.sort((a, b) => Number(a.position) - Number(b.position));
				expect(own.map((note) => note.note_en).join('; '), `${table} ${id}`).toBe(row.conflicts);
				expect(own.map((note) => Number(note.position))).toEqual(own.map((_, i) => i + 1));
			}
		}
	});

	it('every statement names a known field, is translated, and cites its row’s sources', () => {
		expect(notes.length).toBe(25);
		for (const note of notes) {
			const parent = parents[note.table_name]?.get(note.row_id);
			expect(parent, `${note.table_name} ${note.row_id}`).toBeDefined();
			expect(fields).toContain(note.field);
			expect(note.note_fr.length).toBeGreaterThan(0);
			expect(note.note_fr).not.toBe(note.note_en);
			expect(note.note_ar).toMatch(arabic);
			expect(note.note_ar).not.toBe(note.note_en);
			expect(note.source_ids).toBe(parent?.source_ids);
		}
	});

	it('the 2021 statement about the presiding official is about the presiding official, not the city', () => {
		const e14 = notes.filter((note) => note.table_name === 'editions' && note.row_id === '14');
		expect(e14.map((note) => note.field)).toEqual(['presiding-official', 'prize-name', 'prizes']);
		expect(e14[0].note_fr).toMatch(/Ghita Mezzour.*Aziz Akhannouch/);
		expect(e14[0].note_ar).toMatch(/مزور.*أخنوش/);
		const e13 = notes.find((note) => note.table_name === 'editions' && note.row_id === '13');
		expect(e13?.field).toBe('city');
	});
});

describe('conflictNotes', () => {
	const lists = {
		fields: ['city', 'prizes'],
		en: ['city: A vs B', 'prizes: 4 vs 6'],
		fr: ['ville : A contre B', 'prix : 4 contre 6'],
		ar: ['المدينة: A مقابل B', null as unknown as string]
	};
	it('gives each statement in the page’s language, the English original where a translation is missing', () => {
		expect(conflictNotes('fr', lists, 'x')).toEqual([
			{ field: 'city', text: 'ville : A contre B', lang: 'fr' },
			{ field: 'prizes', text: 'prix : 4 contre 6', lang: 'fr' }
		]);
		expect(conflictNotes('ar', lists, 'x')[1]).toEqual({
			field: 'prizes',
			text: 'prizes: 4 vs 6',
			lang: 'en'
		});
	});
	it('shows a row’s untranslated conflicts whole (an added edition), and nothing without conflicts', () => {
		const none = { fields: null, en: null, fr: null, ar: null };
		expect(conflictNotes('ar', none, 'city: X vs Y')).toEqual([
			{ field: null, text: 'city: X vs Y', lang: undefined }
		]);
		expect(conflictNotes('ar', none, null)).toEqual([]);
	});
	it('picks the statements about given fields', () => {
		expect(notesAbout(conflictNotes('en', lists, null), ['prizes']).map((n) => n.text)).toEqual([
			'prizes: 4 vs 6'
		]);
	});
	it('localConflicts falls back to English', () => {
		expect(localConflicts('fr', { en: 'a', fr: 'b', ar: null })).toEqual({ text: 'b', lang: 'fr' });
		expect(localConflicts('ar', { en: 'a', fr: 'b', ar: null })).toEqual({ text: 'a', lang: 'en' });
		expect(localConflicts('ar', { en: null, fr: null, ar: null })).toBeNull();
	});
});

describe('bidiRuns', () => {
	it('isolates an Arabic name inside an English note, keeping the year outside it', () => {
		const runs = bidiRuns("as 'وزارة الاقتصاد والمالية' (2010) and", 'ltr');
		expect(runs).toEqual([
			{ text: "as '" },
			{ text: 'وزارة الاقتصاد والمالية', dir: 'rtl' },
			{ text: "' (2010) and" }
		]);
	});
	it('keeps a number that closes an Arabic phrase inside it', () => {
		expect(bidiRuns("vs 'جائزة امتياز 2014', the", 'ltr')[1]).toEqual({
			text: 'جائزة امتياز 2014',
			dir: 'rtl'
		});
	});
	it('isolates Latin names and outlets inside an Arabic note, not bare numbers', () => {
		const runs = bidiRuns("اسم الجائزة: 'Prix Special Jury' (maroc.ma) مقابل 2014", 'rtl');
		expect(runs.filter((run) => run.dir).map((run) => run.text)).toEqual(['Prix Special Jury', 'maroc.ma']);
		expect(runs.map((run) => run.text).join('')).toBe(
			"اسم الجائزة: 'Prix Special Jury' (maroc.ma) مقابل 2014"
		);
	});
	it('returns a text with nothing to isolate as one run', () => {
		expect(bidiRuns('city: Salé vs Rabat', 'ltr')).toEqual([{ text: 'city: Salé vs Rabat' }]);
	});
});
