import type { Page } from 'playwright-core';

/**
 * What a reader would see wrong on a page, read from the rendered geometry: chart texts that
 * overlap, are cut by their chart's edge or render under 11 px; a page wider than the window;
 * data tables open by default. Each problem names the text so a failure says what to look at.
 */
export interface LayoutProblems {
	overlaps: string[];
	cut: string[];
	small: string[];
	/** The page's width beyond the window (0 when there is no page-wide sideways scroll). */
	sideways: number;
	/** Data tables of the charts shown without the reader asking. */
	openTables: number;
	/** Chart texts measured (a probe that found none would prove nothing). */
	texts: number;
	height: number;
}

/** The smallest text a chart may draw, in CSS pixels as rendered. */
export const MIN_TEXT_PX = 11;

/** Measures the page as it is now (call after `settled`). */
export function layoutProblems(page: Page): Promise<LayoutProblems> {
	return page.evaluate((minPx) => {
		type Box = { text: string; rect: DOMRect; svg: DOMRect };
		const boxes: Box[] = [];
		const small: string[] = [];
		for (const svg of document.querySelectorAll<SVGSVGElement>('svg')) {
			// Icons and decorations have no text; charts are the SVGs that draw some.
			const svgRect = svg.getBoundingClientRect();
			if (!svg.checkVisibility() || svgRect.width === 0) continue;
			const ctm = svg.getScreenCTM();
			for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
				const content = text.textContent?.trim() ?? '';
				if (!content || !text.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
				const rect = text.getBoundingClientRect();
				if (rect.width === 0 || rect.height === 0) continue;
				const own = text.getScreenCTM() ?? ctm;
				const scale = own ? Math.hypot(own.a, own.b) : 1;
				const px = parseFloat(getComputedStyle(text).fontSize) * scale;
				if (px < minPx - 0.01) small.push(`"${content}" at ${px.toFixed(1)} px`);
				boxes.push({ text: content, rect, svg: svgRect });
			}
		}
		const overlaps: string[] = [];
		for (let i = 0; i < boxes.length; i++) {
			for (let j = i + 1; j < boxes.length; j++) {
				const a = boxes[i].rect;
				const b = boxes[j].rect;
				const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
				const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
				// More than a pixel's sliver in both directions: glyph boxes touching are not a collision.
				if (w > 1 && h > 1) overlaps.push(`"${boxes[i].text}" × "${boxes[j].text}"`);
			}
		}
		const cut = boxes
			.filter(({ rect, svg }) => {
				const out = 1;
				return (
					rect.left < svg.left - out ||
					rect.right > svg.right + out ||
					rect.top < svg.top - out ||
					rect.bottom > svg.bottom + out
				);
			})
			.map(({ text }) => `"${text}"`);
		const root = document.scrollingElement ?? document.documentElement;
		const openTables = [...document.querySelectorAll('.chart-frame table')].filter((table) =>
			table.checkVisibility()
		).length;
		return {
			overlaps,
			cut,
			small,
			sideways: Math.max(0, root.scrollWidth - window.innerWidth),
			openTables,
			texts: boxes.length,
			height: root.scrollHeight
		};
	}, MIN_TEXT_PX);
}

/**
 * The page laid out for its current size: charts redraw for a new width on ResizeObserver, then
 * Svelte updates the DOM before the next frame; two frames later the layout is what a reader sees.
 */
export async function settled(page: Page): Promise<void> {
	await page.evaluate(
		() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))
	);
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
}
