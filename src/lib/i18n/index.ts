import { ar } from './messages/ar';
import { en, type Messages } from './messages/en';
import { fr } from './messages/fr';
import type { Lang } from './locales';

export { languages, locales, isLang, pickLang, type Lang, type Direction, type Locale } from './locales';
export { createFormatters, type Formatters } from './format';
export type { Messages };

const catalogs: Record<Lang, Messages> = { ar, fr, en };

export function messagesFor(lang: Lang): Messages {
	return catalogs[lang];
}

/** Fills `{name}` placeholders; a missing value is left visible so a gap is noticed, not hidden. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (match, name: string) =>
		name in values ? String(values[name]) : match
	);
}
