import { specById } from '$lib/catalog';
import { csvDownload, recordsToSpreadsheetCsv } from '$lib/data/csv';
import type { Filters } from '$lib/data/filters';
import type { PlainRow } from '$lib/data/rows';
import { createFormatters, isLang, type Messages } from '$lib/i18n';
import type { ExportVariant } from '$lib/export/filename';
import { cardLayout, figureLayout, type Direction, type ExportText } from '$lib/export/layout';
import { standaloneSvg } from '$lib/export/standalone';
import { fileNameFor } from './chart-image';
import { downloadBlob } from './download';
import { captureFrame, embeddedFontCss, hasArabic, rasterise } from './export-image';
import { exportTitle, labelledRecords } from './export-text';

export { downloadBlob };

/** One chart frame's downloads: what the Download menu and the Embed dialog's PNG fallback call. */
export interface ChartExportSource {
	chart: string;
	lang: string;
	dir: Direction;
	text: ExportText;
	/** The page's messages (its language's): the export's title and column names. */
	messages: Messages;
	rows: readonly PlainRow[];
	/** The filters the rows were queried with (the title names those the chart follows). */
	filters: Filters;
	frame: HTMLElement;
}

/** The image's text: the title names the years and filters shown; the subtitle has no instructions. */
function imageText(source: ChartExportSource): ExportText {
	const lang = isLang(source.lang) ? source.lang : 'en';
	const format = createFormatters(lang);
	return {
		...source.text,
		title: exportTitle({
			title: source.text.title,
			rows: source.rows,
			filters: source.filters,
			filteredBy: specById(source.chart)?.filteredBy ?? [],
			messages: source.messages,
			formatYear: format.year
		})
	};
}

/** The standalone SVG of the frame's chart as a figure or as the social card, fonts inlined. */
export async function chartSvg(
	source: ChartExportSource,
	kind: 'figure' | 'card'
): Promise<{ markup: string; width: number; height: number }> {
	const capture = captureFrame(source.frame);
	if (!capture) throw new Error('No chart to export');
	const text = imageText(source);
	const input = {
		chartWidth: capture.chart.width,
		chartHeight: capture.chart.height,
		text,
		legend: capture.legend,
		dir: source.dir
	};
	const layout = kind === 'card' ? cardLayout(input) : figureLayout(input);
	const allText = Object.values(text).join(' ') + capture.chart.markup;
	const fontCss = await embeddedFontCss(source.dir === 'rtl' || hasArabic(allText));
	const markup = standaloneSvg({
		chart: capture.chart,
		layout,
		theme: capture.theme,
		lang: source.lang,
		fontCss
	});
	return { markup, width: layout.width, height: layout.height };
}

export async function chartPng(source: ChartExportSource, variant: 'png' | 'png-2x' | 'card'): Promise<Blob> {
	const svg = await chartSvg(source, variant === 'card' ? 'card' : 'figure');
	return rasterise(svg.markup, svg.width, svg.height, variant === 'png-2x' ? 2 : 1);
}

export async function download(source: ChartExportSource, variant: ExportVariant): Promise<void> {
	const name = fileNameFor(source, variant);
	if (variant === 'csv') {
		const table = labelledRecords(source.rows, source.messages);
		downloadBlob(csvDownload(recordsToSpreadsheetCsv(table.rows, table.columns)), name);
	} else if (variant === 'svg') {
		const svg = await chartSvg(source, 'figure');
		downloadBlob(new Blob([svg.markup], { type: 'image/svg+xml' }), name);
	} else downloadBlob(await chartPng(source, variant), name);
}
