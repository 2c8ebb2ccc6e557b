/**
 * What the on-screen tooltip of every chart needs from the DOM, kept apart from any chart: which
 * element is a mark, what it says, and where its box goes. Charts only have to draw marks that
 * carry their value (`class="mark"`, `data-value`, `data-tip`, or a "not reported" mark).
 */

/** Marks of every chart kind: interactive ones (`.mark`), and static ones that carry a value. */
export const MARK_SELECTOR = '.mark, [data-value], [data-tip], .not-reported';

/** The mark an event happened on, if it is a mark of a chart inside `root`. */
export function findMark(target: EventTarget | null, root: Element): SVGElement | null {
	if (!(target instanceof Element)) return null;
	const mark = target.closest(MARK_SELECTOR);
	if (!(mark instanceof SVGElement) || !root.contains(mark)) return null;
	return mark.closest('svg') ? mark : null;
}

/**
 * What a mark says: its `data-tip` (a longer text than its name), else its accessible name
 * (`aria-label` of an interactive mark), else the `<title>` a static mark carries.
 */
export function markText(mark: Element): string {
	const tip = mark.getAttribute('data-tip') ?? mark.getAttribute('aria-label');
	if (tip) return tip.trim();
	const title = [...mark.children].find((child) => child.tagName.toLowerCase() === 'title');
	return title?.textContent?.trim() ?? '';
}

/** The parts of a mark's text, one line each: names join facts with " · " and "; ". */
export function tipLines(text: string): string[] {
	return text
		.split(/ · |; /)
		.map((line) => line.trim())
		.filter(Boolean);
}

export interface Box {
	left: number;
	top: number;
	width: number;
	height: number;
}

/**
 * Where the tooltip goes: centred above the mark, below it when there is no room above, always
 * `margin` px inside the viewport (a phone is narrower than a tooltip beside an edge bar).
 */
export function placeTip(
	mark: Box,
	tip: { width: number; height: number },
	viewport: { width: number; height: number },
	margin = 8,
	gap = 8
): { left: number; top: number } {
	const centre = mark.left + mark.width / 2;
	const maxLeft = Math.max(margin, viewport.width - tip.width - margin);
	const left = Math.min(Math.max(centre - tip.width / 2, margin), maxLeft);
	const above = mark.top - gap - tip.height;
	const below = mark.top + mark.height + gap;
	const fitsBelow = below + tip.height <= viewport.height - margin;
	const top = above >= margin || !fitsBelow ? above : below;
	const maxTop = Math.max(margin, viewport.height - tip.height - margin);
	return { left, top: Math.min(Math.max(top, margin), maxTop) };
}
