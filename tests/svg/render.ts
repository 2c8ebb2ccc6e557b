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
	const svg = body.match(/<svg[\s\S]*<\/svg>/)?.[0];
	if (!svg) throw new Error('The component rendered no <svg>');
	return (
		svg
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
			.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ') + '\n'
	);
}
