import type { Direction } from './direction';

/**
 * The keyboard data cursor shared by every interactive chart: one mark is in the tab order
 * (roving tabindex) and the keys move it. Left/right follow the screen, so they are mirrored in
 * Arabic, where the time axis runs right to left; Home/End jump to the first/last mark; Enter
 * and Space select. Up/down are chart-specific (`vertical`), by default the next/previous mark.
 */
export type CursorAction = { move: number } | { select: true } | null;

export function cursorKey(
	key: string,
	index: number,
	count: number,
	dir: Direction,
	vertical: (index: number, step: 1 | -1) => number = (i, step) => i - step
): CursorAction {
	const forward = dir === 'rtl' ? -1 : 1;
	let next: number;
	if (key === 'ArrowRight') next = index + forward;
	else if (key === 'ArrowLeft') next = index - forward;
	else if (key === 'ArrowDown') next = vertical(index, 1);
	else if (key === 'ArrowUp') next = vertical(index, -1);
	else if (key === 'Home') next = 0;
	else if (key === 'End') next = count - 1;
	else if (key === 'Enter' || key === ' ') return { select: true };
	else return null;
	return { move: Math.max(0, Math.min(count - 1, next)) };
}
