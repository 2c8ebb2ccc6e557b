import { scaleLinear, type ScaleLinear } from 'd3-scale';

/** How many value ticks a plot of `height` pixels holds: about one every 45 px, 2 to 6. */
export function tickCount(height: number): number {
	return Math.max(2, Math.min(6, Math.floor(height / 45)));
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
): { scale: ScaleLinear<number, number>; ticks: number[] } {
	const top = Math.max(high, integers ? 1 : high > low ? high : low + 1);
	const scale = scaleLinear().domain([low, top]).nice(count).range(range);
	const ticks = scale.ticks(count);
	return { scale, ticks: integers ? ticks.filter(Number.isInteger) : ticks };
}
