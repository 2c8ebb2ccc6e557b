import { queryAll } from '$lib/catalog';
import { queryKeyFacts, querySourceCount } from '$lib/data/queries';
import { languages } from '$lib/i18n/locales';
import { getPrerenderEngine } from '$lib/server/engine';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => languages.map((lang) => ({ lang }));

// Runs at build time only: every chart's rows for the default view go into the prerendered HTML.
export const load: PageServerLoad = async () => {
	const engine = await getPrerenderEngine();
	const [rows, sourceCount, keyFacts] = await Promise.all([
		queryAll(engine, {}),
		querySourceCount(engine),
		queryKeyFacts(engine)
	]);
	return { rows, sourceCount, keyFacts };
};
