import { figureLayout, type Direction } from '$lib/export/layout';
import { paperTheme } from '$lib/export/paper-theme';
import { standaloneSvg } from '$lib/export/standalone';
import type { ReportSource, ReportTable, ReportView, SvgNode } from '$lib/report/types';
import { hasImage } from './chart-image';
import { captureFrame } from './export-image';

/**
 * Reads a chart frame as the reader sees it into the report's plain parts: text as shown, tables
 * cell by cell, the chart through the same capture as the SVG download (current rows, colours,
 * legend). Only generic markup is read (a frame's heading, tables, term lists, source list), so any
 * dataset the dashboard shows is read the same way.
 */

/** Text as shown, on one line. */
export function shownText(node: Element | null | undefined): string {
	return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Elements of the frame itself, not of its tooltip. */
function within<T extends Element>(frame: Element, selector: string): T[] {
	return [...frame.querySelectorAll<T>(selector)].filter((node) => !node.closest('[role="tooltip"]'));
}

export function svgTree(element: Element): SvgNode {
	return {
		name: element.localName,
		attributes: [...element.attributes].map((attribute) => [attribute.name, attribute.value]),
		children: [...element.childNodes].flatMap((child): (SvgNode | string)[] =>
			child.nodeType === Node.ELEMENT_NODE
				? [svgTree(child as Element)]
				: child.nodeType === Node.TEXT_NODE
					? [child.nodeValue ?? '']
					: []
		)
	};
}

/** The chart with its legend, as the SVG download draws it (without the texts the report writes itself). */
function figureOf(frame: HTMLElement, lang: string, dir: Direction): SvgNode | null {
	const capture = hasImage(frame) ? captureFrame(frame) : null;
	if (!capture) return null;
	const layout = figureLayout({
		chartWidth: capture.chart.width,
		chartHeight: capture.chart.height,
		text: { title: '', subtitle: '', source: '', credit: '' },
		legend: capture.legend,
		dir
	});
	// On paper, whatever the reader's screen: the light palette.
	const markup = standaloneSvg({ chart: capture.chart, layout, theme: paperTheme(capture.theme), lang });
	const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
	return parsed.querySelector('parsererror') ? null : svgTree(parsed.documentElement);
}

function tableOf(table: HTMLTableElement): ReportTable {
	const head = [...table.querySelectorAll('thead th')];
	return {
		caption: shownText(table.caption),
		columns: head.map((cell) => ({ label: shownText(cell), numeric: cell.classList.contains('numeric') })),
		rows: [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((row) =>
			[...row.cells].map((cell) => shownText(cell))
		)
	};
}

function factsOf(frame: HTMLElement): ReportView['facts'] {
	return within<HTMLElement>(frame, 'dl dt').map((term) => {
		const value = term.nextElementSibling;
		return { term: shownText(term), value: value?.localName === 'dd' ? shownText(value) : '' };
	});
}

function sourcesOf(frame: HTMLElement): ReportView['sources'] {
	const list = frame.querySelector('.view-sources');
	if (!list) return null;
	const items = [...list.querySelectorAll('li')].map((item): ReportSource => {
		const link = item.querySelector('a[href]');
		const written = item.querySelector('span[dir="ltr"]:not(.published)');
		return {
			label: shownText(item.querySelector('bdi') ?? link),
			url: link?.getAttribute('href') ?? (written ? shownText(written) : null),
			published: shownText(item.querySelector('.published')) || null
		};
	});
	return { heading: shownText(list.querySelector('.view-sources-title')), items };
}

function footnotesOf(frame: HTMLElement): ReportView['footnotes'] {
	return within(frame, 'details.footnote').map((note) => ({
		heading: shownText(note.querySelector('summary')),
		paragraphs: [...note.querySelectorAll(':scope > p')].map(shownText).filter(Boolean),
		items: [...note.querySelectorAll('li')].map(shownText)
	}));
}

export function captureView(frame: HTMLElement, lang: string, dir: Direction): ReportView {
	const subtitle = frame.querySelector('.subtitle');
	const hint = subtitle?.querySelector('.hint');
	const subtitleText = shownText(subtitle);
	return {
		id: frame.id,
		title: shownText(frame.querySelector('.chart-title')),
		// The hint says what a click does: nothing to click on paper.
		subtitle: hint ? subtitleText.replace(shownText(hint), '').trim() : subtitleText,
		notes: within(frame, '.not-filtered, .chart-error > span').map(shownText).filter(Boolean),
		figure: figureOf(frame, lang, dir),
		empty: shownText(frame.querySelector('.empty')) || null,
		facts: factsOf(frame),
		tables: within<HTMLTableElement>(frame, 'table').map(tableOf),
		footnotes: footnotesOf(frame),
		source: shownText(frame.querySelector('.source')),
		sources: sourcesOf(frame)
	};
}
