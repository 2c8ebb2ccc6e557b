import { queryAll } from '$lib/catalog';
import { queryKeyFacts, querySourceCount, queryViewSources, type ViewSourceRow } from '$lib/data/queries';
import { languages } from '$lib/i18n/locales';
import { getPrerenderEngine } from '$lib/server/engine';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => languages.map((lang) => ({ lang }));

// Runs at build time only: every chart's rows for the default view go into the prerendered HTML.
export const load: PageServerLoad = async () => {
	const engine = await getPrerenderEngine();
	const [rows, sourceCount, keyFacts, sourceRows] = await Promise.all([
		queryAll(engine, {}),
		querySourceCount(engine),
		queryKeyFacts(engine),
		queryViewSources(engine, {})
	]);
	// The sources behind each view's rows, keyed by chart id (every view has a list, maybe empty).
	const sources: Record<string, ViewSourceRow[]> = Object.fromEntries(
		Object.keys(rows).map((id) => [id, []])
	);
	for (const source of sourceRows) sources[source.view]?.push(source);
	return { rows, sourceCount, keyFacts, sources };
};
