import { participation } from '$lib/catalog';
import { querySourceCount } from '$lib/data/queries';
import { getPrerenderEngine } from '$lib/server/engine';
import { languages } from '$lib/i18n/locales';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => languages.map((lang) => ({ lang }));

// Runs at build time only: the rows of the default view go into the prerendered HTML.
export const load: PageServerLoad = async () => {
	const engine = await getPrerenderEngine();
	const [participationRows, sourceCount] = await Promise.all([
		participation.query(engine, {}),
		querySourceCount(engine)
	]);
	return { participation: participationRows, sourceCount };
};
