import { ARABIC_FONT_FAMILY, FONT_FAMILY } from '$lib/export/standalone';

/**
 * The report's one stylesheet: light, for reading and for paper. On paper (A4) each view starts a
 * page, a figure is never split, it shrinks to the page width (its viewBox keeps the proportions),
 * and table rows stay whole with the header repeated on every page.
 */
export function reportCss(dir: 'ltr' | 'rtl'): string {
	const family = dir === 'rtl' ? ARABIC_FONT_FAMILY : FONT_FAMILY;
	return `
@page { size: A4; margin: 14mm 12mm; }
:root { color-scheme: light; }
html { font-family: ${family}; color: #111827; background: #ffffff; line-height: 1.45; }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.25rem; margin: 0 0 0.25rem; }
h3 { font-size: 0.95rem; margin: 0.75rem 0 0.25rem; }
p { margin: 0 0 0.5rem; }
.meta, .subtitle, .source, .offline, footer { color: #4b5563; }
.meta, .source, .offline, footer, .sources { font-size: 0.85rem; }
.note { display: inline-block; padding: 0.15rem 0.5rem; font-size: 0.85rem; background: #fef3c7; border-inline-start: 3px solid #b45309; }
.url, .published { direction: ltr; unicode-bidi: isolate; overflow-wrap: anywhere; }
.published { color: #4b5563; margin-inline-start: 0.4rem; }
.sources li { margin-bottom: 0.2rem; }
/* A long address on its own line, left to right, under its outlet and date. */
.sources .url { display: block; font-size: 0.75rem; }
[dir='rtl'] .sources .url { text-align: right; }
section { margin: 0 0 1.5rem; }
.view { border-top: 1px solid #d1d5db; padding-top: 1rem; }
figure { margin: 0.5rem 0 1rem; break-inside: avoid; }
figure svg { display: block; max-width: 100%; height: auto; }
dl { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 0.5rem 1rem; margin: 0.5rem 0 1rem; }
dt { font-size: 0.8rem; color: #4b5563; }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.8rem; }
caption { text-align: start; font-weight: 700; padding-bottom: 0.25rem; }
th, td { border-bottom: 1px solid #d1d5db; padding: 0.2rem 0.4rem; text-align: start; vertical-align: top; overflow-wrap: anywhere; }
th { border-bottom-width: 2px; }
.numeric { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
ul, ol { margin: 0 0 0.5rem; padding-inline-start: 1.25rem; }
@media print {
	body { max-width: none; padding: 0; }
	.view { break-before: page; border-top: 0; padding-top: 0; }
	h2, h3, caption { break-after: avoid; }
}
`;
}
