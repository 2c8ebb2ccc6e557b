import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportFileName, yearSpan } from '$lib/export/filename';
import {
	CARD_HEIGHT,
	CARD_WIDTH,
	cardLayout,
	figureLayout,
	placeLegend,
	type ExportText
} from '$lib/export/layout';
import { placeChart, standaloneSvg } from '$lib/export/standalone';
import { cssVarNames, escapeXml, isolateLtr, resolveCssVars, wrapText } from '$lib/export/svg-text';

// A chart as the page serialises it: its own viewBox, colours through CSS custom properties.
const chart = {
	markup:
		'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 720 340" direction="ltr" style="width: 100%">' +
		'<rect width="10" height="10" fill="var(--chart-bg, #fff)"/>' +
		'<text fill="var(--chart-fg, #111827)">٢٠١٩</text>' +
		'<line stroke="var(--chart-grid, var(--grid, #e5e7eb))"/></svg>',
	width: 720,
	height: 340
};
const theme = {
	background: '#111827',
	foreground: '#f3f4f6',
	muted: '#cbd5e1',
	vars: { '--chart-bg': '#111827', '--chart-fg': '#f3f4f6' }
};
const textFr: ExportText = {
	title: 'Participation par édition',
	subtitle: 'Candidats, administrations, prix & institutions lauréates',
	source: 'Source : 12 documents officiels',
	credit: 'Observatoire Imtiaz · example.org/fr/'
};
const textAr: ExportText = {
	title: 'المشاركة حسب الدورة',
	subtitle: 'المترشحون والإدارات والجوائز',
	source: 'المصدر: 12 وثيقة رسمية',
	credit: 'مرصد امتياز'
};
const legend = [
	{ label: 'Candidats', color: '#0072B2' },
	{ label: 'Prix', color: '#E69F00' },
	{ label: 'Non rapporté', color: null }
];

describe('CSS custom properties', () => {
	it('lists the variables a chart uses', () => {
		expect(cssVarNames(chart.markup)).toEqual(['--chart-bg', '--chart-fg', '--chart-grid', '--grid']);
	});

	it('resolves to the theme value, else to the fallback, nested fallbacks included; none is left', () => {
		const resolved = resolveCssVars(chart.markup, theme.vars);
		expect(resolved).toContain('fill="#111827"');
		expect(resolved).toContain('fill="#f3f4f6"');
		expect(resolved).toContain('stroke="#e5e7eb"');
		expect(resolved).not.toContain('var(');
	});
});

describe('text', () => {
	it('isolates a left-to-right run (an address in an Arabic credit)', () => {
		expect([...isolateLtr('example.org/ar/')].map((c) => c.codePointAt(0)!.toString(16))).toEqual([
			'2066',
			...[...'example.org/ar/'].map((c) => c.codePointAt(0)!.toString(16)),
			'2069'
		]);
	});

	it('escapes markup characters', () => {
		expect(escapeXml(`<b a="1">'&'</b>`)).toBe("&lt;b a=&quot;1&quot;&gt;'&amp;'&lt;/b&gt;");
	});

	it('wraps on spaces without losing a word, and marks a cut with an ellipsis', () => {
		const text = 'un deux trois quatre cinq six sept huit neuf dix';
		const lines = wrapText(text, 100, 12);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe(text);
		const cut = wrapText(text, 100, 12, 2);
		expect(cut).toHaveLength(2);
		expect(cut[1].endsWith('…')).toBe(true);
	});

	it('never drops words when nothing is cut (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.stringMatching(/^[a-zé]{1,12}$/), { maxLength: 30 }),
				fc.integer({ min: 20, max: 800 }),
				(words, width) => {
					const text = words.join(' ');
					expect(wrapText(text, width, 12).join(' ')).toBe(text);
				}
			)
		);
	});
});

describe('standalone SVG', () => {
	const svgFor = (text: ExportText, dir: 'ltr' | 'rtl', lang: string, fontCss?: string) =>
		standaloneSvg({
			chart,
			layout: figureLayout({ chartWidth: 720, chartHeight: 340, text, legend, dir }),
			theme,
			lang,
			fontCss
		});

	it('is a standalone document: xmlns, size, fonts declared, title, subtitle, source, credit, no var()', () => {
		const svg = svgFor(
			textFr,
			'ltr',
			'fr',
			"@font-face{font-family:'Noto Sans';src:url(data:font/woff2;base64,AAAA)}"
		);
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg).toMatch(/ width="752" height="\d+" viewBox="0 0 752 \d+"/);
		expect(svg).toContain(`font-family="'Noto Sans', 'Noto Sans Arabic', system-ui, sans-serif"`);
		expect(svg).toContain(
			"<style>@font-face{font-family:'Noto Sans';src:url(data:font/woff2;base64,AAAA)}</style>"
		);
		expect(svg).toContain('>Participation par édition</text>');
		expect(svg).toContain('prix &amp; institutions');
		expect(svg).toContain('>Source : 12 documents officiels</text>');
		expect(svg).toContain('>Observatoire Imtiaz · example.org/fr/</text>');
		expect(svg).toContain('lang="fr"');
		expect(svg).toContain('direction="ltr"');
		expect(svg).not.toContain('var(');
		// The theme's background is painted: a PNG of a dark chart is not transparent.
		expect(svg).toContain('<rect width="100%" height="100%" fill="#111827"/>');
		// Legend: colours and the hatched "not reported" swatch.
		expect(svg).toContain('fill="#0072B2"');
		expect(svg).toContain('fill="url(#export-hatch)"');
	});

	it('declares Arabic direction, language and font first, and anchors texts at the right edge', () => {
		const svg = svgFor(textAr, 'rtl', 'ar');
		expect(svg).toContain('lang="ar"');
		expect(svg).toContain('direction="rtl"');
		expect(svg).toContain(`font-family="'Noto Sans Arabic', 'Noto Sans', system-ui, sans-serif"`);
		expect(svg).toMatch(/<text x="736" [^>]*>المشاركة حسب الدورة<\/text>/);
		expect(svg).toContain('>المصدر: 12 وثيقة رسمية</text>');
	});

	it('places the chart in its box, keeping its viewBox and dropping its CSS size', () => {
		const placed = placeChart(chart, { x: 16, y: 80, width: 720, height: 340 });
		expect(placed).toMatch(
			/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="chart" viewBox="0 0 720 340" direction="ltr" x="16" y="80" width="720" height="340" preserveAspectRatio="xMidYMid meet">/
		);
		expect(placed).not.toContain('style=');
	});

	it('cannot be broken out of by text or a hostile font rule', () => {
		const svg = svgFor(
			{ ...textFr, title: '</text><script>alert(1)</script>' },
			'ltr',
			'fr',
			'</style><script>x</script>'
		);
		expect(svg).not.toContain('<script>');
	});
});

describe('layouts', () => {
	it('the figure keeps the chart at its size under the title, legend and subtitle, above the source', () => {
		const layout = figureLayout({ chartWidth: 720, chartHeight: 340, text: textFr, legend, dir: 'ltr' });
		expect(layout.chart).toEqual({ x: 16, y: expect.any(Number), width: 720, height: 340 });
		const [title, , source, credit] = layout.blocks;
		expect(title.y).toBeLessThan(layout.chart.y);
		expect(source.y - source.fontSize).toBeGreaterThanOrEqual(layout.chart.y + layout.chart.height);
		expect(credit.y).toBeGreaterThan(source.y);
		expect(layout.height).toBeGreaterThan(credit.y);
		for (const item of layout.legend) expect(item.y).toBeLessThan(layout.chart.y);
	});

	it.each([
		[720, 340],
		[720, 900],
		[1600, 200],
		[300, 300]
	])('the card is 1200 × 630 and fits a %i × %i chart inside, aspect kept', (chartWidth, chartHeight) => {
		for (const [text, dir] of [
			[textFr, 'ltr'],
			[textAr, 'rtl']
		] as const) {
			const layout = cardLayout({ chartWidth, chartHeight, text, legend, dir });
			expect([layout.width, layout.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
			const { x, y, width, height } = layout.chart;
			expect(x).toBeGreaterThanOrEqual(48 - 1e-9);
			expect(x + width).toBeLessThanOrEqual(CARD_WIDTH - 48 + 1e-9);
			expect(width / height).toBeCloseTo(chartWidth / chartHeight, 6);
			const [title, source, credit] = layout.blocks;
			expect(title.lines.length).toBeGreaterThan(0);
			expect(title.lines.length).toBeLessThanOrEqual(2);
			expect(y).toBeGreaterThan(title.y);
			expect(y + height).toBeLessThan(source.y - source.fontSize);
			expect(credit.y).toBeLessThanOrEqual(CARD_HEIGHT);
			expect(layout.textX).toBe(dir === 'ltr' ? 48 : CARD_WIDTH - 48);
		}
	});

	it('the card gives the chart most of its area (a dashboard chart with its five-entry legend)', () => {
		const five = [
			'Candidate services',
			'Administrations',
			'Prizes',
			'Winning institutions',
			'Not reported'
		].map((label, i) => ({ label, color: i === 4 ? null : '#123456' }));
		for (const [chartWidth, chartHeight] of [
			[720, 340],
			[1000, 420]
		]) {
			const layout = cardLayout({ chartWidth, chartHeight, text: textFr, legend: five, dir: 'ltr' });
			const area = layout.chart.width * layout.chart.height;
			expect(area / (CARD_WIDTH * CARD_HEIGHT), `${chartWidth} × ${chartHeight}`).toBeGreaterThan(0.5);
			expect(layout.chart.height).toBeGreaterThan(CARD_HEIGHT * 0.6);
		}
	});

	it('the legend flows from the start edge and wraps inside its width', () => {
		const many = Array.from({ length: 12 }, (_, i) => ({ label: `Série numéro ${i}`, color: '#000' }));
		const ltr = placeLegend(many, { left: 10, width: 300, top: 0, fontSize: 12, dir: 'ltr' });
		const rtl = placeLegend(many, { left: 10, width: 300, top: 0, fontSize: 12, dir: 'rtl' });
		expect(ltr.items[0].swatchX).toBe(10);
		expect(rtl.items[0].swatchX + 13).toBe(310);
		expect(new Set(ltr.items.map((item) => item.y)).size).toBeGreaterThan(1);
		for (const item of [...ltr.items, ...rtl.items]) {
			expect(item.swatchX).toBeGreaterThanOrEqual(10);
			expect(item.swatchX).toBeLessThanOrEqual(310);
		}
		expect(placeLegend([], { left: 0, width: 100, top: 0, fontSize: 12, dir: 'ltr' }).height).toBe(0);
	});
});

describe('file names', () => {
	it('name the chart, language, years and variant', () => {
		const base = { chart: 'participation', lang: 'fr', years: [2014, 2021] as [number, number] };
		expect(exportFileName({ ...base, variant: 'png' })).toBe('emtiaz-participation-fr-2014-2021.png');
		expect(exportFileName({ ...base, variant: 'png-2x' })).toBe('emtiaz-participation-fr-2014-2021-2x.png');
		expect(exportFileName({ ...base, variant: 'card' })).toBe('emtiaz-participation-fr-2014-2021-card.png');
		expect(exportFileName({ ...base, variant: 'svg' })).toBe('emtiaz-participation-fr-2014-2021.svg');
		expect(exportFileName({ ...base, lang: 'ar', variant: 'csv' })).toBe(
			'emtiaz-participation-ar-2014-2021.csv'
		);
		expect(exportFileName({ ...base, years: [2019, 2019], variant: 'png' })).toBe(
			'emtiaz-participation-fr-2019.png'
		);
		expect(exportFileName({ ...base, chart: 'Edition Detail/../x', years: null, variant: 'csv' })).toBe(
			'emtiaz-edition-detail-x-fr.csv'
		);
	});

	it('take the years from the rows shown', () => {
		expect(yearSpan([{ year: 2016 }, { year: 2009 }, { year: 2021 }])).toEqual([2009, 2021]);
		expect(yearSpan([{ category: 'e-content' }])).toBeNull();
		expect(yearSpan([])).toBeNull();
	});
});
