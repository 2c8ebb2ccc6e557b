import { scaleBand, type ScaleBand } from 'd3-scale';
import { readingRange, valueAxisSide, type Direction } from './direction';
import type { Margin, PlotArea } from './margins';
import { FONT_SIZE, labelOverhang, thinTimeLabels, valueAxisRoom } from './time-axis';
import { createValueScale, tickCount } from './value-scale';

/** What the bar charts over a time axis share: the plot, the value scale and the labelled groups. */
export interface AxisFrameInput {
	/** Group keys in time order (award years), and the text under each. */
	keys: string[];
	labels: string[];
	/** The highest value drawn (a bar's or a stack's top). */
	top: number;
	/** Formats a value tick as drawn (its width sets the room of the value axis). */
	formatValue: (value: number) => string;
	integers: boolean;
	width: number;
	height: number;
	dir: Direction;
	/** Extra room under the time labels (e.g. a row of coverage marks). */
	below?: number;
	paddingInner: number;
}

export interface AxisFrame {
	margin: Margin;
	plot: PlotArea;
	x: ScaleBand<string>;
	y: (value: number) => number;
	yTicks: { value: number; y: number }[];
	/** Indices of the groups whose label is drawn (thinned so that labels never collide). */
	labelled: Set<number>;
	/** Baseline of the time labels, and of the row under them. */
	labelY: number;
	belowY: number;
}

/** Room from the plot's bottom to the time labels' baseline: clear of the value axis' "0". */
const LABEL_DROP = 20;

export function createAxisFrame(input: AxisFrameInput): AxisFrame {
	const { keys, labels, width, height, dir, below = 0 } = input;
	const top = 12;
	const bottom = LABEL_DROP + 8 + below;
	const count = tickCount(height - top - bottom);
	const range: [number, number] = [height - bottom, top];
	const { scale, ticks } = createValueScale(0, input.top, range, count, input.integers);
	const axisRoom = valueAxisRoom(ticks.map(input.formatValue));
	const overhang = labelOverhang(labels);
	const axisLeft = valueAxisSide(dir) === 'left';
	const margin: Margin = {
		top,
		bottom,
		left: axisLeft ? Math.max(axisRoom, overhang) : overhang,
		right: axisLeft ? overhang : Math.max(axisRoom, overhang)
	};
	const plot: PlotArea = { left: margin.left, right: width - margin.right, top, bottom: height - bottom };
	const x = scaleBand<string>()
		.domain(keys)
		.range(readingRange(dir, plot.left, plot.right))
		.paddingInner(input.paddingInner)
		.paddingOuter(0.1);
	const labelled = thinTimeLabels(keys, labels, x.step());
	return {
		margin,
		plot,
		x,
		y: scale,
		yTicks: ticks.map((value) => ({ value, y: scale(value) })),
		labelled,
		labelY: plot.bottom + LABEL_DROP,
		belowY: plot.bottom + LABEL_DROP + 6 + FONT_SIZE / 2
	};
}

/**
 * The gaps (years without an edition) that carry their label, written upwards in the gap: the
 * first of each run of gaps, where the gap is wide enough for a line of text and the plot tall
 * enough for the words.
 */
export function labelledGaps(
	gaps: readonly boolean[],
	band: number,
	room: number,
	textWidth: number
): Set<number> {
	if (band < FONT_SIZE + 3 || textWidth > room) return new Set();
	return new Set(gaps.flatMap((gap, i) => (gap && !gaps[i - 1] ? [i] : [])));
}
