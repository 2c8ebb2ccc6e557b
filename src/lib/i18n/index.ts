import { ar } from './messages/ar';
import { en, type CoreMessages } from './messages/en';
import { fr } from './messages/fr';
import type { Lang } from './locales';
import { dataAr, dataEn, dataFr, type DataMessages } from './messages/data';

export { languages, locales, isLang, pickLang, type Lang, type Direction, type Locale } from './locales';
export { createFormatters, type Formatters } from './format';

const core: Record<Lang, CoreMessages> = { ar, fr, en };

/**
 * Everything the interface says in one language. Each feature keeps its texts, in all three
 * languages, in its own file under `messages/` and is composed here.
 */
export type Messages = CoreMessages & { data: DataMessages };

export function messagesFor(lang: Lang): Messages {
	return { ...core[lang], data: { ar: dataAr, fr: dataFr, en: dataEn }[lang] };
}

/** Fills `{name}` placeholders; a missing value is left visible so a gap is noticed, not hidden. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (match, name: string) =>
		name in values ? String(values[name]) : match
	);
}
