import type { Attachment } from 'svelte/attachments';
import { cursorKey } from './core/cursor';
import type { ChartProps } from './props';

/** What a chart tells its keyboard cursor; functions, so the cursor follows the chart's props. */
export interface CursorOptions {
	/** The chart's props: `dir` mirrors the arrows; marks are buttons only when `onselect` is given. */
	chart: () => Pick<ChartProps<never>, 'dir' | 'onselect'>;
	/** How many marks the cursor walks, in the order of their indices. */
	count: () => number;
	/** Up/down: chart-specific (e.g. the next row), by default the next/previous mark. */
	vertical?: (index: number, step: 1 | -1) => number;
	/** A click on mark `index`, or Enter or Space on it. */
	select: (index: number) => void;
}

/** The accessible state of one mark drawn as a button. */
export interface MarkButton {
	label: string;
	pressed?: boolean;
	/** A mark that cannot be selected stays in the cursor's path, as a disabled button. */
	disabled?: boolean;
}

/** A mark's button attributes: `role`, `aria-disabled`, `tabindex`, `aria-label`, `aria-pressed`. */
export interface MarkAttributes {
	role?: 'button';
	disabled?: true;
	tabindex?: number;
	label?: string;
	pressed?: boolean;
}

const NOT_A_BUTTON: MarkAttributes = Object.freeze({});

/**
 * The keyboard data cursor of an interactive chart (the keys: `cursorKey`): one mark is in the tab
 * order (roving tabindex) and the arrow keys move it. `marks` holds the drawn elements (bind each
 * mark's `this` to its index); `button(index, …)` gives the attributes that make a mark a button,
 * or none when the chart is not interactive, so one element draws both. The marks' clicks, keys
 * and focus are heard once, on their group (`listen`): a filter change redraws hundreds of marks,
 * and none of them needs handlers of its own made again.
 */
export function createCursor(options: CursorOptions) {
	let cursor = $state(0);
	// Plain, not state: read only by the handlers (focus, which mark an event hit), never drawn.
	const marks: (SVGElement | null)[] = [];

	function keydown(event: KeyboardEvent, index: number): void {
		const action = cursorKey(
			event.key,
			index,
			options.count(),
			options.chart().dir ?? 'ltr',
			options.vertical
		);
		if (!action) return;
		event.preventDefault();
		if ('select' in action) {
			options.select(index);
			return;
		}
		cursor = action.move;
		marks[cursor]?.focus();
	}

	/**
	 * The attributes that make mark `index` a button, each set on its own (all undefined when the
	 * chart is not interactive): a spread would merge every attribute of the mark into one diff,
	 * redone for each of hundreds of marks at a filter change (profiled).
	 */
	function button(index: number, { label, pressed, disabled }: MarkButton): MarkAttributes {
		if (options.chart().onselect === undefined) return NOT_A_BUTTON;
		return {
			role: 'button',
			disabled: disabled ? true : undefined,
			tabindex: index === cursor ? 0 : -1,
			label,
			pressed
		};
	}

	/** The mark an event happened on, or -1 (the group's other shapes, a chart that is not interactive). */
	const markOf = (event: Event) =>
		options.chart().onselect === undefined ? -1 : marks.indexOf(event.target as SVGElement);

	const listen: Attachment<Element> = (group) => {
		const click = (event: Event) => {
			const index = markOf(event);
			if (index >= 0) options.select(index);
		};
		const key = (event: Event) => {
			const index = markOf(event);
			if (index >= 0) keydown(event as KeyboardEvent, index);
		};
		const focus = (event: Event) => {
			const index = markOf(event);
			if (index >= 0) cursor = index;
		};
		group.addEventListener('click', click);
		group.addEventListener('keydown', key);
		group.addEventListener('focusin', focus);
		return () => {
			group.removeEventListener('click', click);
			group.removeEventListener('keydown', key);
			group.removeEventListener('focusin', focus);
		};
	};

	return { marks, button, listen };
}
