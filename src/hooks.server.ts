import type { Handle } from '@sveltejs/kit';
import { isLang, locales } from '$lib/i18n/locales';

/**
 * `<html lang dir>` per page, written into the prerendered HTML (the first path segment is the
 * language). No `modulepreload` links: fetched and compiled while the HTML is parsed, the 23
 * modules of hydration held the first paint back by ~50 ms against the same page without them
 * (`npm run bench`, FCP); the prerendered page is complete without JS, so hydration can follow it.
 * Moved to the end of the body, they saved ~0.4 s of a phone's wait for an interaction but held
 * the first chart's paint back more (2.1× the floor against 1.4–1.7×): the paint wins.
 * No font preloads either: the fonts come in after the first paint (src/routes/+layout.svelte).
 */
export const handle: Handle = async ({ event, resolve }) => {
	const segment = event.url.pathname.split('/')[1];
	const locale = isLang(segment) ? locales[segment] : { lang: 'en', dir: 'ltr' };
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', locale.lang).replace('%dir%', locale.dir),
		preload: ({ type }) => type !== 'js' && type !== 'font'
	});
};
