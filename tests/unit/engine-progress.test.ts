import { describe, expect, it } from 'vitest';
import { createFormatters, type Lang } from '$lib/i18n';
import { messagesFor } from '$lib/i18n/catalog';
import { engineProgress } from '$lib/ui/engine-progress';

const MB = 1_048_576;
const progress = (lang: Lang, loaded: number, total: number) =>
	engineProgress(loaded, total, createFormatters(lang), messagesFor(lang).engine);

describe('the engine download line', () => {
	it.each([
		['fr', 'Chargement du moteur de requêtes : 2,5 Mo sur 4,9 Mo'],
		['en', 'Loading the query engine: 2.5 of 4.9 MB'],
		['ar', 'جارٍ تحميل محرك الاستعلامات: 2,5 من 4,9 ميغابايت']
	] as const)('compares bytes with a total of the same bytes, numbers in %s', (lang, text) => {
		const view = progress(lang, 2.5 * MB, 4.9 * MB);
		expect(view).toEqual({ text, value: 2.5 * MB, max: 4.9 * MB });
	});

	it('never shows more received than the total: a total of other bytes makes the bar indeterminate', () => {
		// What DuckDB reported for the brotli-compressed wasm: 32.7 MB decoded against 4.9 MB sent.
		expect(progress('fr', 32.7 * MB, 4.9 * MB)).toEqual({
			text: 'Chargement du moteur de requêtes : 32,7 Mo reçus',
			value: null,
			max: null
		});
	});

	it('shows what arrived when the total is unknown, and only words before the first byte', () => {
		expect(progress('en', 12.25 * MB, 0)).toMatchObject({
			text: 'Loading the query engine: 12.3 MB received',
			max: null
		});
		expect(progress('ar', 0, 0)).toEqual({ text: messagesFor('ar').engine.loading, value: null, max: null });
		// The first kilobytes would read "0 MB received": words until the count rounds to 0.1.
		expect(progress('fr', 0.04 * MB, 0).text).toBe(messagesFor('fr').engine.loading);
		expect(progress('fr', 0.05 * MB, 0).text).toBe('Chargement du moteur de requêtes : 0,1 Mo reçus');
	});
});
