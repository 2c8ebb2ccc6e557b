import { scaleLinear, scaleSqrt } from 'd3-scale';
import { readingRange, type Direction } from './direction';

export interface StripRow {
	key: string;
	/** Award years and the prizes won that year. */
	dots: { year: number; value: number }[];
}

export interface DotStripLayout {
	width: number;
	height: number;
	rows: { key: string; y: number; labelX: number; countX: number }[];
	dots: { row: string; year: number; value: number; cx: number; cy: number; r: number }[];
	years: { year: number; x: number }[];
	axis: { left: number; right: number };
}

/**
 * One line per institution, a dot per award year (area ∝ prizes that year) on a shared time axis.
 * Names stand at the reading start, the prize count at the reading end.
 */
export function layoutDotStrip(input: {
	rows: StripRow[];
	years: [number, number];
	dir: Direction;
	width?: number;
	rowHeight?: number;
	labelRoom?: number;
}): DotStripLayout {
	const { rows, years, dir, width = 720, rowHeight = 26, labelRoom = 170 } = input;
	const top = 24;
	const height = top + rows.length * rowHeight + 8;
	const countRoom = 36;
	const start = dir === 'rtl' ? countRoom : labelRoom;
	const end = dir === 'rtl' ? width - labelRoom : width - countRoom;
	const x = scaleLinear()
		.domain(years)
		.range(readingRange(dir, start + 10, end - 10));
	const maxValue = Math.max(1, ...rows.flatMap((row) => row.dots.map((dot) => dot.value)));
	const r = scaleSqrt().domain([0, maxValue]).range([0, 9]);
	const tickYears: number[] = [];
	for (let year = years[0]; year <= years[1]; year += years[1] - years[0] > 10 ? 2 : 1) tickYears.push(year);
	return {
		width,
		height,
		axis: { left: start, right: end },
		years: tickYears.map((year) => ({ year, x: x(year) })),
		rows: rows.map((row, index) => ({
			key: row.key,
			y: top + index * rowHeight + rowHeight / 2,
			labelX: dir === 'rtl' ? width - 4 : labelRoom - 8,
			countX: dir === 'rtl' ? 4 : width - 4
		})),
		dots: rows.flatMap((row, index) =>
			row.dots.map((dot) => ({
				row: row.key,
				...dot,
				cx: x(dot.year),
				cy: top + index * rowHeight + rowHeight / 2,
				r: Math.max(3, r(dot.value))
			}))
		)
	};
}
