import { scaleBand } from 'd3-scale';
import { readingRange, type Direction } from './direction';
import { FONT_SIZE, labelOverhang } from './time-axis';
import { widestText } from './text-width';

export interface MatrixCell {
	column: string;
	row: string;
	value: number;
	/** Text shown on hover and focus (e.g. the category's name as reported). */
	note: string | null;
}

export interface MatrixInput {
	columns: string[];
	rows: string[];
	cells: MatrixCell[];
	dir: Direction;
	/** Room for the row labels, on the reading side. */
	labelWidth?: number;
	cellWidth?: number;
	cellHeight?: number;
}

export interface MatrixLayout {
	width: number;
	height: number;
	columns: { key: string; center: number }[];
	rows: { key: string; center: number }[];
	/** Where row labels stand and how they anchor (physical, the SVG is pinned to ltr). */
	rowLabelX: number;
	rowLabelAnchor: 'start' | 'end';
	cells: (MatrixCell & { x: number; y: number; width: number; height: number })[];
}

/** A matrix of cells of a given size: it grows (and scrolls) with more editions instead of squeezing. */
export function layoutMatrix(input: MatrixInput): MatrixLayout {
	const { columns, rows, cells, dir, labelWidth = 190, cellWidth = 44, cellHeight = 30 } = input;
	const top = 24;
	const gridWidth = columns.length * cellWidth;
	// Room on both sides for the centred labels of the first and last columns, wider than a column.
	const edge = Math.max(4, labelOverhang(columns) - cellWidth / 2);
	const width = labelWidth + gridWidth + 2 * edge;
	const height = top + rows.length * cellHeight + 4;
	const gridLeft = dir === 'rtl' ? edge : labelWidth + (labelWidth === 0 ? edge : 0);
	const x = scaleBand<string>()
		.domain(columns)
		.range(readingRange(dir, gridLeft, gridLeft + gridWidth))
		.paddingInner(0.1);
	const y = scaleBand<string>()
		.domain(rows)
		.range([top, top + rows.length * cellHeight])
		.paddingInner(0.1);
	return {
		width,
		height,
		columns: columns.map((key) => ({ key, center: (x(key) ?? 0) + x.bandwidth() / 2 })),
		rows: rows.map((key) => ({ key, center: (y(key) ?? 0) + y.bandwidth() / 2 })),
		rowLabelX: dir === 'rtl' ? gridLeft + gridWidth + 8 : labelWidth - 8,
		rowLabelAnchor: dir === 'rtl' ? 'start' : 'end',
		cells: cells
			.filter((cell) => x(cell.column) !== undefined && y(cell.row) !== undefined)
			.map((cell) => ({
				...cell,
				x: x(cell.column) ?? 0,
				y: y(cell.row) ?? 0,
				width: x.bandwidth(),
				height: y.bandwidth()
			}))
	};
}

/**
 * The width of a grid's columns for the room it has: as wide as fits, between the least a cell can
 * be read at and the most worth drawing. Unmeasured (the prerendered page): the widest, so the grid
 * scrolls until the page measures it.
 */
export function fitColumns(
	room: number | undefined,
	columns: readonly string[],
	least: number,
	most: number
): number {
	if (room === undefined || columns.length === 0) return most;
	// Keeps the most room the end labels can take beside the grid (see `edge` in layoutMatrix).
	const ends = 2 * Math.max(4, labelOverhang(columns));
	return Math.max(least, Math.min(most, Math.floor((room - ends) / columns.length)));
}

/** The row labels' column of a grid: as wide as its longest label needs (a phone keeps room for the grid), up to `most`. */
export function rowLabelsWidth(labels: readonly string[], most: number): number {
	return Math.min(most, Math.ceil(widestText(labels, FONT_SIZE)) + 14);
}
