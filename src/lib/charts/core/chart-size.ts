/**
 * The sizes a chart is drawn at. After hydration a chart is drawn for the width it measures;
 * before (prerendered HTML) it is drawn at each `PRERENDER_WIDTHS` width and CSS container queries
 * show the one made for the container: each is shown only from its own width up, so its text is
 * scaled up, never down under 11 px.
 */
export interface ChartVariant {
	/** The layout width, in CSS pixels. */
	width: number;
	/** Shown when the container is at least this wide (the next variant's `width` ends it). */
	from: number;
}

export const PRERENDER_VARIANTS: readonly ChartVariant[] = [
	{ width: 240, from: 0 },
	{ width: 520, from: 520 },
	{ width: 860, from: 860 }
];

/** Height for a width: taller than wide on a phone would waste the screen, too flat is unreadable. */
export function chartHeight(width: number, { min = 260, max = 380, ratio = 0.5 } = {}): number {
	return Math.round(Math.max(min, Math.min(max, width * ratio)));
}

/**
 * The dashboard's main chart: seven tenths of its width on a phone (its bars need the height), wide
 * on a desktop, and never so tall that its embed, with title, legend and source, outgrows an
 * article's screen (700 px on a desktop, 800 px on a phone).
 */
export function mainChartHeight(width: number): number {
	return width < 520 ? Math.max(240, Math.round(width * 0.7)) : Math.min(340, Math.round(width * 0.4));
}
