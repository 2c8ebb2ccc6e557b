import { getContext, setContext } from 'svelte';
import type { PlainRow } from '$lib/data/rows';

/**
 * The rows a chart is drawing, handed from `ChartSlot` to the `ChartFrame` inside its view, so the
 * frame's downloads export exactly the data shown without every view passing its rows twice.
 */
const KEY = Symbol('chart-rows');

export function provideChartRows(rows: () => readonly PlainRow[]): void {
	setContext(KEY, rows);
}

export function chartRows(): (() => readonly PlainRow[]) | undefined {
	return getContext<(() => readonly PlainRow[]) | undefined>(KEY);
}
