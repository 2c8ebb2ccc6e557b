import type { Filters } from '$lib/data/filters';

/** Choosing the value already chosen clears the filter; anything else sets it. */
export function toggleFilter<K extends 'category' | 'type' | 'level'>(
	filters: Filters,
	key: K,
	value: string
): Partial<Filters> {
	return { [key]: filters[key] === value ? undefined : value };
}

/** An institution or category name in the reader's language, falling back to French. */
export function localName(
	row: { name_fr?: unknown; name_ar?: unknown; name_en?: unknown },
	lang: string
): string {
	const names: Record<string, unknown> = { fr: row.name_fr, ar: row.name_ar, en: row.name_en };
	return String(names[lang] || row.name_fr || '');
}
