import type { Page } from 'playwright-core';
import { fontsLoaded } from './browser';

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
					const full = el.getBoundingClientRect();
					// What a reader can see of it: a grid that scrolls sideways clips the texts beyond its box.
					let left = full.left;
					let top = full.top;
					let right = full.right;
					let bottom = full.bottom;
					for (
						let box = el.ownerSVGElement?.parentElement;
						box && box !== document.body;
						box = box.parentElement
					) {
						const style = getComputedStyle(box);
						if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
						const clip = box.getBoundingClientRect();
						left = Math.max(left, clip.left);
						top = Math.max(top, clip.top);
						right = Math.min(right, clip.right);
						bottom = Math.min(bottom, clip.bottom);
					}
					const rect = { left, top, right, bottom, width: right - left, height: bottom - top };
					const svg = el.ownerSVGElement;
					const scale = svg?.getScreenCTM()?.a ?? 1;
					const frame = el.closest('[data-chart], [data-upload-chart]');
					return {
						el,
						svg,
						text: el.textContent ?? '',
						chart: frame?.getAttribute('data-chart') ?? frame?.getAttribute('data-upload-chart') ?? '',
						rect,
						full,
						size: parseFloat(getComputedStyle(el).fontSize) * Math.abs(scale)
					};
				})
				// Hidden layouts (the prerendered variants a container query does not show) have no box,
				// and a text scrolled out of its grid's view has nothing left to see.
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
						t.full.left < box.left - 0.5 ||
						t.full.right > box.right + 0.5 ||
						t.full.top < box.top - 0.5 ||
						t.full.bottom > box.bottom + 0.5
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

/**
 * The page as a reader meets it at its current size: every chart frame laid out (a frame off screen
 * is skipped by `content-visibility: auto` and keeps its last size until the reader reaches it, when
 * it is laid out like this), every measured chart as wide as its box, the fonts loaded.
 */
export async function settleLayout(page: Page, { measured = true } = {}): Promise<void> {
	await page.evaluate(() =>
		document.querySelectorAll<HTMLElement>('.chart-frame').forEach((frame) => {
			frame.style.contentVisibility = 'visible';
		})
	);
	// Without JavaScript the prerendered layouts are chosen by container queries, nothing to wait for.
	if (measured)
		await page.waitForFunction(() =>
			[...document.querySelectorAll('.responsive')]
				.filter((box) => box.checkVisibility())
				.every((box) => {
					const svg = box.querySelector('svg');
					return svg !== null && Math.abs(svg.getBoundingClientRect().width - box.clientWidth) < 1;
				})
		);
	await fontsLoaded(page);
	// Laid out: the page's size the same over consecutive frames (a chart redrawn for its new width
	// can change the height of what follows it for a frame or two). Without scripts nothing redraws.
	if (measured)
		await page.evaluate(
			() =>
				new Promise<void>((done) => {
					const size = () => {
						const embed = document.querySelector('[data-embed]')?.getBoundingClientRect().height ?? 0;
						return `${document.documentElement.scrollHeight}:${embed}`;
					};
					let last = size();
					let same = 0;
					const frame = () => {
						const now = size();
						same = now === last ? same + 1 : 0;
						last = now;
						if (same >= 3) done();
						else requestAnimationFrame(frame);
					};
					requestAnimationFrame(frame);
				})
		);
}

/** The page's own measures: its height, and the charts' data tables shown without being asked for. */
export function pageMeasures(
	page: Page
): Promise<{ height: number; embedHeight: number; openTables: number; stickyShare: number }> {
	return page.evaluate(() => {
		const root = document.scrollingElement ?? document.documentElement;
		const openTables = [...document.querySelectorAll('.chart-frame table')].filter((table) =>
			table.checkVisibility()
		).length;
		// The largest share of the window a sticky or fixed element keeps covered.
		const stickyShare = Math.max(
			0,
			...[...document.querySelectorAll<HTMLElement>('body *')]
				.filter(
					(el) =>
						['sticky', 'fixed'].includes(getComputedStyle(el).position) &&
						el.checkVisibility() &&
						// A grid's sticky row labels stay within their own scrolling box.
						!el.closest('.chart-frame, [data-upload-charts]')
				)
				.map((el) => el.getBoundingClientRect().height / window.innerHeight)
		);
		// An embed's height as it tells its host page (the iframe is sized to it, not to the window).
		const embedHeight = document.querySelector('[data-embed]')?.getBoundingClientRect().height ?? 0;
		return { height: root.scrollHeight, embedHeight, openTables, stickyShare };
	});
}
