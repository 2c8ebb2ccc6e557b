import { buildReport, reportFileName } from '$lib/report/build-report';
import type { ReportDocument } from '$lib/report/types';
import { fill, locales, type Lang, type Messages } from '$lib/i18n';
import { downloadBlob } from './download';
import { embeddedFonts, hasArabic } from './export-image';
import { captureView, shownText } from './report-capture';

/**
 * "Save as report": waits until every view answers the filters shown, reads the page as it is and
 * saves one HTML file. Loaded on the first click, outside the dashboard's critical JavaScript.
 */

/** How long a view may take to answer the filters before the report says it had not. */
const SETTLE_MS = 10_000;

/** Whether a frame's rows answer `search` (the filters as a query string, '' for none). */
function answers(frame: HTMLElement, search: string): boolean {
	if (frame.dataset.origin === 'duckdb') return (frame.dataset.filters ?? '') === search;
	// Prerendered rows are the whole record: right only when no filter is set.
	return search === '';
}

/** The frames once each answers the filters, or when the wait is over; with those that never did. */
async function settledFrames(search: string): Promise<{ frames: HTMLElement[]; stale: Set<HTMLElement> }> {
	const started = performance.now();
	for (;;) {
		const frames = [...document.querySelectorAll<HTMLElement>('section.chart-frame')];
		const stale = new Set(frames.filter((frame) => !answers(frame, search)));
		if (stale.size === 0 || performance.now() - started > SETTLE_MS) return { frames, stale };
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

export async function saveReport(input: {
	lang: Lang;
	messages: Messages;
	search: string;
	now?: Date;
}): Promise<string> {
	const { lang, messages } = input;
	const m = messages.report;
	const dir = locales[lang].dir;
	const now = input.now ?? new Date();
	const { frames, stale } = await settledFrames(input.search);
	const views = frames.map((frame) => {
		const view = captureView(frame, lang, dir);
		return stale.has(frame) ? { ...view, notes: [m.stale, ...view.notes] } : view;
	});
	const keyFacts = document.querySelector('.key-facts');
	const title = shownText(document.querySelector('main h1, h1')) || document.title;
	const when = new Intl.DateTimeFormat(locales[lang].intl, {
		dateStyle: 'long',
		timeStyle: 'short',
		timeZone: 'UTC'
	}).format(now);
	const doc: ReportDocument = {
		lang,
		dir,
		title,
		documentTitle: fill(m.documentTitle, { title }),
		saved: fill(m.savedOn, { date: when }),
		address: location.href,
		labels: {
			address: m.address,
			filters: m.filters,
			noFilters: m.noFilters,
			contents: m.contents,
			offline: m.offline
		},
		fonts: [],
		keyFacts: keyFacts
			? {
					heading: shownText(keyFacts.querySelector('h2')),
					paragraphs: [...keyFacts.querySelectorAll('p')].map(shownText).filter(Boolean)
				}
			: null,
		filters: [...document.querySelectorAll('.filter-bar .active .chip bdi')].map(shownText),
		views,
		footer: shownText(document.querySelector('footer p')) || null
	};
	doc.fonts = await embeddedFonts(dir === 'rtl' || hasArabic(JSON.stringify(doc)));
	const name = reportFileName(lang, now.toISOString());
	downloadBlob(new Blob([buildReport(doc)], { type: 'text/html;charset=utf-8' }), name);
	return name;
}
