/**
 * Width of a text in CSS pixels, estimated without a DOM so prerender and browser agree: an
 * average glyph is taken as 0.62 em, a little wider than Noto Sans digits, so the wider fallback
 * fonts (DejaVu Sans) still fit in the room reserved for them.
 */
export const GLYPH_EM = 0.62;

export function estimateTextWidth(text: string, fontSize: number): number {
	return [...text].length * GLYPH_EM * fontSize;
}

/** The widest of several texts. */
export function widestText(texts: readonly string[], fontSize: number): number {
	return texts.reduce((widest, text) => Math.max(widest, estimateTextWidth(text, fontSize)), 0);
}
