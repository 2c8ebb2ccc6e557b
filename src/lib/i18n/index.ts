import type { CoreMessages } from './messages/en';
import type { DashboardMessages } from './messages/dashboard';
import type { EmbedMessages } from './messages/embed';
import type { FeedbackMessages } from './messages/feedback';
import type { ReportMessages } from './messages/report';
import type { Lang } from './locales';

export { languages, locales, isLang, pickLang, type Lang, type Direction, type Locale } from './locales';
export { createFormatters, type Formatters } from './format';

/**
 * What the dashboard, embeds and every page's frame say in one language. Each feature keeps its
 * texts, in all three languages, in its own file under `messages/`; `./catalog` composes them.
 * This module holds no text: pages are handed their own language's messages by the `[lang]`
 * layout's server load, so a page's JavaScript carries no catalogue at all.
 */
export type Messages = CoreMessages & {
	dashboard: DashboardMessages;
	embed: EmbedMessages;
	feedback: FeedbackMessages;
	report: ReportMessages;
};

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
