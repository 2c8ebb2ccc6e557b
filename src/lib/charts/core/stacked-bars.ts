import { scaleBand, scaleLinear } from 'd3-scale';
import { readingRange, type Direction } from './direction';
import { createMargin, type Margin } from './margins';

export interface StackGroup {
	key: string;
	label: string;
	/** The group's record is missing: drawn as "not reported", never as an empty (zero) bar. */
	missing: boolean;
}

export interface StackValue {
	group: string;
	key: string;
	value: number;
}

export interface StackSegment extends StackValue {
	x: number;
	y: number;
	width: number;
	height: number;
	/** Share of the group's total, 0–1. */
	share: number;
}

export interface StackedBarsLayout {
	margin: Margin;
	plot: { left: number; right: number; top: number; bottom: number };
	groups: (StackGroup & { x: number; width: number; center: number; total: number })[];
	segments: StackSegment[];
	yTicks: { value: number; y: number }[];
}

/**
 * Stacked bars per group, keys stacked in the given order from the baseline. In `share` mode
 * each bar is its group's 100 %; a group with no value at all keeps an empty slot.
 */
export function layoutStackedBars(input: {
	groups: StackGroup[];
	values: StackValue[];
	keys: string[];
	mode: 'count' | 'share';
	width: number;
	height: number;
	dir: Direction;
}): StackedBarsLayout {
	const { groups, values, keys, mode, width, height, dir } = input;
	const margin = createMargin(dir);
	const plot = {
		left: margin.left,
		right: width - margin.right,
		top: margin.top,
		bottom: height - margin.bottom
	};
	const x = scaleBand<string>()
		.domain(groups.map((g) => g.key))
		.range(readingRange(dir, plot.left, plot.right))
		.paddingInner(0.25)
		.paddingOuter(0.1);
	const totals = new Map(groups.map((g) => [g.key, 0]));
	for (const v of values) totals.set(v.group, (totals.get(v.group) ?? 0) + v.value);
	const top = mode === 'share' ? 1 : Math.max(1, ...totals.values());
	const y = scaleLinear().domain([0, top]).nice().range([plot.bottom, plot.top]);
	const order = new Map(keys.map((key, index) => [key, index]));
	const segments: StackSegment[] = [];
	for (const group of groups) {
		const total = totals.get(group.key) ?? 0;
		let base = 0;
		const stack = values
			.filter((v) => v.group === group.key && v.value > 0)
			.sort((a, b) => (order.get(a.key) ?? 99) - (order.get(b.key) ?? 99));
		for (const v of stack) {
			const amount = mode === 'share' ? v.value / total : v.value;
			const y0 = y(base);
			const y1 = y(base + amount);
			segments.push({
				...v,
				x: x(group.key) ?? 0,
				y: y1,
				width: x.bandwidth(),
				height: y0 - y1,
				share: v.value / total
			});
			base += amount;
		}
	}
	const ticks = mode === 'share' ? y.ticks(5) : y.ticks(5).filter(Number.isInteger);
	return {
		margin,
		plot,
		groups: groups.map((g) => ({
			...g,
			x: x(g.key) ?? 0,
			width: x.bandwidth(),
			center: (x(g.key) ?? 0) + x.bandwidth() / 2,
			total: totals.get(g.key) ?? 0
		})),
		segments,
		yTicks: ticks.map((value) => ({ value, y: y(value) }))
	};
}
