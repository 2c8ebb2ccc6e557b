import { chartSpecs } from '$lib/catalog';
import { Coordinator } from '$lib/coordinator';
import { queryKeyFacts, querySourceCount } from '$lib/data/queries';
import { publicOrigin } from '$lib/embed/oembed';
import { languages } from '$lib/i18n/locales';
import { getPrerenderEngine } from '$lib/server/engine';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => languages.map((lang) => ({ lang }));

// Runs at build time only: every chart's rows and sources for the default view go into the HTML.
export const load: PageServerLoad = async () => {
	const engine = await getPrerenderEngine();
	const coordinator = Coordinator.over(engine);
	const [charts, sourceCount, keyFacts] = await Promise.all([
		Promise.all(
			chartSpecs.map(async (chart) => ({
				id: chart.id,
				rows: await coordinator.rows(chart, {}),
				sources: await coordinator.sources(chart, {})
			}))
		),
		querySourceCount(engine),
		queryKeyFacts(engine)
	]);
	const rows = Object.fromEntries(charts.map((chart) => [chart.id, chart.rows]));
	const sources = Object.fromEntries(charts.map((chart) => [chart.id, chart.sources]));
	// `origin`: the oEmbed discovery link is absolute when the public origin is known at build time.
	return { rows, sourceCount, keyFacts, sources, origin: publicOrigin(process.env) ?? '' };
};
