import { error } from '@sveltejs/kit';
import { queryInstitutionIds, queryInstitutionPrizes, querySourceCount } from '$lib/data/queries';
import { languages } from '$lib/i18n/locales';
import { getPrerenderEngine } from '$lib/server/engine';
import type { EntryGenerator, PageServerLoad } from './$types';

// One page per institution and language, from the table itself.
export const entries: EntryGenerator = async () => {
	const ids = await queryInstitutionIds(await getPrerenderEngine());
	return languages.flatMap((lang) => ids.map((id) => ({ lang, id })));
};

export const load: PageServerLoad = async ({ params }) => {
	const engine = await getPrerenderEngine();
	const [rows, sourceCount] = await Promise.all([
		queryInstitutionPrizes(engine, params.id),
		querySourceCount(engine)
	]);
	if (rows.length === 0) error(404, 'Unknown institution');
	return { rows, sourceCount };
};
