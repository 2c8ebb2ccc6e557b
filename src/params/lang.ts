import type { ParamMatcher } from '@sveltejs/kit';
import { isLang } from '$lib/i18n/locales';

export const match: ParamMatcher = (param) => isLang(param);
