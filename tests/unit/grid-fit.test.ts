import { describe, expect, it } from 'vitest';
import { fitColumns, layoutMatrix } from '$lib/charts/core/matrix';
import { estimateTextWidth } from '$lib/charts/core/text-width';

const years = (count: number) => Array.from({ length: count }, (_, i) => String(2005 + i));

describe('grid columns fit the room they have', () => {
	it('narrow to fit, never under the least readable width, never over the most', () => {
		expect(fitColumns(undefined, years(17), 22, 44)).toBe(44);
		expect(fitColumns(2000, years(17), 22, 44)).toBe(44);
		const fitted = fitColumns(430, years(17), 14, 36);
		expect(fitted).toBeGreaterThan(14);
		expect(fitted).toBeLessThan(36);
		expect(fitColumns(200, years(17), 14, 36)).toBe(14);
	});

	it.each([
		['ltr', 5],
		['rtl', 17],
		['ltr', 60],
		['rtl', 150]
	] as const)('%s, %i years: the grid and its end labels stay inside the drawing', (dir, count) => {
		for (const room of [200, 330, 430, 700, 1200]) {
			const columns = years(count);
			const cellWidth = fitColumns(room, columns, 14, 36);
			const layout = layoutMatrix({ columns, rows: ['a'], cells: [], dir, labelWidth: 0, cellWidth });
			const half = estimateTextWidth('2005', 11) / 2;
			const centres = layout.columns.map((column) => column.center);
			expect(Math.min(...centres) - half).toBeGreaterThanOrEqual(0);
			expect(Math.max(...centres) + half).toBeLessThanOrEqual(layout.width);
			// It fits its room, unless its columns are already at the least width (then it scrolls).
			expect({ room, fits: layout.width <= room || cellWidth === 14 }).toEqual({ room, fits: true });
		}
	});
});
