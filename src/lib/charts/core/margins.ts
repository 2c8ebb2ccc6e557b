import { valueAxisSide, type Direction } from './direction';

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** Margins with the room for value-axis labels on the side the axis stands on. */
export function createMargin(dir: Direction, axisRoom = 40, top = 16, bottom = 44, far = 12): Margin {
	const side = valueAxisSide(dir);
	return {
		top,
		bottom,
		left: side === 'left' ? axisRoom : far,
		right: side === 'right' ? axisRoom : far
	};
}

/** The plot rectangle inside a chart of `width` × `height`: what its margins leave. */
export interface PlotArea {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export function plotArea(margin: Margin, width: number, height: number): PlotArea {
	return { left: margin.left, right: width - margin.right, top: margin.top, bottom: height - margin.bottom };
}
