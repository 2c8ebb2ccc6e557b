import { fontFaceCss } from '$lib/export/font-face';
import { escapeXml } from '$lib/export/svg-text';
import { reportCss } from './report-css';
import { svgMarkup } from './svg-markup';
import type { ReportDocument, ReportSource, ReportTable, ReportView } from './types';

/**
 * The saved report: one HTML file that needs nothing else. Every string from the page (titles,
 * category names, cells: data a reader may have uploaded) is escaped, figures pass the SVG
 * allow-list, the fonts are inline, and the file's own Content-Security-Policy forbids any script
 * and any request, so even a mistake here could not run code or reach a network.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

const text = escapeXml;

function table(input: ReportTable): string {
	const numeric = input.columns.map((column) => column.numeric);
	const cell = (tag: 'th' | 'td', value: string, index: number) =>
		`<${tag}${numeric[index] ? ' class="numeric"' : ''}${tag === 'th' ? ' scope="col"' : ''}>${text(value)}</${tag}>`;
	return [
		'<table>',
		input.caption ? `<caption>${text(input.caption)}</caption>` : '',
		`<thead><tr>${input.columns.map((column, index) => cell('th', column.label, index)).join('')}</tr></thead>`,
		`<tbody>${input.rows.map((row) => `<tr>${row.map((value, index) => cell('td', value, index)).join('')}</tr>`).join('')}</tbody>`,
		'</table>'
	].join('');
}

function source(item: ReportSource): string {
	const url = item.url ? ` <span class="url" dir="ltr">${text(item.url)}</span>` : '';
	const published = item.published ? ` <span class="published" dir="ltr">${text(item.published)}</span>` : '';
	return `<li><bdi>${text(item.label)}</bdi>${published}${url}</li>`;
}

function view(input: ReportView, index: number): string {
	const figure = input.figure ? svgMarkup(input.figure, `report-${index + 1}-`) : '';
	const facts = input.facts.length
		? `<dl>${input.facts.map((fact) => `<div><dt>${text(fact.term)}</dt><dd>${text(fact.value)}</dd></div>`).join('')}</dl>`
		: '';
	const footnotes = input.footnotes.map(
		(note) =>
			`<div class="footnote"><h3>${text(note.heading)}</h3>${note.paragraphs.map((line) => `<p>${text(line)}</p>`).join('')}${
				note.items.length ? `<ul>${note.items.map((item) => `<li>${text(item)}</li>`).join('')}</ul>` : ''
			}</div>`
	);
	const sources = input.sources
		? `<div class="sources"><h3>${text(input.sources.heading)}</h3>${
				input.sources.items.length ? `<ul>${input.sources.items.map(source).join('')}</ul>` : ''
			}</div>`
		: '';
	return [
		`<section class="view" id="view-${index + 1}" data-view="${text(input.id)}">`,
		`<h2>${text(input.title)}</h2>`,
		input.subtitle ? `<p class="subtitle">${text(input.subtitle)}</p>` : '',
		...input.notes.map((note) => `<p class="note">${text(note)}</p>`),
		figure ? `<figure>${figure}</figure>` : '',
		input.empty ? `<p class="empty">${text(input.empty)}</p>` : '',
		facts,
		...footnotes,
		...input.tables.map(table),
		input.source ? `<p class="source">${text(input.source)}</p>` : '',
		sources,
		'</section>'
	].join('\n');
}

export function buildReport(doc: ReportDocument): string {
	const { labels } = doc;
	const keyFacts = doc.keyFacts
		? `<section class="key-facts"><h2>${text(doc.keyFacts.heading)}</h2>${doc.keyFacts.paragraphs
				.map((paragraph) => `<p>${text(paragraph)}</p>`)
				.join('')}</section>`
		: '';
	const filters = doc.filters.length
		? `<ul>${doc.filters.map((filter) => `<li><bdi>${text(filter)}</bdi></li>`).join('')}</ul>`
		: `<p>${text(labels.noFilters)}</p>`;
	const contents = doc.views
		.map((item, index) => `<li><a href="#view-${index + 1}">${text(item.title)}</a></li>`)
		.join('');
	return [
		'<!doctype html>',
		`<html lang="${text(doc.lang)}" dir="${doc.dir === 'rtl' ? 'rtl' : 'ltr'}">`,
		'<head>',
		'<meta charset="utf-8">',
		`<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${text(doc.documentTitle)}</title>`,
		// `<` cannot occur in the rules (fonts are checked data URLs), so the style element cannot end early.
		`<style>${fontFaceCss(doc.fonts)}\n${reportCss(doc.dir)}</style>`,
		'</head>',
		'<body>',
		`<header><h1>${text(doc.title)}</h1>`,
		`<p class="meta">${text(doc.saved)}</p>`,
		doc.address
			? `<p class="meta">${text(labels.address)} <span class="url" dir="ltr">${text(doc.address)}</span></p>`
			: '',
		`<p class="offline">${text(labels.offline)}</p></header>`,
		keyFacts,
		`<section class="filters"><h2>${text(labels.filters)}</h2>${filters}</section>`,
		contents
			? `<nav aria-label="${text(labels.contents)}"><h2>${text(labels.contents)}</h2><ol>${contents}</ol></nav>`
			: '',
		...doc.views.map(view),
		doc.footer ? `<footer><p>${text(doc.footer)}</p></footer>` : '',
		'</body>',
		'</html>',
		''
	].join('\n');
}

/** `imtiaz-report-fr-2026-12-06.html`: the language and the day it was saved. */
export function reportFileName(lang: string, isoDate: string): string {
	const safe = (part: string) => part.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
	return `imtiaz-report-${safe(lang)}-${safe(isoDate.slice(0, 10))}.html`;
}
