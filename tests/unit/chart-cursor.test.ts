import { describe, expect, it, vi } from 'vitest';
import { createCursor } from '$lib/charts/cursor.svelte';
import type { Direction } from '$lib/charts/core/direction';

/** A key press the cursor can handle outside a browser: the key and preventDefault. */
const press = (key: string) => ({ key, preventDefault: vi.fn() }) as unknown as KeyboardEvent;
/** A drawn mark: only focus() is used. */
const mark = () => ({ focus: vi.fn() }) as unknown as SVGElement;

function setup(dir: Direction, onselect: ((mark: never) => void) | undefined, count = 3) {
	const select = vi.fn();
	const cursor = createCursor({ chart: () => ({ dir, onselect }), count: () => count, select });
	for (let i = 0; i < count; i++) cursor.marks[i] = mark();
	return { cursor, select };
}

describe('createCursor (the charts keyboard cursor)', () => {
	it('gives no button attributes when the chart has no onselect', () => {
		const { cursor } = setup('ltr', undefined);
		expect(cursor.button(0, { label: 'a' })).toEqual({});
	});

	it('puts one mark in the tab order and names each mark', () => {
		const { cursor } = setup('ltr', () => {});
		const first = cursor.button(0, { label: 'a', pressed: true });
		expect(first).toMatchObject({ role: 'button', tabindex: 0, 'aria-label': 'a', 'aria-pressed': true });
		expect(first['aria-disabled']).toBeUndefined();
		expect(cursor.button(1, { label: 'b', disabled: true })).toMatchObject({
			tabindex: -1,
			'aria-disabled': true
		});
	});

	it.each([
		['ltr', 'ArrowRight', 1],
		['rtl', 'ArrowLeft', 1],
		['rtl', 'ArrowRight', 0],
		['ltr', 'End', 2]
	] as const)('%s %s moves the cursor to mark %i and focuses it', (dir, key, to) => {
		const { cursor } = setup(dir, () => {});
		const event = press(key);
		cursor.button(0, { label: 'a' }).onkeydown!(event);
		expect(event.preventDefault).toHaveBeenCalled();
		expect(cursor.button(to, { label: 'x' }).tabindex).toBe(0);
		if (to !== 0) expect(cursor.marks[to]!.focus).toHaveBeenCalled();
	});

	it('selects on Enter, Space and click; ignores other keys; follows focus', () => {
		const { cursor, select } = setup('ltr', () => {});
		const attributes = cursor.button(2, { label: 'c' });
		attributes.onkeydown!(press('Enter'));
		attributes.onkeydown!(press(' '));
		attributes.onclick!();
		expect(select.mock.calls).toEqual([[2], [2], [2]]);
		const other = press('a');
		attributes.onkeydown!(other);
		expect(other.preventDefault).not.toHaveBeenCalled();
		attributes.onfocus!();
		expect(cursor.button(2, { label: 'c' }).tabindex).toBe(0);
	});
});
