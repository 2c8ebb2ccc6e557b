import { max } from 'd3-array';
import { scaleBand } from 'd3-scale';
import { createAxisFrame, type AxisFrame } from './axis-frame';
import type { Direction } from './direction';

/** A series: one bar per group, read from a row by `value` (null = not reported). */
export interface BarSeries<Row> {
	key: string;
	label: string;
	color: string;
	value: (row: Row) => number | null;
}

export interface GroupedBarsInput<Row> {
	rows: Row[];
	/** The group key of a row (e.g. its award year); groups keep the rows' order. */
	group: (row: Row) => string;
	/** The text under a group (its width thins the labels). */
	groupLabel?: (row: Row) => string;
	/** A row with no data at all (a year with no edition): drawn as a labelled gap. */
	isGap: (row: Row) => boolean;
	series: BarSeries<Row>[];
	formatValue?: (value: number) => string;
	width: number;
	height: number;
	dir: Direction;
	/** Extra room under the time labels (a row of coverage marks). */
	below?: number;
}

export interface BarMark {
	group: string;
	series: string;
	rowIndex: number;
	x: number;
	y: number;
	width: number;
	height: number;
	/** null = not reported (drawn as a placeholder, never as a zero-height bar). */
	value: number | null;
}

export interface GroupedBarsLayout extends Omit<AxisFrame, 'x' | 'y'> {
	groups: { key: string; x: number; width: number; center: number; gap: boolean; rowIndex: number }[];
	bars: BarMark[];
}

/** Height of the placeholder mark for a value no source reports. */
export const NOT_REPORTED_HEIGHT = 6;

export function layoutGroupedBars<Row>(input: GroupedBarsInput<Row>): GroupedBarsLayout {
	const { rows, series, width, height, dir } = input;
	const keys = rows.map(input.group);
	const frame = createAxisFrame({
		keys,
		labels: rows.map(input.groupLabel ?? input.group),
		top: max(rows, (row) => max(series, (s) => s.value(row) ?? 0)) ?? 0,
		formatValue: input.formatValue ?? String,
		integers: true,
		width,
		height,
		dir,
		below: input.below,
		paddingInner: 0.2
	});
	const { x, y, plot } = frame;
	const inner = scaleBand<string>()
		.domain(series.map((s) => s.key))
		.range(dir === 'rtl' ? [x.bandwidth(), 0] : [0, x.bandwidth()])
		.paddingInner(0.08);

	const groups = rows.map((row, rowIndex) => {
		const key = keys[rowIndex];
		const left = x(key) ?? 0;
		return {
			key,
			x: left,
			width: x.bandwidth(),
			center: left + x.bandwidth() / 2,
			gap: input.isGap(row),
			rowIndex
		};
	});
	const bars: BarMark[] = [];
	groups.forEach((group, rowIndex) => {
		if (group.gap) return;
		for (const s of series) {
			const value = s.value(rows[rowIndex]);
			const barTop = value === null ? plot.bottom - NOT_REPORTED_HEIGHT : y(value);
			bars.push({
				group: group.key,
				series: s.key,
				rowIndex,
				x: group.x + (inner(s.key) ?? 0),
				y: barTop,
				width: inner.bandwidth(),
				height: plot.bottom - barTop,
				value
			});
		}
	});
	const { x: _x, y: _y, ...rest } = frame;
	return { ...rest, groups, bars };
}
