import type { Attachment } from 'svelte/attachments';

/**
 * Tells `onwidth` an element's `clientWidth` now and whenever it changes, read only in a
 * ResizeObserver's callback, where the page is already laid out. Svelte's `bind:clientWidth` also
 * reads it as the element mounts, which lays the page out again for every chart while the page
 * hydrates (~100 ms of a phone's hydration, six charts). One observer serves every chart.
 */
export function observeWidth(onwidth: (width: number) => void): Attachment<HTMLElement> {
	return (element) => {
		listeners.set(element, onwidth);
		observer().observe(element);
		return () => {
			listeners.delete(element);
			observer().unobserve(element);
		};
	};
}

const listeners = new WeakMap<Element, (width: number) => void>();
let shared: ResizeObserver | undefined;

function observer(): ResizeObserver {
	shared ??= new ResizeObserver((entries) => {
		for (const entry of entries) listeners.get(entry.target)?.((entry.target as HTMLElement).clientWidth);
	});
	return shared;
}
