import { messagesFor } from './catalog';
import type { Lang, Messages } from './index';
import { consoleMessages, type ConsoleMessages } from './messages/console';
import { dataAr, dataEn, dataFr, type DataMessages } from './messages/data';

/** The site's texts plus those of the SQL console and the datasets page (imported by those only). */
export type ToolMessages = Messages & { console: ConsoleMessages; data: DataMessages };

const data: Record<Lang, DataMessages> = { ar: dataAr, fr: dataFr, en: dataEn };

/** The tools' own texts in one language: what the SQL console's and Data page's server loads hand their page. */
export function toolTextsFor(lang: Lang): Pick<ToolMessages, 'console' | 'data'> {
	return { console: consoleMessages[lang], data: data[lang] };
}

/** Every text of the tools in one language, for code that has no page data to read them from. */
export function toolMessagesFor(lang: Lang): ToolMessages {
	return { ...messagesFor(lang), ...toolTextsFor(lang) };
}
