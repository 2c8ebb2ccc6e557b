import { describe, expect, it, vi } from 'vitest';
import { createCursor } from '$lib/charts/cursor.svelte';
import type { Direction } from '$lib/charts/core/direction';

/** A key press the cursor can handle outside a browser: the key and preventDefault. */
const press = (key: string) => ({ key, preventDefault: vi.fn() });
/** A drawn mark: only focus() is used. */
const mark = () => ({ focus: vi.fn() }) as unknown as SVGElement;

function setup(dir: Direction, onselect: ((mark: never) => void) | undefined, count = 3) {
	const select = vi.fn();
	const cursor = createCursor({ chart: () => ({ dir, onselect }), count: () => count, select });
	for (let i = 0; i < count; i++) cursor.marks[i] = mark();
	// The marks' group, as the chart attaches the cursor to it: its listeners by event type.
	const heard = new Map<string, (event: Event) => void>();
	const group = {
		addEventListener: (type: string, listener: (event: Event) => void) => heard.set(type, listener),
		removeEventListener: (type: string) => heard.delete(type)
	} as unknown as Element;
	const stop = cursor.listen(group);
	/** An event of `type` on mark `index` (as its target), heard on the group. */
	const on = (type: string, index: number, event: object = {}) => {
		const sent = { ...event, target: cursor.marks[index] } as unknown as Event;
		heard.get(type)?.(sent);
		return sent;
	};
	return { cursor, select, on, heard, stop };
}

describe('createCursor (the charts keyboard cursor)', () => {
	it('gives no button attributes when the chart has no onselect', () => {
		const { cursor } = setup('ltr', undefined);
		expect(cursor.button(0, { label: 'a' })).toEqual({});
		expect(cursor.button(0, { label: 'a', pressed: true, disabled: true })).toEqual({});
	});

	it('puts one mark in the tab order and names each mark', () => {
		const { cursor } = setup('ltr', () => {});
		const first = cursor.button(0, { label: 'a', pressed: true });
		expect(first).toEqual({ role: 'button', tabindex: 0, label: 'a', pressed: true, disabled: undefined });
		expect(cursor.button(1, { label: 'b', disabled: true })).toMatchObject({
			tabindex: -1,
			disabled: true
		});
	});

	it.each([
		['ltr', 'ArrowRight', 1],
		['rtl', 'ArrowLeft', 1],
		['rtl', 'ArrowRight', 0],
		['ltr', 'End', 2]
	] as const)('%s %s moves the cursor to mark %i and focuses it', (dir, key, to) => {
		const { cursor, on } = setup(dir, () => {});
		const event = press(key);
		on('keydown', 0, event);
		expect(event.preventDefault).toHaveBeenCalled();
		expect(cursor.button(to, { label: 'x' }).tabindex).toBe(0);
		expect(cursor.marks[to]!.focus).toHaveBeenCalledOnce();
	});

	it('selects on Enter, Space and click; ignores other keys; follows focus', () => {
		const { cursor, select, on } = setup('ltr', () => {});
		on('keydown', 2, press('Enter'));
		on('keydown', 2, press(' '));
		on('click', 2);
		expect(select.mock.calls).toEqual([[2], [2], [2]]);
		const other = press('a');
		on('keydown', 2, other);
		expect(other.preventDefault).not.toHaveBeenCalled();
		on('focusin', 2);
		expect(cursor.button(2, { label: 'c' }).tabindex).toBe(0);
	});

	it('hears nothing from other shapes of the group, nor from a chart that is not interactive', () => {
		const { select, heard } = setup('ltr', () => {});
		heard.get('click')!({ target: {} } as unknown as Event);
		expect(select).not.toHaveBeenCalled();
		const still = setup('ltr', undefined);
		still.on('click', 1);
		const key = press('Enter');
		still.on('keydown', 1, key);
		expect(still.select).not.toHaveBeenCalled();
		expect(key.preventDefault).not.toHaveBeenCalled();
	});

	it('stops listening when the group goes', () => {
		const { heard, stop } = setup('ltr', () => {});
		expect([...heard.keys()].sort()).toEqual(['click', 'focusin', 'keydown']);
		stop?.();
		expect(heard.size).toBe(0);
	});
});
