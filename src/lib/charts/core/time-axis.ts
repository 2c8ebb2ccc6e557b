import { estimateTextWidth, widestText } from './text-width';

/** The font size of chart text, in CSS pixels: never smaller, at any width. */
export const FONT_SIZE = 11;
/** Room kept free between two neighbouring labels. */
const LABEL_GAP = 8;
/** Steps between labelled years, in years: round numbers a reader counts in. */
const STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500];

/**
 * Which groups of a time axis carry a label, so that labels never collide: every `step`-th year,
 * `step` the smallest round number of years whose span holds the widest label. Years are labelled
 * where `year % step === 0` (2010, 2020…), so the labels stay on round years whatever the range;
 * keys that are not years fall back to every `step`-th group.
 */
export function thinTimeLabels(
	keys: readonly string[],
	labels: readonly string[],
	band: number
): Set<number> {
	if (keys.length === 0) return new Set();
	const needed = widestText(labels, FONT_SIZE) + LABEL_GAP;
	const step = STEPS.find((s) => s * band >= needed) ?? Math.ceil(needed / Math.max(band, 0.01));
	if (step === 1) return new Set(keys.map((_, i) => i));
	const years = keys.map(Number);
	const numeric = years.every((year, i) => Number.isInteger(year) && (i === 0 || year === years[i - 1] + 1));
	const chosen = keys.map((_, i) => i).filter((i) => (numeric ? years[i] % step === 0 : i % step === 0));
	// A short range may hold no round year: label its first group at least.
	return new Set(chosen.length > 0 ? chosen : [0]);
}

/** Half the widest label: the room an axis end needs so that its centred label is not cut. */
export function labelOverhang(labels: readonly string[]): number {
	return Math.ceil(widestText(labels, FONT_SIZE) / 2) + 2;
}

/** Room for the value axis' labels: the widest tick label and the gap to the plot. */
export function valueAxisRoom(labels: readonly string[]): number {
	return Math.max(28, Math.ceil(widestText(labels, FONT_SIZE)) + 12);
}

/** Does a text of `length` characters fit in `room` pixels at the chart's font size? */
export function fits(text: string, room: number): boolean {
	return estimateTextWidth(text, FONT_SIZE) <= room;
}
