import type { Handle } from '@sveltejs/kit';
import { isLang, locales } from '$lib/i18n/locales';

/** SvelteKit's module preload links, as written into the page's head. */
const MODULE_PRELOAD = /<link href="([^"]+)" rel="modulepreload">\s*/g;

/**
 * `<html lang dir>` per page, written into the prerendered HTML (the first path segment is the
 * language).
 * The modules of hydration are preloaded only once the first frame is painted: as links in the
 * head (or at the end of the body), fetched and compiled while the HTML was parsed, they held the
 * first chart's paint back (2.1× the floor against 1.4–1.7×, `npm run bench`); without them a
 * phone finds the imports one round trip at a time (~0.4 s more before a filter answers). So
 * their addresses wait in a data block, and the script at the end of src/app.html adds the links
 * after the first paint, as it switches the fonts on.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const segment = event.url.pathname.split('/')[1];
	const locale = isLang(segment) ? locales[segment] : { lang: 'en', dir: 'ltr' };
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const modules = [...html.matchAll(MODULE_PRELOAD)].map((match) => match[1]);
			const page = html.replace('%lang%', locale.lang).replace('%dir%', locale.dir);
			if (modules.length === 0) return page;
			return page
				.replace(MODULE_PRELOAD, '')
				.replace(
					'</head>',
					`<script type="application/json" id="after-paint-modules">${JSON.stringify(modules)}</script></head>`
				);
		},
		preload: ({ type }) => type !== 'font'
	});
};
