import { asset, resolve } from '$app/paths';
import type { Lang } from '$lib/i18n/locales';

/**
 * The URL of a page in a language, with the trailing slash every route has (`/fr/`, `/fr/sql/`),
 * so links land on the file directly instead of through a redirect.
 */
export function langPath(lang: Lang, rest = ''): string {
	const tail = rest.replace(/^\/+/, '');
	return `${resolve('/[lang=lang]', { lang })}/${tail}`;
}

/** A file of the site's data (`static/data/`), wherever the site is served from. */
export const dataUrl = (file: string): string => asset(`/data/${file}`);
