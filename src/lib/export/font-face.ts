/**
 * `@font-face` rules for fonts carried inside a file (an exported SVG, the saved report): each
 * source is a `data:` URL, so the file draws the same glyphs on any machine, offline.
 */
export interface EmbeddedFont {
	family: string;
	weight: number;
	/** The font file as a `data:font/woff2;base64,…` URL. */
	dataUrl: string;
	/** The subset's unicode-range, as in @fontsource's CSS, so a glyph is taken from the right file. */
	range: string;
}

const DATA_URL = /^data:font\/woff2;base64,[A-Za-z0-9+/]+=*$/;
const FAMILY = /^[A-Za-z0-9 ]+$/;
const RANGE = /^[U+0-9A-Fa-f?, -]+$/;

/** The rules, one per font; refuses anything that is not an inline woff2 (a file must never fetch). */
export function fontFaceCss(fonts: readonly EmbeddedFont[]): string {
	return fonts
		.map((font) => {
			if (!DATA_URL.test(font.dataUrl)) throw new Error(`${font.family} ${font.weight}: not an inline woff2`);
			if (!FAMILY.test(font.family) || !RANGE.test(font.range) || !Number.isInteger(font.weight))
				throw new Error(`${font.family} ${font.weight}: unexpected font description`);
			return `@font-face{font-family:'${font.family}';font-style:normal;font-weight:${font.weight};font-display:block;src:url(${font.dataUrl}) format('woff2');unicode-range:${font.range};}`;
		})
		.join('\n');
}
