import { messagesFor } from './catalog';
import type { Lang, Messages } from './index';
import { consoleMessages, type ConsoleMessages } from './messages/console';
import { dataAr, dataEn, dataFr, type DataMessages } from './messages/data';

/** The site's texts plus those of the SQL console and the datasets page (imported by those only). */
export type ToolMessages = Messages & { console: ConsoleMessages; data: DataMessages };

const data: Record<Lang, DataMessages> = { ar: dataAr, fr: dataFr, en: dataEn };

export function toolMessagesFor(lang: Lang): ToolMessages {
	return { ...messagesFor(lang), console: consoleMessages[lang], data: data[lang] };
}
