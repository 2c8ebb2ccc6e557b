import { createAxisFrame, type AxisFrame } from './axis-frame';
import type { Direction } from './direction';
import { NOT_REPORTED_HEIGHT } from './grouped-bars';

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

/** A group with no bar: a year with no edition (`gap`), or an edition no source reports on. */
export type GroupStatus = 'gap' | 'not-reported';

export interface StackedBarsInput {
	/** The groups in time order (each is one bar), every year of the axis. */
	groups: string[];
	/** The text under each group (its width thins the labels); the keys when not given. */
	groupLabels?: string[];
	/** Groups drawn without a bar, by key. */
	status?: ReadonlyMap<string, GroupStatus>;
	stacks: StackKey[];
	data: StackDatum[];
	/** `share`: every bar is 100 % and a segment is its share of the bar. */
	mode: 'count' | 'share';
	/** Formats a value tick as drawn (a count, or a share in `share` mode). */
	formatValue?: (value: number) => string;
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

export interface StackedBarsLayout extends Omit<AxisFrame, 'x' | 'y' | 'yTicks'> {
	groups: { key: string; x: number; width: number; center: number; total: number; status?: GroupStatus }[];
	segments: Segment[];
	yTicks: { value: number; y: number; label: 'count' | 'share' }[];
	/** Height of the placeholder of a group no source reports on. */
	placeholder: number;
}

export function layoutStackedBars(input: StackedBarsInput): StackedBarsLayout {
	const { groups, stacks, data, mode, width, height, dir } = input;
	const byGroup = new Map<string, Map<string, number>>();
	for (const datum of data) {
		const cell = byGroup.get(datum.group) ?? new Map<string, number>();
		cell.set(datum.stack, (cell.get(datum.stack) ?? 0) + datum.value);
		byGroup.set(datum.group, cell);
	}
	const totals = new Map(
		groups.map((g) => [g, [...(byGroup.get(g)?.values() ?? [])].reduce((a, b) => a + b, 0)])
	);
	const frame = createAxisFrame({
		keys: groups,
		labels: input.groupLabels ?? groups,
		top: mode === 'share' ? 1 : Math.max(1, ...totals.values()),
		formatValue: input.formatValue ?? String,
		integers: mode === 'count',
		width,
		height,
		dir,
		paddingInner: 0.25
	});
	const { x, y } = frame;

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
		const status = input.status?.get(key);
		return { key, x: left, width: x.bandwidth(), center: left + x.bandwidth() / 2, total, status };
	});
	const { x: _x, y: _y, yTicks, ...rest } = frame;
	return {
		...rest,
		groups: bands,
		segments,
		yTicks: yTicks.map((tick) => ({ ...tick, label: mode })),
		placeholder: NOT_REPORTED_HEIGHT
	};
}
