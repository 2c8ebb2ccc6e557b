import type { Component } from 'svelte';
import { render } from 'svelte/server';

/**
 * Renders a chart with `svelte/server` (as the prerender does) and returns a standalone SVG file:
 * Svelte's hydration comments removed, numbers rounded to 2 decimals so snapshots stay stable.
 */
export function renderSvg<Props extends Record<string, unknown>>(
	component: Component<Props>,
	props: Props
): string {
	const { body } = render(component, { props });
	const svgs = body.match(/<svg[\s\S]*?<\/svg>/g);
	if (!svgs) throw new Error('The component rendered no <svg>');
	const svg = svgs.length === 1 ? svgs[0] : composeGrid(svgs, props.dir === 'rtl');
	return (
		svg
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
			.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ') + '\n'
	);
}

const sizeOf = (svg: string) => {
	const [, width, height] =
		/viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg) ?? /width="([\d.]+)" height="([\d.]+)"/.exec(svg) ?? [];
	return { width: Number(width), height: Number(height) };
};

/**
 * A grid chart draws its row labels in an SVG of their own beside the grid (they stay in place
 * while the grid scrolls; the page puts them on the reading side). One file a reviewer can open:
 * both placed side by side in one SVG, the labels on the reading side.
 */
function composeGrid([labels, chart]: string[], rtl: boolean): string {
	const a = sizeOf(labels);
	const b = sizeOf(chart);
	const place = (svg: string, x: number) => svg.replace('<svg ', `<svg x="${x}" `);
	const parts = rtl ? [place(chart, 0), place(labels, b.width)] : [place(labels, 0), place(chart, a.width)];
	const width = a.width + b.width;
	const height = Math.max(a.height, b.height);
	return `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}
