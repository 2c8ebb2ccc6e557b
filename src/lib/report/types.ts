import type { EmbeddedFont } from '$lib/export/font-face';

/**
 * What a saved report holds: plain text and plain trees read from the dashboard as shown, whichever
 * dataset it shows. Nothing here is markup; the builder escapes every string it writes.
 */

/** An SVG element as a plain tree (the chart as drawn), serialised through an allow-list. */
export interface SvgNode {
	name: string;
	attributes: [name: string, value: string][];
	children: (SvgNode | string)[];
}

export interface ReportTable {
	caption: string;
	columns: { label: string; numeric: boolean }[];
	/** Cell texts as shown, row by row. */
	rows: string[][];
}

export interface ReportSource {
	label: string;
	/** Written as text, never linked: the file makes no request and opens no address. */
	url: string | null;
	published: string | null;
}

export interface ReportView {
	id: string;
	title: string;
	subtitle: string;
	/** What the view said about itself: filters it does not follow, an error, a stale answer. */
	notes: string[];
	/** The chart with its legend; null when the view draws none (the edition detail, an empty result). */
	figure: SvgNode | null;
	/** The view's own text when it drew nothing ("No data for this selection."). */
	empty: string | null;
	/** Term and value pairs the view shows as facts (the edition detail). */
	facts: { term: string; value: string }[];
	tables: ReportTable[];
	/** Footnotes under the chart (where sources disagree), opened: paper has no toggle. */
	footnotes: { heading: string; paragraphs: string[]; items: string[] }[];
	/** The view's source line. */
	source: string;
	sources: { heading: string; items: ReportSource[] } | null;
}

/** The fixed words of the report, in the page's language. */
export interface ReportLabels {
	/** Before the dashboard's address. */
	address: string;
	filters: string;
	noFilters: string;
	contents: string;
	/** What the file is: a copy as shown, offline, with no script. */
	offline: string;
}

export interface ReportDocument {
	lang: string;
	dir: 'ltr' | 'rtl';
	/** The dashboard's heading: the award or the reader's dataset. */
	title: string;
	/** The file's `<title>`. */
	documentTitle: string;
	/** When the report was saved, as a sentence in the page's language. */
	saved: string;
	/** The dashboard's address with its filters, written as text. */
	address: string;
	labels: ReportLabels;
	fonts: EmbeddedFont[];
	keyFacts: { heading: string; paragraphs: string[] } | null;
	/** The active filters as the filter bar names them; empty: none. */
	filters: string[];
	views: ReportView[];
	/** The page's own footer line (where the data comes from). */
	footer: string | null;
}
