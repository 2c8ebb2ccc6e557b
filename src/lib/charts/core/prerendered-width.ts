/**
 * The laid-out widths of the prerendered chart boxes (`data-responsive`), for the hydration that
 * draws each chart once at its box's width. The script at the end of the page reads them once the
 * page is painted (src/app.html), while the layout is fresh: read during hydration, after the page
 * changed, each read would lay the page out again (~70 ms of a phone's hydration).
 */
let widths: Map<string, number> | null = null;
/** The page has hydrated: a chart drawn since (a filter that empties a view, then fills it) has no prerendered box. */
let hydrated = false;

/** The prerendered box's width, when hydrating the page that holds it. */
export function prerenderedWidth(id: string): number | undefined {
	if (typeof document === 'undefined' || hydrated) return undefined;
	if (!widths) {
		widths = window.__chartWidths ?? readWidths();
		delete window.__chartWidths;
		// Kept for the hydration that uses them only: a chart drawn later measures its own box, and
		// reading every box then would lay out, mid-update, a page the update has changed.
		queueMicrotask(() => {
			widths = null;
			hydrated = true;
		});
	}
	return widths.get(id) || undefined;
}

function readWidths(): Map<string, number> {
	return new Map(
		[...document.querySelectorAll<HTMLElement>('[data-responsive]')].map((box) => [
			box.dataset.responsive ?? '',
			box.clientWidth
		])
	);
}
