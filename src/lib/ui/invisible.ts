/**
 * Invisible and control characters made visible. A value that begins with a BOM, holds a zero-width
 * space or a bidi control looks like its neighbour ("\uFEFFRoman" reads as "Roman") yet never equals
 * it: the reader must see that something is there. Only the display changes; values are untouched.
 */

/** One piece of a displayed string: text as it is, or a mark for one invisible character. */
export type VisiblePart =
	{ kind: 'text'; text: string } | { kind: 'mark'; char: string; code: string; name: string };

/** C0 and C1 controls, soft hyphen, zero-width characters, word joiner, bidi controls, BOM. */
// eslint-disable-next-line no-control-regex -- matching control characters is this regex's purpose
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/gu;

/** Unicode names of the characters above that a reader may meet; the other controls are "CONTROL". */
const NAMES = new Map<number, string>([
	[0x0000, 'NULL'],
	[0x0009, 'CHARACTER TABULATION'],
	[0x000a, 'LINE FEED'],
	[0x000d, 'CARRIAGE RETURN'],
	[0x00ad, 'SOFT HYPHEN'],
	[0x200b, 'ZERO WIDTH SPACE'],
	[0x200c, 'ZERO WIDTH NON-JOINER'],
	[0x200d, 'ZERO WIDTH JOINER'],
	[0x200e, 'LEFT-TO-RIGHT MARK'],
	[0x200f, 'RIGHT-TO-LEFT MARK'],
	[0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
	[0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
	[0x202c, 'POP DIRECTIONAL FORMATTING'],
	[0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
	[0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
	[0x2060, 'WORD JOINER'],
	[0x2066, 'LEFT-TO-RIGHT ISOLATE'],
	[0x2067, 'RIGHT-TO-LEFT ISOLATE'],
	[0x2068, 'FIRST STRONG ISOLATE'],
	[0x2069, 'POP DIRECTIONAL ISOLATE'],
	[0xfeff, 'ZERO WIDTH NO-BREAK SPACE']
]);

/** `U+FEFF`: a code point as Unicode writes it (at least four hex digits). */
export function codePointLabel(char: string): string {
	return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A string split into text and one mark per invisible or control character, in order. */
export function splitInvisible(text: string): VisiblePart[] {
	const parts: VisiblePart[] = [];
	let start = 0;
	for (const match of text.matchAll(INVISIBLE)) {
		const at = match.index;
		if (at > start) parts.push({ kind: 'text', text: text.slice(start, at) });
		const char = match[0];
		parts.push({
			kind: 'mark',
			char,
			code: codePointLabel(char),
			name: NAMES.get(char.codePointAt(0) ?? 0) ?? 'CONTROL'
		});
		start = at + char.length;
	}
	if (start < text.length) parts.push({ kind: 'text', text: text.slice(start) });
	return parts;
}
