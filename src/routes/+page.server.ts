import { messagesFor } from '$lib/i18n/catalog';
import { languages } from '$lib/i18n/locales';
import type { PageServerLoad } from './$types';

// The chooser shows each language's tagline: three strings as data, not three catalogues as code.
export const load: PageServerLoad = () => ({
	taglines: Object.fromEntries(languages.map((lang) => [lang, messagesFor(lang).site.tagline]))
});
