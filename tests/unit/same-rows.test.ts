import { expect, it } from 'vitest';
import { sameRows, type PlainRow } from '$lib/data/rows';

/** The coordinator keeps the build's rows when the engine's hold the same values: no redraw. */
it('finds rows the same only when every cell holds the same value', () => {
	const rows: PlainRow[] = [
		{ year: 2019, type: 'ministry', prizes: 3, share: 0.25, sources: ['a', 'b'], note: null },
		{ year: 2021, type: 'territorial', prizes: 0, share: Number.NaN, sources: [], note: 'x' }
	];
	const copy = structuredClone(rows);
	expect(sameRows(rows, copy)).toBe(true);
	// The order of the columns is not a difference.
	expect(sameRows([{ a: 1, b: 2 }], [{ b: 2, a: 1 }])).toBe(true);
	expect(sameRows([], [])).toBe(true);
	const differ: [PlainRow[], PlainRow[]][] = [
		[[{ a: 1 }], [{ a: '1' }]],
		[[{ a: null }], [{}]],
		[[{ a: null }], [{ b: null }]],
		[[{ a: 0 }], [{ a: null }]],
		[[{ a: true }], [{ a: 1 }]],
		[[{ a: ['x'] }], [{ a: 'x' }]],
		[[{ a: ['x', 'y'] }], [{ a: ['y', 'x'] }]],
		[[{ a: ['x'] }], [{ a: ['x', 'x'] }]],
		[[{ a: 1 }], [{ a: 1 }, { a: 1 }]],
		[[{ a: 1, b: 2 }], [{ a: 1 }]],
		[[{ a: Number.NaN }], [{ a: null }]]
	];
	for (const [a, b] of differ) {
		expect(sameRows(a, b), JSON.stringify([a, b])).toBe(false);
		expect(sameRows(b, a), JSON.stringify([b, a])).toBe(false);
	}
});
