/**
 * The one place that decides how a chart mirrors in right-to-left languages.
 * Decision: in Arabic the whole chart mirrors, time included. Editions run from right (oldest)
 * to left (newest), as an Arabic reader reads a row of the data table, and the value axis
 * stands on the right, where the reading starts.
 */
export type Direction = 'ltr' | 'rtl';

/** Does the time (edition) axis run right to left? */
export function timeRunsLeftward(dir: Direction): boolean {
	return dir === 'rtl';
}

/** A horizontal pixel range in reading order. */
export function readingRange(dir: Direction, start: number, end: number): [number, number] {
	return timeRunsLeftward(dir) ? [end, start] : [start, end];
}

/** Which side the value axis stands on. */
export function valueAxisSide(dir: Direction): 'left' | 'right' {
	return dir === 'rtl' ? 'right' : 'left';
}

/** SVG `text-anchor` for text that starts at the reading edge. */
export function startAnchor(dir: Direction): 'start' | 'end' {
	return dir === 'rtl' ? 'end' : 'start';
}
