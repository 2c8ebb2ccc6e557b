import type { ExportLayout } from './layout';
import { escapeXml, resolveCssVars } from './svg-text';

/**
 * A self-contained SVG document from a chart's SVG and a layout: `xmlns`, concrete colours instead of
 * CSS custom properties, the font family declared (and the fonts themselves when `fontCss` carries
 * `@font-face` rules with data URLs), `lang` and `direction` for the texts. Used as the SVG download
 * and as the source the browser rasterises into the PNGs and the social card.
 */
export const FONT_FAMILY = "'Noto Sans', 'Noto Sans Arabic', system-ui, sans-serif";
export const ARABIC_FONT_FAMILY = "'Noto Sans Arabic', 'Noto Sans', system-ui, sans-serif";

export interface ChartMarkup {
	/** The chart's serialised `<svg>` element (its own viewBox; `var()` allowed, resolved here). */
	markup: string;
	width: number;
	height: number;
}

export interface ExportTheme {
	background: string;
	foreground: string;
	muted: string;
	/** Values of the CSS custom properties the chart uses, for the current theme. */
	vars: Record<string, string>;
}

/** The chart's root `<svg>` placed in the box: position and size set, other attributes kept. */
export function placeChart(chart: ChartMarkup, box: ExportLayout['chart']): string {
	return chart.markup.replace(/<svg\b([^>]*)>/, (_tag, attributes: string) => {
		const kept = attributes
			.replace(/\s(x|y|width|height|preserveAspectRatio)="[^"]*"/g, '')
			.replace(/\sstyle="[^"]*"/g, '');
		const viewBox = /\sviewBox=/.test(kept) ? '' : ` viewBox="0 0 ${chart.width} ${chart.height}"`;
		return `<svg${kept}${viewBox} x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" preserveAspectRatio="xMidYMid meet">`;
	});
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}

export function standaloneSvg(input: {
	chart: ChartMarkup;
	layout: ExportLayout;
	theme: ExportTheme;
	lang: string;
	fontCss?: string;
}): string {
	const { layout, theme } = input;
	const rtl = layout.dir === 'rtl';
	const family = rtl ? ARABIC_FONT_FAMILY : FONT_FAMILY;
	const tone = (name: 'foreground' | 'muted') => (name === 'foreground' ? theme.foreground : theme.muted);
	const texts = layout.blocks.flatMap((block) =>
		block.lines.map(
			(line, index) =>
				`<text x="${round(layout.textX)}" y="${round(block.y + index * block.lineHeight)}" font-size="${block.fontSize}" font-weight="${block.weight}" fill="${escapeXml(tone(block.tone))}" text-anchor="start">${escapeXml(line)}</text>`
		)
	);
	const swatch = Math.round(layout.legendFontSize * 1.05);
	const hatch = `<pattern id="export-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="4" height="4" fill="${escapeXml(theme.background)}"/><line x1="0" y1="0" x2="0" y2="4" stroke="${escapeXml(theme.muted)}" stroke-width="1.5"/></pattern>`;
	const legend = layout.legend.map(
		(item) =>
			`<rect x="${round(item.swatchX)}" y="${round(item.y - swatch / 2)}" width="${swatch}" height="${swatch}" rx="2" fill="${item.color ? escapeXml(item.color) : 'url(#export-hatch)'}"${item.color ? '' : ` stroke="${escapeXml(theme.muted)}"`}/>` +
			`<text x="${round(item.textX)}" y="${round(item.y)}" dy="0.35em" font-size="${layout.legendFontSize}" fill="${escapeXml(theme.foreground)}" text-anchor="start">${escapeXml(item.label)}</text>`
	);
	const style = input.fontCss ? `<style>${escapeStyle(input.fontCss)}</style>` : '';
	const chart = resolveCssVars(placeChart(input.chart, layout.chart), theme.vars);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" lang="${escapeXml(input.lang)}" xml:lang="${escapeXml(input.lang)}" direction="${layout.dir}" font-family="${escapeXml(family)}" style="direction: ${layout.dir}; font-family: ${escapeXml(family)}">`,
		`<defs>${style}${hatch}</defs>`,
		`<rect width="100%" height="100%" fill="${escapeXml(theme.background)}"/>`,
		...texts,
		...legend,
		chart,
		'</svg>'
	].join('\n');
}

/** CSS inside `<style>`: only `<` could end the element early; data URLs and rules never need it. */
function escapeStyle(css: string): string {
	return css.replace(/</g, '\\3C ');
}
