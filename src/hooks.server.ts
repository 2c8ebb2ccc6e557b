import type { Handle } from '@sveltejs/kit';
import { isLang, locales } from '$lib/i18n/locales';

/** `<html lang dir>` per page, written into the prerendered HTML (the first path segment is the language). */
export const handle: Handle = async ({ event, resolve }) => {
	const segment = event.url.pathname.split('/')[1];
	const locale = isLang(segment) ? locales[segment] : { lang: 'en', dir: 'ltr' };
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', locale.lang).replace('%dir%', locale.dir)
	});
};
