import { thinTimeLabels } from './time-axis';
import { extent } from 'd3-array';
import { scalePoint } from 'd3-scale';
import { readingRange, type Direction } from './direction';
import { createMargin, plotArea, type Margin, type PlotArea } from './margins';
import { linearScale } from './value-scale';

export interface LinePoint {
	index: number;
	x: number;
	/** null = not reported: no point is drawn and the line breaks there. */
	y: number | null;
	value: number | null;
}

export interface LineLayout {
	margin: Margin;
	plot: PlotArea;
	points: LinePoint[];
	/** SVG path data, one per run of reported values (an unknown value breaks the line). */
	segments: string[];
	yTicks: { value: number; y: number }[];
	/** Indices of the points that carry a label under the axis (thinned so labels do not collide). */
	labelled: number[];
}

export interface LineInput {
	values: readonly (number | null)[];
	width: number;
	height: number;
	dir: Direction;
	/** The text under each point: labels thin by their estimated widths, on round years for years. */
	labels: readonly string[];
}

/**
 * A line over ordered labels: points evenly spaced in reading order (right to left in Arabic, the
 * value axis on the right), the value axis from 0 (or below, for negative values) to a nice top.
 */
export function layoutLine({ values, width, height, dir, labels }: LineInput): LineLayout {
	const margin = createMargin(dir, 48);
	const plot = plotArea(margin, width, height);
	const indices = values.map((_, i) => i);
	const x = scalePoint<number>()
		.domain(indices)
		.range(readingRange(dir, plot.left, plot.right))
		.padding(0.5);
	const known = values.filter((value): value is number => value !== null && Number.isFinite(value));
	const [low = 0, high = 0] = extent(known);
	const y = linearScale(
		[Math.min(0, low), Math.max(0, high) === 0 && low >= 0 ? 1 : Math.max(0, high)],
		[plot.bottom, plot.top]
	);
	const points = values.map((value, index) => {
		const reported = value !== null && Number.isFinite(value);
		return { index, x: x(index) ?? 0, y: reported ? y(value) : null, value: reported ? value : null };
	});
	const segments: string[] = [];
	let current: string[] = [];
	for (const point of points) {
		if (point.y === null) {
			if (current.length > 0) segments.push(current.join(''));
			current = [];
			continue;
		}
		current.push(`${current.length === 0 ? 'M' : 'L'}${round(point.x)},${round(point.y)}`);
	}
	if (current.length > 0) segments.push(current.join(''));
	// The same thinning as every time axis of the dashboard: one rule, whatever the chart.
	const labelled = [...thinTimeLabels(labels.map(String), labels, x.step())].sort((a, b) => a - b);
	const yTicks = y.ticks(5).map((value) => ({ value, y: y(value) }));
	return { margin, plot, points, segments, yTicks, labelled };
}

function round(n: number): number {
	return Math.round(n * 100) / 100;
}
