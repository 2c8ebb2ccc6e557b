import type { Direction } from './core/direction';
import type { MatrixCell } from './core/matrix';

/** The props every chart takes; `Mark` is what a reader selects (a row, a cell, a segment). */
export interface ChartProps<Mark> {
	/** Accessible name and longer description of the whole chart. */
	title: string;
	description: string;
	/** Key of the selected group, row or stack (e.g. the edition shown in detail): outlined. */
	selected?: string;
	/** When given, marks are buttons (click, Enter, Space) reachable with the arrow keys. */
	onselect?: (mark: Mark) => void;
	dir?: Direction;
}

/** A chart laid out for the size it is given (bars, lines). */
export interface SizedChartProps<Mark> extends ChartProps<Mark> {
	width?: number;
	height?: number;
}

/** A chart of rows by columns (a matrix, a dot strip): keys, their labels and the cells. */
export interface GridChartProps extends ChartProps<MatrixCell> {
	columns: string[];
	columnLabel: (column: string) => string;
	rows: string[];
	rowLabel: (row: string) => string;
	cells: MatrixCell[];
	color: string;
	/** Says that the grid scrolls sideways (shown while it is wider than its room). */
	scrollHint?: string;
}
