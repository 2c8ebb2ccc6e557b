import { escapeXml } from '$lib/export/svg-text';
import type { SvgNode } from './types';

/**
 * An SVG tree as markup for a file with no script: only drawing elements and presentation
 * attributes pass (no script, no foreignObject, no link, no event handler, no address outside the
 * figure), text is escaped, and ids get the figure's prefix so several figures in one page never
 * share one (each keeps its own hatch pattern).
 */
const ELEMENTS = new Set([
	'svg',
	'g',
	'defs',
	'pattern',
	'clipPath',
	'linearGradient',
	'radialGradient',
	'stop',
	'rect',
	'line',
	'path',
	'circle',
	'ellipse',
	'polyline',
	'polygon',
	'text',
	'tspan',
	'title',
	'desc'
]);
const NAME = /^[A-Za-z][\w.:-]*$/;
/** Attributes that do nothing in a static file or could reach outside it (`data-*` stays: marks keep their values). */
const DROPPED = /^(on|xmlns|xml:base$|tabindex$|focusable$)/i;
const HREF = /^(xlink:)?href$/i;
const ID_LISTS = new Set(['aria-labelledby', 'aria-describedby']);
const URL_REF = /url\(\s*(['"]?)([^'")]*)\1\s*\)/gi;

function collectIds(node: SvgNode, ids: Set<string>): void {
	for (const [name, value] of node.attributes) if (name === 'id') ids.add(value);
	for (const child of node.children) if (typeof child !== 'string') collectIds(child, ids);
}

/** The value with its `url(#id)` references prefixed, or null when it points anywhere else. */
function localUrls(value: string, prefix: string, ids: Set<string>): string | null {
	let outside = false;
	const rewritten = value.replace(URL_REF, (_all, _quote, target: string) => {
		if (!target.startsWith('#') || !ids.has(target.slice(1))) outside = true;
		return `url(#${prefix}${target.slice(1)})`;
	});
	return outside ? null : rewritten;
}

function attribute(name: string, value: string, prefix: string, ids: Set<string>): string | null {
	if (!NAME.test(name) || DROPPED.test(name)) return null;
	if (name === 'id') return `${prefix}${value}`;
	if (HREF.test(name))
		return value.startsWith('#') && ids.has(value.slice(1)) ? `#${prefix}${value.slice(1)}` : null;
	if (ID_LISTS.has(name)) {
		const refs = value.split(/\s+/).filter((id) => ids.has(id));
		return refs.length > 0 ? refs.map((id) => `${prefix}${id}`).join(' ') : null;
	}
	// CSS escapes could spell a `url(` the check above does not see.
	if (name === 'style' && /\\|expression\(|@import/i.test(value)) return null;
	return localUrls(value, prefix, ids);
}

function write(node: SvgNode, prefix: string, ids: Set<string>): string {
	if (!ELEMENTS.has(node.name)) return '';
	const attributes = node.attributes
		.map(([name, value]) => [name, attribute(name, value, prefix, ids)] as const)
		.filter((pair): pair is readonly [string, string] => pair[1] !== null)
		.map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
		.join('');
	const children = node.children
		.map((child) => (typeof child === 'string' ? escapeXml(child) : write(child, prefix, ids)))
		.join('');
	return `<${node.name}${attributes}>${children}</${node.name}>`;
}

/** The tree as inline SVG markup; `prefix` namespaces its ids (`report-3-`). */
export function svgMarkup(root: SvgNode, prefix: string): string {
	if (root.name !== 'svg') return '';
	const ids = new Set<string>();
	collectIds(root, ids);
	return write(root, prefix, ids);
}
