import { page } from '$app/state';

/**
 * The query string in the address bar, read reactively. A filter change is a shallow history entry
 * (SvelteKit's `pushState`, no navigation): `page.url` keeps the address the page was loaded at,
 * and each entry carries its own query string in `page.state`.
 */
export const pageSearch = (): string => page.state.search ?? page.url.search;
