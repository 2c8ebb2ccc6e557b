import type { Lang, Messages } from './index';
import { ar } from './messages/ar';
import { en, type CoreMessages } from './messages/en';
import { fr } from './messages/fr';
import { dashboardAr, dashboardEn, dashboardFr, type DashboardMessages } from './messages/dashboard';
import { embedAr, embedEn, embedFr, type EmbedMessages } from './messages/embed';
import { feedbackAr, feedbackEn, feedbackFr, type FeedbackMessages } from './messages/feedback';
import { reportAr, reportEn, reportFr, type ReportMessages } from './messages/report';

/**
 * Every language's messages. Imported by server loads (which hand a page its one language), the
 * tools' pages and tests; never by a dashboard or embed component, so their JavaScript stays free
 * of the three catalogues (ESLint refuses it in src/lib/ui and in non-server route files).
 */
const core: Record<Lang, CoreMessages> = { ar, fr, en };
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
