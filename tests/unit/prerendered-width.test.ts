import { afterEach, beforeEach, expect, it, vi } from 'vitest';

/**
 * The prerendered boxes are read once, for the hydration: a chart drawn later (a filter that
 * empties a view, then fills it again) gets no width from them and reads no box, since reading
 * every box's width in the middle of an update lays out the whole changed page.
 */
let reads = 0;
beforeEach(() => {
	reads = 0;
	vi.resetModules();
	const box = (id: string, width: number) => ({
		dataset: { responsive: id },
		get clientWidth() {
			reads++;
			return width;
		}
	});
	vi.stubGlobal('window', {});
	vi.stubGlobal('document', {
		querySelectorAll: () => [box('a', 600), box('b-grid', 420)]
	});
});
afterEach(() => vi.unstubAllGlobals());

it('reads the boxes once, during the first drawing, and never after it', async () => {
	const { prerenderedWidth } = await import('$lib/charts/core/prerendered-width');
	expect(prerenderedWidth('a')).toBe(600);
	expect(prerenderedWidth('b-grid')).toBe(420);
	expect(prerenderedWidth('c')).toBeUndefined();
	expect(reads).toBe(2);
	await Promise.resolve();
	expect(prerenderedWidth('a')).toBeUndefined();
	expect(prerenderedWidth('b-grid')).toBeUndefined();
	expect(reads).toBe(2);
});

it("takes the widths the page's end-of-body script read while the layout was fresh", async () => {
	vi.stubGlobal('window', { __chartWidths: new Map([['a', 380]]) });
	const { prerenderedWidth } = await import('$lib/charts/core/prerendered-width');
	expect(prerenderedWidth('a')).toBe(380);
	expect(reads).toBe(0);
	await Promise.resolve();
	expect(prerenderedWidth('a')).toBeUndefined();
	expect(reads).toBe(0);
});
