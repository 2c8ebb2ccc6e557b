import { scaleBand } from 'd3-scale';
import { readingRange, type Direction } from './direction';

export interface MatrixCell {
	column: string;
	row: string;
	value: number;
}

export interface MatrixLayout {
	width: number;
	height: number;
	columns: { key: string; x: number; center: number }[];
	rows: { key: string; y: number; center: number; labelX: number; anchor: 'start' | 'end' }[];
	cells: (MatrixCell & { x: number; y: number; size: number })[];
	cellWidth: number;
	cellHeight: number;
}

/**
 * A matrix of columns (editions) × rows (categories). Cells keep a fixed size, so a wide matrix
 * grows (and its container scrolls) instead of squeezing its labels. Row labels stand at the
 * reading start: left in ltr, right in rtl, where the columns also begin.
 */
export function layoutMatrix(input: {
	columns: string[];
	rows: string[];
	cells: MatrixCell[];
	dir: Direction;
	labelRoom?: number;
	cellWidth?: number;
	cellHeight?: number;
}): MatrixLayout {
	const { columns, rows, cells, dir, labelRoom = 190, cellWidth = 44, cellHeight = 30 } = input;
	const header = 26;
	const width = labelRoom + columns.length * cellWidth + 8;
	const height = header + rows.length * cellHeight + 4;
	const plotStart = dir === 'rtl' ? 8 : labelRoom;
	const plotEnd = plotStart + columns.length * cellWidth;
	const x = scaleBand<string>()
		.domain(columns)
		.range(readingRange(dir, plotStart, plotEnd))
		.padding(0.08);
	const y = scaleBand<string>()
		.domain(rows)
		.range([header, header + rows.length * cellHeight])
		.padding(0.08);
	return {
		width,
		height,
		cellWidth: x.bandwidth(),
		cellHeight: y.bandwidth(),
		columns: columns.map((key) => ({ key, x: x(key) ?? 0, center: (x(key) ?? 0) + x.bandwidth() / 2 })),
		rows: rows.map((key) => ({
			key,
			y: y(key) ?? 0,
			center: (y(key) ?? 0) + y.bandwidth() / 2,
			labelX: dir === 'rtl' ? width - 6 : labelRoom - 6,
			anchor: 'end'
		})),
		cells: cells.map((cell) => ({
			...cell,
			x: x(cell.column) ?? 0,
			y: y(cell.row) ?? 0,
			size: x.bandwidth()
		}))
	};
}
