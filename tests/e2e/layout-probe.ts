import type { Page } from 'playwright-core';

/** A chart text as the reader sees it: its box on screen and its rendered font size. */
export interface ProbedText {
	text: string;
	chart: string;
	box: { left: number; top: number; right: number; bottom: number };
	/** Computed font size × the SVG's scale on screen, in CSS pixels. */
	size: number;
}

/** What the probe finds wrong in the charts of a page. */
export interface LayoutReport {
	texts: number;
	/** Pairs of texts whose boxes intersect by more than 1 px². */
	overlaps: string[];
	/** Texts that stick out of their SVG. */
	cut: string[];
	/** Texts rendered under the minimum size. */
	small: string[];
}

/**
 * Measures every visible `svg text` inside `scope` (the chart frames by default) in the page:
 * overlapping pairs, texts cut by their svg's box, texts under `minSize` CSS px. Runs in the
 * page, so it sees the fonts, the layout and the scale the reader gets.
 */
export function probeLayout(
	page: Page,
	scope = '.chart-frame, [data-upload-charts]',
	minSize = 11
): Promise<LayoutReport> {
	return page.evaluate(
		({ scope, minSize }) => {
			const texts = [...document.querySelectorAll(scope)]
				.flatMap((root) => [...root.querySelectorAll('svg text')])
				.filter(
					(el): el is SVGTextElement => el instanceof SVGTextElement && (el.textContent ?? '').trim() !== ''
				)
				.map((el) => {
					const rect = el.getBoundingClientRect();
					const svg = el.ownerSVGElement;
					const scale = svg?.getScreenCTM()?.a ?? 1;
					const frame = el.closest('[data-chart], [data-upload-chart]');
					return {
						el,
						svg,
						text: el.textContent ?? '',
						chart: frame?.getAttribute('data-chart') ?? frame?.getAttribute('data-upload-chart') ?? '',
						rect,
						size: parseFloat(getComputedStyle(el).fontSize) * Math.abs(scale)
					};
				})
				// Hidden layouts (the prerendered variants a container query does not show) have no box.
				.filter((t) => t.rect.width > 0 && t.rect.height > 0);
			const name = (t: (typeof texts)[number]) => `${t.chart}:"${t.text}"`;
			const overlaps: string[] = [];
			// Texts sorted by their left edge: only neighbours along x can intersect.
			const sorted = [...texts].sort((a, b) => a.rect.left - b.rect.left);
			for (let i = 0; i < sorted.length; i++) {
				const a = sorted[i];
				for (let j = i + 1; j < sorted.length && sorted[j].rect.left < a.rect.right; j++) {
					const b = sorted[j];
					const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
					const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
					if (w > 0 && h > 0 && w * h > 1) overlaps.push(`${name(a)} × ${name(b)}`);
				}
			}
			const cut = texts
				.filter((t) => {
					const box = t.svg?.getBoundingClientRect();
					if (!box) return false;
					return (
						t.rect.left < box.left - 0.5 ||
						t.rect.right > box.right + 0.5 ||
						t.rect.top < box.top - 0.5 ||
						t.rect.bottom > box.bottom + 0.5
					);
				})
				.map(name);
			const small = texts
				.filter((t) => t.size < minSize - 0.01)
				.map((t) => `${name(t)} ${t.size.toFixed(1)}px`);
			return { texts: texts.length, overlaps, cut, small };
		},
		{ scope, minSize }
	);
}

/** Does the page scroll sideways as a whole? */
export function pageScrollsSideways(page: Page): Promise<boolean> {
	return page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) > window.innerWidth);
}
