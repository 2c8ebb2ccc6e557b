import type { Lang } from '$lib/i18n/locales';

/** One statement of a conflict between sources, in the language it is shown in. */
export interface ConflictNote {
	/** What the statement is about (`city`, `prize-level` …), null when the data does not say. */
	field: string | null;
	text: string;
	/** The language of `text`: the page's, or English (the original) when no translation exists. */
	lang: Lang | undefined;
}

/** The per-language lists a row carries (table `conflicts`), parallel to `fields`. */
export interface ConflictLists {
	fields: readonly string[] | null;
	en: readonly string[] | null;
	fr: readonly string[] | null;
	ar: readonly string[] | null;
}

/**
 * A row's conflict statements in the page's language. Without translated statements (an edition
 * added by the reader) the original `conflicts` text is shown whole, in no declared language.
 */
export function conflictNotes(lang: Lang, lists: ConflictLists, original: string | null): ConflictNote[] {
	const fields = lists.fields ?? [];
	if (fields.length === 0) return original ? [{ field: null, text: original, lang: undefined }] : [];
	return fields.map((field, i) => {
		const local = lists[lang]?.[i] ?? null;
		const text = local ?? lists.en?.[i] ?? original ?? '';
		return { field, text, lang: local === null ? 'en' : lang };
	});
}

/** The statements about any of `fields`; `null` in `fields` also takes those about no known field. */
export function notesAbout(
	notes: readonly ConflictNote[],
	fields: readonly (string | null)[]
): ConflictNote[] {
	return notes.filter((note) => fields.includes(note.field));
}

/** A translated `conflicts` text for the page's language, or the English original. */
export function localConflicts(
	lang: Lang,
	texts: { en: string | null; fr: string | null; ar: string | null }
): { text: string; lang: Lang } | null {
	const local = texts[lang];
	if (local) return { text: local, lang };
	return texts.en ? { text: texts.en, lang: 'en' } : null;
}
