import type { Direction } from './core/direction';

/**
 * The keyboard data cursor shared by interactive charts: arrow keys move between marks in
 * reading order (mirrored in right-to-left), Home/End jump to the ends. Returns the next index,
 * or null for a key the cursor does not handle.
 */
export function moveCursor(index: number, key: string, count: number, dir: Direction): number | null {
	if (count === 0) return null;
	const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
	const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
	if (key === forward || key === 'ArrowDown') return Math.min(count - 1, index + 1);
	if (key === backward || key === 'ArrowUp') return Math.max(0, index - 1);
	if (key === 'Home') return 0;
	if (key === 'End') return count - 1;
	return null;
}

/**
 * Keydown handler of a mark (`data-mark`) inside a chart's SVG: Enter or Space chooses it, the
 * cursor keys move focus and the roving tab stop. Returns the index of the mark now active.
 */
export function markKeydown(
	event: KeyboardEvent,
	index: number,
	count: number,
	dir: Direction,
	choose: () => void
): number {
	if (event.key === 'Enter' || event.key === ' ') {
		event.preventDefault();
		choose();
		return index;
	}
	const next = moveCursor(index, event.key, count, dir);
	if (next === null) return index;
	event.preventDefault();
	const chart = (event.currentTarget as Element).closest('svg');
	chart?.querySelectorAll<SVGElement>('[data-mark]')[next]?.focus();
	return next;
}
