import type { Handle } from '@sveltejs/kit';
import { isLang, locales } from '$lib/i18n/locales';

/**
 * `<html lang dir>` per page, written into the prerendered HTML (the first path segment is the
 * language). The `modulepreload` links of hydration move to the end of the body: in the head,
 * fetched and compiled while the HTML is parsed, the modules held the first paint back (~50 ms,
 * `npm run bench`, FCP); without them, each level of imports waited for the one before (start →
 * app → chunks → page: ~1.8 s more on the bench's phone profile before the page could answer a
 * filter). At the end, all of them are asked at once, after the page is there to paint.
 * No font preloads from SvelteKit either (it would preload all six faces of src/fonts.css): the
 * language layout preloads the one regular face the page's language needs.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const segment = event.url.pathname.split('/')[1];
	const locale = isLang(segment) ? locales[segment] : { lang: 'en', dir: 'ltr' };
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			preloadsAtEnd(html.replace('%lang%', locale.lang).replace('%dir%', locale.dir)),
		preload: ({ type }) => type !== 'font'
	});
};

const MODULEPRELOAD = /<link href="[^"]*" rel="modulepreload">/g;

/** The page with its `modulepreload` links moved from the head to just before `</body>`. */
export function preloadsAtEnd(html: string): string {
	const links = html.match(MODULEPRELOAD);
	if (!links || !html.includes('</body>')) return html;
	return html.replace(MODULEPRELOAD, '').replace('</body>', `${links.join('')}</body>`);
}
