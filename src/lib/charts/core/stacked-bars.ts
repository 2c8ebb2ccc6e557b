import { scaleBand, scaleLinear } from 'd3-scale';
import { readingRange, type Direction } from './direction';
import { createMargin, plotArea, type Margin, type PlotArea } from './margins';

/** One layer of the stack (e.g. an institution type), in the order it is stacked from the axis up. */
export interface StackKey {
	key: string;
	label: string;
	color: string;
	/** Drawn hatched with a dashed outline (e.g. prizes withheld: counted, but not awarded). */
	hatched?: boolean;
}

/** One value: a group (e.g. an award year) and a layer, with a count. */
export interface StackDatum {
	group: string;
	stack: string;
	value: number;
}

export interface StackedBarsInput {
	/** The groups in time order (each is one bar). */
	groups: string[];
	stacks: StackKey[];
	data: StackDatum[];
	/** `share`: every bar is 100 % and a segment is its share of the bar. */
	mode: 'count' | 'share';
	width: number;
	height: number;
	dir: Direction;
}

export interface Segment {
	group: string;
	stack: string;
	value: number;
	/** Share of its bar, 0…1. */
	share: number;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface StackedBarsLayout {
	margin: Margin;
	plot: PlotArea;
	groups: { key: string; x: number; width: number; center: number; total: number }[];
	segments: Segment[];
	yTicks: { value: number; y: number; label: 'count' | 'share' }[];
}

export function layoutStackedBars(input: StackedBarsInput): StackedBarsLayout {
	const { groups, stacks, data, mode, width, height, dir } = input;
	const margin = createMargin(dir);
	const plot = plotArea(margin, width, height);
	const x = scaleBand<string>()
		.domain(groups)
		.range(readingRange(dir, plot.left, plot.right))
		.paddingInner(0.25)
		.paddingOuter(0.1);
	const byGroup = new Map<string, Map<string, number>>();
	for (const datum of data) {
		const cell = byGroup.get(datum.group) ?? new Map<string, number>();
		cell.set(datum.stack, (cell.get(datum.stack) ?? 0) + datum.value);
		byGroup.set(datum.group, cell);
	}
	const totals = new Map(
		groups.map((g) => [g, [...(byGroup.get(g)?.values() ?? [])].reduce((a, b) => a + b, 0)])
	);
	const top = mode === 'share' ? 1 : Math.max(1, ...totals.values());
	const y = scaleLinear().domain([0, top]).nice().range([plot.bottom, plot.top]);

	const segments: Segment[] = [];
	const bands = groups.map((key) => {
		const left = x(key) ?? 0;
		const total = totals.get(key) ?? 0;
		let base = 0;
		for (const stack of stacks) {
			const value = byGroup.get(key)?.get(stack.key) ?? 0;
			if (value <= 0) continue;
			const amount = mode === 'share' ? value / total : value;
			const y0 = y(base);
			const y1 = y(base + amount);
			segments.push({
				group: key,
				stack: stack.key,
				value,
				share: value / total,
				x: left,
				y: y1,
				width: x.bandwidth(),
				height: y0 - y1
			});
			base += amount;
		}
		return { key, x: left, width: x.bandwidth(), center: left + x.bandwidth() / 2, total };
	});
	const yTicks = y
		.ticks(mode === 'share' ? 4 : 5)
		.filter((value) => mode === 'share' || Number.isInteger(value))
		.map((value) => ({ value, y: y(value), label: mode }));
	return { margin, plot, groups: bands, segments, yTicks };
}
