import { describe, expect, it } from 'vitest';
import { createFormatters, fill, languages, locales, pickLang } from '$lib/i18n';
import { toolMessagesFor } from '$lib/i18n/tools';
import { readingRange, startAnchor, timeRunsLeftward, valueAxisSide } from '$lib/charts/core/direction';

describe('formatters pin one digit system per language', () => {
	it.each([
		['ar', 1234, '1.234'], // Moroccan grouping, Latin digits
		['fr', 1234, '1\u202f234'],
		['en', 1234, '1,234']
	] as const)('%s formats %d', (lang, value, expected) => {
		expect(createFormatters(lang).number(value)).toBe(expected);
	});

	it('never uses Arabic-Indic digits in Arabic', () => {
		const format = createFormatters('ar');
		const text = [
			format.number(2019),
			format.year(2019),
			format.percent(0.35),
			format.date('2020-01-29')
		].join(' ');
		expect(text).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
		expect(text).toMatch(/2019/);
	});

	it('formats a number the same each time it is asked, kept or not (-0 too)', () => {
		for (const lang of languages) {
			const format = createFormatters(lang);
			const direct = new Intl.NumberFormat(locales[lang].intl, { maximumFractionDigits: 1 });
			const values = [0, -0, 1234.56, Number.NaN, -7, ...Array.from({ length: 5000 }, (_, i) => i * 1.5)];
			for (const value of [...values, ...values]) expect(format.number(value)).toBe(direct.format(value));
		}
	});

	it('formats years without grouping and dates in UTC', () => {
		expect(createFormatters('fr').year(2019)).toBe('2019');
		expect(createFormatters('en').date('2020-01-29')).toBe('29 January 2020');
		expect(createFormatters('fr').date('2020-01-29')).toBe('29 janvier 2020');
	});

	it('joins names as each language does: no Latin comma in Arabic', () => {
		expect(createFormatters('en').list(['institution type', 'prize level'])).toBe(
			'institution type and prize level'
		);
		expect(createFormatters('fr').list(['années', 'catégorie', 'niveau du prix'])).toBe(
			'années, catégorie et niveau du prix'
		);
		expect(createFormatters('ar').list(['نوع المؤسسة', 'مستوى الجائزة'])).toBe('نوع المؤسسة ومستوى الجائزة');
		expect(createFormatters('ar').list(['الفئة'])).toBe('الفئة');
	});
});

describe('locales', () => {
	it('Arabic is right to left, French and English left to right', () => {
		expect(languages.map((lang) => locales[lang].dir)).toEqual(['rtl', 'ltr', 'ltr']);
	});

	it.each([
		[['ar-MA', 'fr'], 'ar'],
		[['en-US'], 'en'],
		[['de-DE', 'fr-CA'], 'fr'],
		[['es'], 'fr'],
		[[], 'fr']
	] as const)('picks a language for %j', (preferences, expected) => {
		expect(pickLang(preferences)).toBe(expected);
	});
});

describe('message catalogs', () => {
	/** Every leaf path of a catalog, so a missing or extra key in one language fails. */
	function paths(value: unknown, prefix = ''): string[] {
		if (typeof value !== 'object' || value === null) return [prefix];
		return Object.entries(value).flatMap(([key, inner]) => paths(inner, prefix ? `${prefix}.${key}` : key));
	}

	it('all three languages have the same keys and no empty text', () => {
		const reference = paths(toolMessagesFor('en')).sort();
		for (const lang of languages) {
			expect(paths(toolMessagesFor(lang)).sort()).toEqual(reference);
			for (const path of reference) {
				const text = path
					.split('.')
					.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], toolMessagesFor(lang));
				expect(text, `${lang}.${path}`).toMatch(/\S/);
			}
		}
	});

	it('fills placeholders and leaves unknown ones visible', () => {
		expect(fill('{a} of {b}', { a: 1, b: 'x' })).toBe('1 of x');
		expect(fill('{a} {missing}', { a: 1 })).toBe('1 {missing}');
	});
});

describe('direction rules', () => {
	it.each([
		['ltr', false, [0, 100], 'left', 'start'],
		['rtl', true, [100, 0], 'right', 'end']
	] as const)('%s', (dir, leftward, range, side, anchor) => {
		expect(timeRunsLeftward(dir)).toBe(leftward);
		expect(readingRange(dir, 0, 100)).toEqual(range);
		expect(valueAxisSide(dir)).toBe(side);
		expect(startAnchor(dir)).toBe(anchor);
	});
});
