/**
 * Brings a chart's section to the reader after a click elsewhere chose what it shows (a bar of the
 * participation chart opens its edition in the detail): the page scrolls to it, below the sticky
 * filter bar, and focus moves to its heading so keyboard and screen-reader users follow too.
 */
export function revealChart(id: string): void {
	const section = document.getElementById(id);
	const heading = document.getElementById(`${id}-heading`) ?? section;
	if (!section || !heading) return;
	const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
	const bar = document.querySelector('.filter-bar');
	const covered = bar && getComputedStyle(bar).position === 'sticky' ? bar.getBoundingClientRect().height : 0;
	const top = section.getBoundingClientRect().top + window.scrollY - covered - 8;
	window.scrollTo({ top: Math.max(0, top), behavior: reduce ? 'instant' : 'smooth' });
	// A heading is not focusable by default; -1 keeps it out of the tab order.
	if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
	heading.focus({ preventScroll: true });
}
