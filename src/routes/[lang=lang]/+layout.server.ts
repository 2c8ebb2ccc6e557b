import { messagesFor } from '$lib/i18n/catalog';
import type { Lang } from '$lib/i18n/locales';
import type { LayoutServerLoad } from './$types';

// A page's messages in its one language travel as data: in the prerendered HTML's hydration data,
// and in `__data.json` when the reader switches language, so no page's JavaScript holds the three
// catalogues. The matcher (src/params/lang.ts) already guarantees one of our languages.
export const load: LayoutServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	return { lang, messages: messagesFor(lang) };
};
