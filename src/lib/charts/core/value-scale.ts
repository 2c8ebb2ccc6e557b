import { tickIncrement, ticks as tickValues } from 'd3-array';

/** How many value ticks a plot of `height` pixels holds: about one every 45 px, 2 to 6. */
export function tickCount(height: number): number {
	return Math.max(2, Math.min(6, Math.floor(height / 45)));
}

/** A linear scale: values to pixels, its domain niced, and the round values to label it with. */
export interface LinearScale {
	(value: number): number;
	ticks: (count: number) => number[];
}

/**
 * d3's `scaleLinear` as the charts use it: the same nicing, ticks and arithmetic
 * (`r0 * (1 - t) + r1 * t`), so every mark lands where it did. d3-scale's own linear
 * scale brings colour interpolation and number formatting (d3-interpolate, d3-color, d3-format)
 * that no chart uses: ~10 kB of the dashboard's critical JS, gzip (`npm run bench`).
 */
export function linearScale(
	[low, high]: [number, number],
	[r0, r1]: [number, number],
	niceCount = 10
): LinearScale {
	const [d0, d1] = niceDomain(low, high, niceCount);
	const span = d1 - d0;
	const scale = (value: number) => {
		const t = span ? (value - d0) / span : 0.5;
		return r0 * (1 - t) + r1 * t;
	};
	scale.ticks = (count: number) => tickValues(d0, d1, count);
	return scale;
}

/**
 * A value scale whose domain is niced to the same tick step it is labelled with, so the top
 * tick always covers the highest mark (a domain niced with d3's default count of 10 can end at
 * 9 while the ticks, counted by 5, stop at 8).
 */
export function createValueScale(
	low: number,
	high: number,
	range: [number, number],
	count: number,
	integers: boolean
): { scale: LinearScale; ticks: number[] } {
	const top = Math.max(high, integers ? 1 : high > low ? high : low + 1);
	const scale = linearScale([low, top], range, count);
	const ticks = scale.ticks(count);
	return { scale, ticks: integers ? ticks.filter(Number.isInteger) : ticks };
}

/** d3-scale's `linear.nice` (d3-array's own `nice` rounds differently): the domain widened to round steps. */
function niceDomain(low: number, high: number, count: number): [number, number] {
	let [start, stop] = low <= high ? [low, high] : [high, low];
	let previous: number | undefined;
	for (let round = 0; round < 10; round++) {
		const step = tickIncrement(start, stop, count);
		if (step === previous) return low <= high ? [start, stop] : [stop, start];
		if (step > 0) {
			start = Math.floor(start / step) * step;
			stop = Math.ceil(stop / step) * step;
		} else if (step < 0) {
			start = Math.ceil(start * step) / step;
			stop = Math.floor(stop * step) / step;
		} else break;
		previous = step;
	}
	return [low, high];
}
