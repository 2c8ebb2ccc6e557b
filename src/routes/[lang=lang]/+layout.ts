import type { Lang } from '$lib/i18n/locales';
import type { LayoutLoad } from './$types';

// The matcher (src/params/lang.ts) already guarantees one of our languages.
export const load: LayoutLoad = ({ params }) => ({ lang: params.lang as Lang });
