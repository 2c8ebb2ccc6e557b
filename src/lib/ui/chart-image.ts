import type { PlainRow } from '$lib/data/rows';
import { exportFileName, yearSpan, type ExportVariant } from '$lib/export/filename';

/**
 * What the Download menu and the Embed dialog need before anything is chosen; the exporters
 * themselves (`chart-export.ts`, fonts, canvas) load on the first click, outside the dashboard's
 * critical JavaScript.
 */

/** A frame's chart: the first SVG with a viewBox (legends are HTML; icons have none). */
export const CHART_SVG = 'svg[viewBox]';

/** Whether the frame has a drawn chart to turn into an image (an empty result has none). */
export function hasImage(frame: HTMLElement | undefined): boolean {
	return Boolean(frame?.querySelector(CHART_SVG));
}

export function fileNameFor(
	source: { chart: string; lang: string; rows: readonly PlainRow[] },
	variant: ExportVariant
): string {
	return exportFileName({ chart: source.chart, lang: source.lang, years: yearSpan(source.rows), variant });
}
