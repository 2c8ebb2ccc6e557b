/**
 * Splits a text into runs to isolate: the runs of the script that goes against the text's own
 * direction (Arabic inside a French or English note, Latin names inside an Arabic one). Left to
 * the bidi algorithm, a run like `'وزارة …' (2010)` in an English note takes the year into the
 * Arabic run and shows `'(2010) 'وزارة…`; isolated (`<bdi>`), each run keeps its place.
 */
export interface BidiRun {
	text: string;
	/** The direction to isolate the run in; undefined for text in the paragraph's own direction. */
	dir?: 'ltr' | 'rtl';
}

const ARABIC = '\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF';
const LATIN = 'A-Za-z\\u00C0-\\u024F';
// An Arabic run: Arabic letters with the spaces, digits and Arabic punctuation between them,
// and a number that closes the phrase ('جائزة امتياز 2014').
const arabicRun = new RegExp(`[${ARABIC}](?:[${ARABIC}0-9\\s.\\-]*[${ARABIC}])?(?:\\s[0-9]+)?`, 'g');
// A Latin run: words, digits, apostrophes and dots of names and addresses (L'Economiste, pam.ma).
const latinRun = new RegExp(`[${LATIN}0-9](?:[${LATIN}0-9\\s.'’/\\-&]*[${LATIN}0-9])?`, 'g');

/** The runs of `text`, a paragraph written in direction `dir`. */
export function bidiRuns(text: string, dir: 'ltr' | 'rtl'): BidiRun[] {
	const pattern = dir === 'ltr' ? arabicRun : latinRun;
	const other = dir === 'ltr' ? 'rtl' : 'ltr';
	const runs: BidiRun[] = [];
	let at = 0;
	for (const match of text.matchAll(pattern)) {
		const start = match.index ?? 0;
		// In Arabic text a bare number is not a Latin run: Arabic numbers order themselves.
		if (dir === 'rtl' && /^[0-9\s./-]+$/.test(match[0])) continue;
		if (start > at) runs.push({ text: text.slice(at, start) });
		runs.push({ text: match[0], dir: other });
		at = start + match[0].length;
	}
	if (at < text.length) runs.push({ text: text.slice(at) });
	return runs;
}

/** The direction a note in `lang` is written in (Arabic right to left, the others left to right). */
export const dirOfLang = (lang: string | undefined): 'ltr' | 'rtl' | undefined =>
	lang === undefined ? undefined : lang === 'ar' ? 'rtl' : 'ltr';
