import type ChartTooltip from './ChartTooltip.svelte';
import type DownloadMenu from './DownloadMenu.svelte';

/** The chart frame's tools that only serve a reader acting on a chart. */
export interface FrameTools {
	ChartTooltip: typeof ChartTooltip;
	DownloadMenu: typeof DownloadMenu;
}

let loading: Promise<FrameTools> | undefined;

/**
 * Loads the tooltip and the Download menu once for every frame, after hydration: neither draws
 * anything before JavaScript runs, so they stay out of the page's critical JavaScript.
 */
export function loadFrameTools(): Promise<FrameTools> {
	loading ??= Promise.all([import('./ChartTooltip.svelte'), import('./DownloadMenu.svelte')]).then(
		([tooltip, download]) => ({ ChartTooltip: tooltip.default, DownloadMenu: download.default })
	);
	return loading;
}
