/** The three languages of the site. Route parameter `lang` is always one of these. */
export const languages = ['ar', 'fr', 'en'] as const;
export type Lang = (typeof languages)[number];
export type Direction = 'ltr' | 'rtl';

export interface Locale {
	lang: Lang;
	dir: Direction;
	/** The language's own name, for the language switch. */
	name: string;
	/**
	 * BCP 47 tag for Intl. Arabic pins Latin digits (`nu-latn`): Morocco writes 0–9 in Arabic
	 * text, and a pinned system keeps tables, charts and exports from mixing digit shapes.
	 */
	intl: string;
}

export const locales: Record<Lang, Locale> = {
	ar: { lang: 'ar', dir: 'rtl', name: 'العربية', intl: 'ar-MA-u-nu-latn' },
	fr: { lang: 'fr', dir: 'ltr', name: 'Français', intl: 'fr-FR' },
	en: { lang: 'en', dir: 'ltr', name: 'English', intl: 'en-GB' }
};

export function isLang(value: string | undefined | null): value is Lang {
	return (languages as readonly string[]).includes(value ?? '');
}

/** The best of our languages for a browser's preference list (`navigator.languages`). */
export function pickLang(preferences: readonly string[], fallback: Lang = 'fr'): Lang {
	for (const preference of preferences) {
		const base = preference.toLowerCase().split('-')[0];
		if (isLang(base)) return base;
	}
	return fallback;
}
