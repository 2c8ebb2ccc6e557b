import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { fontFaceCss, type EmbeddedFont } from '$lib/export/font-face';
import { buildReport, reportFileName } from '$lib/report/build-report';
import { svgMarkup } from '$lib/report/svg-markup';
import type { ReportDocument, SvgNode } from '$lib/report/types';

// The saved report is parsed as a browser parses it (parse5 follows the HTML standard) and read node
// by node: nothing in it may run, load or link anywhere, and hostile data must stay text.

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function elements(node: Node): Element[] {
	const own = 'tagName' in node ? [node as Element] : [];
	const children = 'childNodes' in node ? node.childNodes.flatMap(elements) : [];
	return [...own, ...children];
}
function textOf(node: Node): string {
	if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
	return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const named = (root: Node, tag: string) => elements(root).filter((element) => element.tagName === tag);

const HOSTILE = '<img src=x onerror="alert(1)">';
const el = (
	name: string,
	attributes: [string, string][] = [],
	children: SvgNode['children'] = []
): SvgNode => ({
	name,
	attributes,
	children
});

/** A chart as the capture hands it: marks, a hatch, a title per mark, and things that must not pass. */
const chart: SvgNode = el(
	'svg',
	[
		['xmlns', 'http://www.w3.org/2000/svg'],
		['viewBox', '0 0 400 200'],
		['width', '400'],
		['height', '200'],
		['onload', 'alert(1)']
	],
	[
		el('defs', [], [el('pattern', [['id', 'hatch']], [el('rect', [['width', '4']])])]),
		el(
			'rect',
			[
				['x', '10'],
				['y', '20'],
				['width', '30'],
				['height', '180'],
				['fill', '#1f77b4'],
				['data-value', '8']
			],
			[el('title', [], [`2019: 8 ${HOSTILE}`])]
		),
		el('rect', [
			['x', '50'],
			['fill', 'url(#hatch)'],
			['onclick', 'steal()'],
			['tabindex', '0']
		]),
		el('rect', [
			['x', '90'],
			['fill', 'url(https://evil.example/x.svg#p)']
		]),
		el('text', [['style', 'background:url(//evil.example/t.png)']], ['styled']),
		el('text', [['x', '5']], [HOSTILE]),
		el('script', [], ['alert(1)']),
		el('foreignObject', [], [el('div', [], ['html'])]),
		el('a', [['href', 'https://evil.example']], [el('text', [], ['link'])]),
		el('use', [['href', 'https://evil.example/sprite.svg#x']]),
		el('image', [['href', 'https://evil.example/i.png']])
	]
);

const font: EmbeddedFont = {
	family: 'Noto Sans',
	weight: 400,
	range: 'U+0000-00FF',
	dataUrl: 'data:font/woff2;base64,d09GMgABAAAAAA=='
};

function report(overrides: Partial<ReportDocument> = {}): ReportDocument {
	return {
		lang: 'ar',
		dir: 'rtl',
		title: `مرصد ${HOSTILE}`,
		documentTitle: `تقرير </title><script>alert(1)</script>`,
		saved: 'حُفظ بتاريخ 6 دجنبر 2026',
		address: 'http://127.0.0.1:4173/ar/?category=%3Cimg%3E',
		labels: {
			address: 'من',
			filters: 'التصفيات',
			noFilters: 'لا شيء',
			contents: 'المحتويات',
			offline: 'نسخة'
		},
		fonts: [font],
		keyFacts: { heading: 'أرقام', paragraphs: ['14 دورة', HOSTILE] },
		filters: [`الصنف: ${HOSTILE}`, 'من 2014'],
		views: [
			{
				id: 'categories',
				title: 'الأصناف',
				subtitle: 'جوائز كل صنف',
				notes: ['غير مصفى حسب المستوى'],
				figure: chart,
				empty: null,
				facts: [],
				tables: [
					{
						caption: 'الأصناف',
						columns: [
							{ label: 'الصنف', numeric: false },
							{ label: 'الجوائز', numeric: true }
						],
						rows: [
							[HOSTILE, '3'],
							['e-content', '5']
						]
					}
				],
				footnotes: [{ heading: '⚠ تختلف المصادر', paragraphs: ['في دورتين'], items: [`2019: ${HOSTILE}`] }],
				source: 'المصدر: 40 مقالا',
				sources: {
					heading: 'المصادر (2)',
					items: [
						{ label: 'Le Matin', url: 'https://lematin.ma/a', published: '2019-01-02' },
						{ label: `"><script>x</script>`, url: 'javascript:alert(1)', published: null }
					]
				}
			},
			{
				id: 'edition-detail',
				title: 'الدورة 13',
				subtitle: '',
				notes: [],
				figure: chart,
				empty: null,
				facts: [{ term: 'المدينة', value: 'سلا' }],
				tables: [],
				footnotes: [],
				source: '',
				sources: null
			}
		],
		footer: 'البيانات: مقالات صحفية',
		...overrides
	};
}

describe('the saved report', () => {
	const html = buildReport(report());
	const document = parse(html);
	const all = elements(document);

	it('holds no script, no event handler and nothing that loads or links outside the file', () => {
		expect(named(document, 'script')).toEqual([]);
		for (const tag of [
			'iframe',
			'object',
			'embed',
			'img',
			'image',
			'link',
			'base',
			'foreignObject',
			'use',
			'form'
		])
			expect(named(document, tag), tag).toEqual([]);
		const handlers = all.flatMap((element) => element.attrs.filter((a) => /^on/i.test(a.name)));
		expect(handlers).toEqual([]);
		const addresses = all.flatMap((element) =>
			element.attrs.filter((a) => /^(href|src|xlink:href|action|formaction|poster|srcset)$/i.test(a.name))
		);
		expect(addresses.length).toBeGreaterThan(0);
		for (const address of addresses) expect(address.value).toMatch(/^#[\w-]+$/);
		const css = [
			...named(document, 'style').map(textOf),
			...all.flatMap((element) => element.attrs.filter((a) => a.name === 'style').map((a) => a.value)),
			...all.flatMap((element) => element.attrs.map((a) => a.value))
		].join('\n');
		for (const url of css.matchAll(/url\(\s*['"]?([^'")]*)/g))
			expect(url[1]).toMatch(/^(data:font\/woff2;base64,|#)/);
	});

	it('forbids scripts and requests by its own Content-Security-Policy', () => {
		const csp = named(document, 'meta').find(
			(meta) => attr(meta, 'http-equiv') === 'Content-Security-Policy'
		);
		expect(attr(csp!, 'content')).toBe(
			"default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:"
		);
	});

	it('sets the language and direction of the page', () => {
		const root = named(document, 'html')[0];
		expect([attr(root, 'lang'), attr(root, 'dir')]).toEqual(['ar', 'rtl']);
		const english = parse(buildReport(report({ lang: 'en', dir: 'ltr' })));
		const englishRoot = named(english, 'html')[0];
		expect([attr(englishRoot, 'lang'), attr(englishRoot, 'dir')]).toEqual(['en', 'ltr']);
	});

	it('keeps hostile data as text, where it was put', () => {
		expect(textOf(named(document, 'title')[0])).toBe('تقرير </title><script>alert(1)</script>');
		expect(textOf(named(document, 'h1')[0])).toBe(`مرصد ${HOSTILE}`);
		const firstCell = named(named(document, 'tbody')[0], 'td')[0];
		expect(textOf(firstCell)).toBe(HOSTILE);
		const filters = named(
			named(document, 'section').find((s) => attr(s, 'class') === 'filters')!,
			'li'
		);
		expect(filters.map(textOf)).toEqual([`الصنف: ${HOSTILE}`, 'من 2014']);
		const sources = named(document, 'li').filter((li) => named(li, 'bdi').length && named(li, 'span').length);
		expect(sources.map(textOf)).toEqual([
			'Le Matin 2019-01-02 https://lematin.ma/a',
			'"><script>x</script> javascript:alert(1)'
		]);
	});

	it('draws each chart as inline SVG with its marks, ids of its own and references that resolve', () => {
		const figures = named(document, 'figure');
		expect(figures).toHaveLength(2);
		const ids = all.map((element) => attr(element, 'id')).filter(Boolean);
		expect(new Set(ids).size).toBe(ids.length);
		for (const [index, figure] of figures.entries()) {
			const svg = named(figure, 'svg')[0];
			expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
			expect(attr(svg, 'viewBox')).toBe('0 0 400 200');
			const rects = named(svg, 'rect');
			// The pattern's own rect, the three marks; the mark with an outside fill keeps no fill.
			expect(rects).toHaveLength(4);
			expect(attr(rects[1], 'data-value')).toBe('8');
			expect(attr(rects[2], 'fill')).toBe(`url(#report-${index + 1}-hatch)`);
			expect(attr(rects[2], 'tabindex')).toBeUndefined();
			expect(attr(rects[3], 'fill')).toBeUndefined();
			expect(named(svg, 'pattern').map((p) => attr(p, 'id'))).toEqual([`report-${index + 1}-hatch`]);
			expect(textOf(named(svg, 'title')[0])).toBe(`2019: 8 ${HOSTILE}`);
			expect(named(svg, 'text').map(textOf)).toEqual(['styled', HOSTILE]);
			expect(attr(named(svg, 'text')[0], 'style')).toBeUndefined();
		}
	});

	it('writes each table with its caption, header and every row', () => {
		const table = named(document, 'table')[0];
		expect(textOf(named(table, 'caption')[0])).toBe('الأصناف');
		expect(named(table, 'th').map(textOf)).toEqual(['الصنف', 'الجوائز']);
		expect(named(table, 'th').map((th) => attr(th, 'class'))).toEqual([undefined, 'numeric']);
		expect(named(named(table, 'tbody')[0], 'tr').map((tr) => named(tr, 'td').map(textOf))).toEqual([
			[HOSTILE, '3'],
			['e-content', '5']
		]);
	});

	it('holds the key facts, the filters, a contents list, each view as a page and its facts', () => {
		const sections = named(document, 'section');
		expect(sections.map((s) => attr(s, 'class'))).toEqual(['key-facts', 'filters', 'view', 'view']);
		expect(named(sections[0], 'p').map(textOf)).toEqual(['14 دورة', HOSTILE]);
		expect(named(named(document, 'nav')[0], 'a').map((a) => [attr(a, 'href'), textOf(a)])).toEqual([
			['#view-1', 'الأصناف'],
			['#view-2', 'الدورة 13']
		]);
		expect(named(sections[3], 'dt').map(textOf)).toEqual(['المدينة']);
		const footnote = elements(sections[2]).find((element) => attr(element, 'class') === 'footnote')!;
		expect([...named(footnote, 'h3'), ...named(footnote, 'p'), ...named(footnote, 'li')].map(textOf)).toEqual(
			['⚠ تختلف المصادر', 'في دورتين', `2019: ${HOSTILE}`]
		);
		expect(named(sections[3], 'dd').map(textOf)).toEqual(['سلا']);
		const css = textOf(named(document, 'style')[0]);
		expect(css).toContain('@page { size: A4;');
		expect(css).toMatch(/\.view \{ break-before: page;/);
		expect(css).toMatch(/figure \{[^}]*break-inside: avoid/);
		expect(css).toContain("@font-face{font-family:'Noto Sans'");
	});

	it('says so when no filter is set', () => {
		const none = parse(buildReport(report({ filters: [] })));
		const section = named(none, 'section').find((s) => attr(s, 'class') === 'filters')!;
		expect(named(section, 'li')).toEqual([]);
		expect(named(section, 'p').map(textOf)).toEqual(['لا شيء']);
	});
});

describe('svgMarkup', () => {
	it('writes nothing for a root that is not an svg', () => {
		expect(svgMarkup(el('div', [], [chart]), 'x-')).toBe('');
	});

	it('drops references to ids the figure does not hold', () => {
		const markup = svgMarkup(
			el('svg', [['aria-labelledby', 'heading-outside own']], [el('title', [['id', 'own']], ['t'])]),
			'f-'
		);
		expect(markup).toBe('<svg aria-labelledby="f-own"><title id="f-own">t</title></svg>');
	});
});

describe('fontFaceCss', () => {
	it('refuses a font that is not an inline woff2', () => {
		expect(() => fontFaceCss([{ ...font, dataUrl: 'https://fonts.example/noto.woff2' }])).toThrow(
			'Noto Sans 400: not an inline woff2'
		);
		expect(() => fontFaceCss([{ ...font, family: "x');}body{background:url(http://e/" }])).toThrow(
			'unexpected font description'
		);
	});
});

describe('reportFileName', () => {
	it('names the language and the day', () => {
		expect(reportFileName('ar', '2026-12-06T08:45:00.000Z')).toBe('imtiaz-report-ar-2026-12-06.html');
	});
});
