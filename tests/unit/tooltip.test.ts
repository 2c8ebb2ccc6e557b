import { describe, expect, it } from 'vitest';
import { placeTip, tipLines } from '$lib/ui/tooltip';

const phone = { width: 390, height: 844 };
const tip = { width: 200, height: 90 };

describe('placeTip', () => {
	it.each([
		// [mark left, top, width, height] → expected [left, top]
		['centred above a mark in the middle', [180, 400, 10, 100], [85, 302]],
		['kept 8 px inside the left edge', [0, 400, 10, 100], [8, 302]],
		['kept 8 px inside the right edge', [380, 400, 10, 100], [182, 302]],
		['below a mark at the top of the screen', [180, 20, 10, 30], [85, 58]],
		['above, clamped to the top, when there is room neither above nor below', [180, 20, 10, 800], [85, 8]]
	])('%s', (_, [left, top, width, height], expected) => {
		const place = placeTip({ left, top, width, height }, tip, phone);
		expect([place.left, place.top]).toEqual(expected);
	});

	it('never leaves the viewport, whatever the mark', () => {
		for (let left = -50; left < 450; left += 25)
			for (let top = -50; top < 900; top += 50) {
				const place = placeTip({ left, top, width: 12, height: 40 }, tip, phone);
				expect(place.left).toBeGreaterThanOrEqual(8);
				expect(place.left + tip.width).toBeLessThanOrEqual(phone.width - 8);
				expect(place.top).toBeGreaterThanOrEqual(8);
				expect(place.top + tip.height).toBeLessThanOrEqual(phone.height - 8);
			}
	});
});

describe('tipLines', () => {
	it('puts each fact of a mark’s name on its own line', () => {
		expect(tipLines('2014 (partial) · Candidates: 12 · Edition 8 · Sources: 2')).toEqual([
			'2014 (partial)',
			'Candidates: 12',
			'Edition 8',
			'Sources: 2'
		]);
		expect(tipLines('a: 1; b: 2')).toEqual(['a: 1', 'b: 2']);
	});
});
