/**
 * Text helpers for the exported SVG. SVG text does not wrap and an exported file has no layout
 * engine to ask, so lines are broken on an estimate of glyph width (generous, so nothing overflows).
 */

/** Average advance of a glyph in ems, a little wide for Noto Sans so estimates err on the safe side. */
const AVERAGE_ADVANCE = 0.56;

/** Escapes text and double-quoted attribute values (every attribute we write is double-quoted). */
export function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Joined Arabic letters are narrower on average than Latin ones (an estimate, like the Latin one). */
const ARABIC_ADVANCE = 0.47;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

export function estimateWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text) ems += ARABIC.test(char) ? ARABIC_ADVANCE : AVERAGE_ADVANCE;
	return ems * fontSize;
}

/** Greedy line breaking on spaces; a word longer than a line stays whole on its own line. */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity): string[] {
	const words = text.trim().split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && estimateWidth(candidate, fontSize) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
	return kept;
}

/** Names of the CSS custom properties an SVG markup uses (`var(--chart-fg, #111)` → `--chart-fg`). */
export function cssVarNames(markup: string): string[] {
	return [...new Set([...markup.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]))];
}

/**
 * Replaces every `var(--name[, fallback])` by the value the page resolved for the current theme, else
 * by its fallback: an exported file has no stylesheet, and `var()` left in it would render black.
 */
export function resolveCssVars(markup: string, values: Record<string, string>): string {
	let result = markup;
	// Fallbacks may nest `var()`: resolve innermost first until none is left.
	for (let pass = 0; pass < 8 && result.includes('var('); pass++) {
		result = result.replace(
			/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*?))?\s*\)/g,
			(_all, name: string, fallback?: string) => {
				const value = values[name]?.trim();
				return value || fallback?.trim() || 'currentColor';
			}
		);
	}
	return result;
}

/**
 * Wraps a left-to-right run (an address, a file name) in Unicode isolates (LRI … PDI), so Arabic text
 * around it cannot reorder its parts.
 */
export function isolateLtr(text: string): string {
	return `\u2066${text}\u2069`;
}
