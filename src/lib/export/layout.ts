import { estimateWidth, wrapText } from './svg-text';

/**
 * Where the parts of an exported image go: title, subtitle, legend, chart, source line, credit.
 * Pure numbers, so the layouts are tested without a browser. Two layouts: the figure (the chart's own
 * width, as tall as its text needs) and the 1200 × 630 social card (fixed size, chart fitted inside).
 */
export type Direction = 'ltr' | 'rtl';

export interface ExportText {
	title: string;
	subtitle: string;
	source: string;
	credit: string;
}

export interface LegendEntry {
	label: string;
	/** null: the "not reported" swatch, drawn hatched. */
	color: string | null;
}

export interface TextBlock {
	lines: string[];
	/** Baseline of the first line. */
	y: number;
	fontSize: number;
	lineHeight: number;
	weight: 400 | 700;
	tone: 'foreground' | 'muted';
}

export interface PlacedLegendItem extends LegendEntry {
	/** Physical left edge of the swatch. */
	swatchX: number;
	/** Anchor of the label: left of the text in ltr, right of it in rtl. */
	textX: number;
	/** Vertical centre of the row. */
	y: number;
}

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface ExportLayout {
	width: number;
	height: number;
	dir: Direction;
	/** x of every text block: its start edge (left in ltr, right in rtl). */
	textX: number;
	blocks: TextBlock[];
	legend: PlacedLegendItem[];
	legendFontSize: number;
	/** Where the chart is drawn; its aspect ratio is kept (`preserveAspectRatio` meet). */
	chart: Box;
}

const SWATCH = 12;

/** Legend items in rows that wrap at `width`, flowing from the start edge of the direction. */
export function placeLegend(
	entries: readonly LegendEntry[],
	options: { left: number; width: number; top: number; fontSize: number; dir: Direction }
): { items: PlacedLegendItem[]; height: number } {
	const { left, width, top, fontSize, dir } = options;
	const swatch = Math.round(fontSize * 1.05) || SWATCH;
	const rowHeight = Math.round(fontSize * 1.7);
	const items: PlacedLegendItem[] = [];
	let offset = 0;
	let row = 0;
	for (const entry of entries) {
		const itemWidth = swatch + fontSize * 0.5 + estimateWidth(entry.label, fontSize);
		if (offset > 0 && offset + itemWidth > width) {
			row += 1;
			offset = 0;
		}
		const y = top + row * rowHeight + rowHeight / 2;
		if (dir === 'ltr') {
			const x = left + offset;
			items.push({ ...entry, swatchX: x, textX: x + swatch + fontSize * 0.5, y });
		} else {
			const right = left + width - offset;
			items.push({ ...entry, swatchX: right - swatch, textX: right - swatch - fontSize * 0.5, y });
		}
		offset += itemWidth + fontSize * 1.5;
	}
	return { items, height: entries.length === 0 ? 0 : (row + 1) * rowHeight };
}

function block(
	text: string,
	top: number,
	width: number,
	fontSize: number,
	weight: 400 | 700,
	tone: 'foreground' | 'muted',
	maxLines = Infinity
): { block: TextBlock; height: number } {
	const lines = text ? wrapText(text, width, fontSize, maxLines) : [];
	const lineHeight = Math.round(fontSize * 1.3);
	return {
		block: { lines, y: top + fontSize, fontSize, lineHeight, weight, tone },
		height: lines.length === 0 ? 0 : lines.length * lineHeight
	};
}

/** The downloadable figure: the chart at its own size with its title, subtitle, legend and source. */
export function figureLayout(input: {
	chartWidth: number;
	chartHeight: number;
	text: ExportText;
	legend: readonly LegendEntry[];
	dir: Direction;
}): ExportLayout {
	const padding = 16;
	const width = input.chartWidth + 2 * padding;
	const inner = input.chartWidth;
	let y = padding;
	const title = block(input.text.title, y, inner, 18, 700, 'foreground');
	y += title.height + 4;
	const subtitle = block(input.text.subtitle, y, inner, 12, 400, 'muted');
	y += subtitle.height + 8;
	const legendFontSize = 11;
	const legend = placeLegend(input.legend, {
		left: padding,
		width: inner,
		top: y,
		fontSize: legendFontSize,
		dir: input.dir
	});
	y += legend.height + (legend.height ? 4 : 0);
	const chart = { x: padding, y, width: inner, height: input.chartHeight };
	y += chart.height + 8;
	const source = block(input.text.source, y, inner, 10, 400, 'muted');
	y += source.height + 2;
	const credit = block(input.text.credit, y, inner, 10, 700, 'muted');
	y += credit.height + padding;
	return {
		width,
		height: Math.ceil(y),
		dir: input.dir,
		textX: input.dir === 'ltr' ? padding : width - padding,
		blocks: [title.block, subtitle.block, source.block, credit.block],
		legend: legend.items,
		legendFontSize,
		chart
	};
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * The 1200 × 630 social card: the chart takes most of the card. A one-line title on top (two at
 * most), the legend in one compact row under it, source and credit in small type at the bottom,
 * and the chart, aspect kept, as large as the rest allows.
 */
export function cardLayout(input: {
	chartWidth: number;
	chartHeight: number;
	text: ExportText;
	legend: readonly LegendEntry[];
	dir: Direction;
}): ExportLayout {
	const padding = 48;
	const top = 28;
	const bottom = 24;
	const inner = CARD_WIDTH - 2 * padding;
	let y = top;
	const title = block(input.text.title, y, inner, 30, 700, 'foreground', 2);
	y += title.height + 8;
	const legendFontSize = 15;
	const legend = placeLegend(input.legend, {
		left: padding,
		width: inner,
		top: y,
		fontSize: legendFontSize,
		dir: input.dir
	});
	y += legend.height + (legend.height ? 6 : 0);
	// Bottom up: the credit, then the source line above it.
	const creditSize = 15;
	const sourceSize = 14;
	const creditTop = CARD_HEIGHT - bottom - Math.round(creditSize * 1.3);
	const credit = block(input.text.credit, creditTop, inner, creditSize, 700, 'foreground', 1);
	const sourceLines = wrapText(input.text.source, inner, sourceSize, 2);
	const sourceTop = creditTop - 2 - sourceLines.length * Math.round(sourceSize * 1.3);
	const source = block(input.text.source, sourceTop, inner, sourceSize, 400, 'muted', 2);
	const chartBottom = sourceTop - 10;
	const available = { width: inner, height: Math.max(0, chartBottom - y) };
	const scale = Math.min(available.width / input.chartWidth, available.height / input.chartHeight);
	const chartWidth = input.chartWidth * scale;
	const chartHeight = input.chartHeight * scale;
	const chart = {
		x: padding + (available.width - chartWidth) / 2,
		y: y + (available.height - chartHeight) / 2,
		width: chartWidth,
		height: chartHeight
	};
	return {
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		dir: input.dir,
		textX: input.dir === 'ltr' ? padding : CARD_WIDTH - padding,
		blocks: [title.block, source.block, credit.block],
		legend: legend.items,
		legendFontSize,
		chart
	};
}
