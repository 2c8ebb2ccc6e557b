import { describe, expect, it } from 'vitest';
import { codePointLabel, splitInvisible } from '$lib/ui/invisible';

const mark = (char: string, code: string, name: string) => ({ kind: 'mark', char, code, name });

describe('splitInvisible', () => {
	it('keeps plain text whole (Arabic, accents, emoji)', () => {
		expect(splitInvisible('Agence « Maroc » وزارة 🎉')).toEqual([
			{ kind: 'text', text: 'Agence « Maroc » وزارة 🎉' }
		]);
		expect(splitInvisible('')).toEqual([]);
	});

	it('marks a leading BOM', () => {
		expect(splitInvisible('\uFEFFRoman')).toEqual([
			mark('\uFEFF', 'U+FEFF', 'ZERO WIDTH NO-BREAK SPACE'),
			{ kind: 'text', text: 'Roman' }
		]);
	});

	it('marks zero-width, bidi, soft hyphen, NUL and C0/C1 controls, each on its own', () => {
		const text = 'a\u200B\u200C\u200D\u2060b\u200E\u200F\u202A\u202E\u2066\u2069c\u00AD\u0000\u0007\u0085d';
		const parts = splitInvisible(text);
		expect(parts.map((part) => (part.kind === 'text' ? part.text : part.code))).toEqual([
			'a',
			'U+200B',
			'U+200C',
			'U+200D',
			'U+2060',
			'b',
			'U+200E',
			'U+200F',
			'U+202A',
			'U+202E',
			'U+2066',
			'U+2069',
			'c',
			'U+00AD',
			'U+0000',
			'U+0007',
			'U+0085',
			'd'
		]);
		expect(parts[13]).toEqual(mark('\u00AD', 'U+00AD', 'SOFT HYPHEN'));
		expect(parts[15]).toEqual(mark('\u0007', 'U+0007', 'CONTROL'));
	});

	it('gives back the very string when its parts are joined', () => {
		const text = '\uFEFFx\u202Ey\u0000';
		expect(
			splitInvisible(text)
				.map((part) => (part.kind === 'text' ? part.text : part.char))
				.join('')
		).toBe(text);
	});

	it('writes code points with at least four hex digits', () => {
		expect(codePointLabel('\u0000')).toBe('U+0000');
		expect(codePointLabel('🎉')).toBe('U+1F389');
	});
});
