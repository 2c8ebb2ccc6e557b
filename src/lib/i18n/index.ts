import { ar } from './messages/ar';
import { en, type CoreMessages } from './messages/en';
import { fr } from './messages/fr';
import { dashboardAr, dashboardEn, dashboardFr, type DashboardMessages } from './messages/dashboard';
import { embedAr, embedEn, embedFr, type EmbedMessages } from './messages/embed';
import { feedbackAr, feedbackEn, feedbackFr, type FeedbackMessages } from './messages/feedback';
import { reportAr, reportEn, reportFr, type ReportMessages } from './messages/report';
import type { Lang } from './locales';

export { languages, locales, isLang, pickLang, type Lang, type Direction, type Locale } from './locales';
export { createFormatters, type Formatters } from './format';

const core: Record<Lang, CoreMessages> = { ar, fr, en };

/**
 * What the dashboard, embeds and every page's frame say in one language. Each feature keeps its
 * texts, in all three languages, in its own file under `messages/` and is composed here. The SQL
 * console's and the datasets page's texts are composed in `./tools` instead, so the dashboard's
 * critical JavaScript does not carry them.
 */
export type Messages = CoreMessages & {
	dashboard: DashboardMessages;
	embed: EmbedMessages;
	feedback: FeedbackMessages;
	report: ReportMessages;
};
const dashboard: Record<Lang, DashboardMessages> = { ar: dashboardAr, fr: dashboardFr, en: dashboardEn };
const embed: Record<Lang, EmbedMessages> = { ar: embedAr, fr: embedFr, en: embedEn };
const feedback: Record<Lang, FeedbackMessages> = { ar: feedbackAr, fr: feedbackFr, en: feedbackEn };
const report: Record<Lang, ReportMessages> = { ar: reportAr, fr: reportFr, en: reportEn };

export function messagesFor(lang: Lang): Messages {
	return {
		...core[lang],
		dashboard: dashboard[lang],
		embed: embed[lang],
		feedback: feedback[lang],
		report: report[lang]
	};
}

/** Fills `{name}` placeholders; a missing value is left visible so a gap is noticed, not hidden. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (match, name: string) =>
		name in values ? String(values[name]) : match
	);
}

/** A name in the page's language, falling back to French (every record has a French name). */
export function localName(
	lang: Lang,
	names: { fr: string | null; ar: string | null; en: string | null }
): string | null {
	return names[lang] ?? names.fr;
}
