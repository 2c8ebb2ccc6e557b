import { ar } from './messages/ar';
import { en, type CoreMessages } from './messages/en';
import { fr } from './messages/fr';
import { consoleMessages, type ConsoleMessages } from './messages/console';
import { dashboardAr, dashboardEn, dashboardFr, type DashboardMessages } from './messages/dashboard';
import { embedAr, embedEn, embedFr, type EmbedMessages } from './messages/embed';
import type { Lang } from './locales';
import { dataAr, dataEn, dataFr, type DataMessages } from './messages/data';

export { languages, locales, isLang, pickLang, type Lang, type Direction, type Locale } from './locales';
export { createFormatters, type Formatters } from './format';

const core: Record<Lang, CoreMessages> = { ar, fr, en };

/**
 * Everything the interface says in one language. Each feature keeps its texts, in all three
 * languages, in its own file under `messages/` and is composed here.
 */
export type Messages = CoreMessages & {
	dashboard: DashboardMessages;
	console: ConsoleMessages;
	embed: EmbedMessages;
	data: DataMessages;
};
const dashboard: Record<Lang, DashboardMessages> = { ar: dashboardAr, fr: dashboardFr, en: dashboardEn };
const embed: Record<Lang, EmbedMessages> = { ar: embedAr, fr: embedFr, en: embedEn };
const data: Record<Lang, DataMessages> = { ar: dataAr, fr: dataFr, en: dataEn };

export function messagesFor(lang: Lang): Messages {
	return {
		...core[lang],
		dashboard: dashboard[lang],
		console: consoleMessages[lang],
		embed: embed[lang],
		data: data[lang]
	};
}

/** Fills `{name}` placeholders; a missing value is left visible so a gap is noticed, not hidden. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (match, name: string) =>
		name in values ? String(values[name]) : match
	);
}
