import { error } from '@sveltejs/kit';
import { chartSpecs, specById } from '$lib/catalog';
import { Coordinator } from '$lib/coordinator';
import { querySourceCount } from '$lib/data/queries';
import { publicOrigin } from '$lib/embed/oembed';
import { languages } from '$lib/i18n/locales';
import { getPrerenderEngine } from '$lib/server/engine';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One embed page per chart spec and language: a chart added to the specs is embeddable. */
export const entries: EntryGenerator = () =>
	chartSpecs.flatMap((chart) => languages.map((lang) => ({ lang, chart: chart.id })));

// Build time only: the chart's unfiltered rows go into the HTML; the embed filters them in JS.
export const load: PageServerLoad = async ({ params }) => {
	const chart = specById(params.chart);
	if (!chart) error(404, 'Unknown chart');
	const engine = await getPrerenderEngine();
	const coordinator = Coordinator.over(engine);
	const [rows, sourceCount, editions] = await Promise.all([
		coordinator.rows(chart, {}),
		querySourceCount(engine),
		coordinator.rows(specById('participation')!, {})
	]);
	// What a mark's tooltip says of its edition (number, coverage, sources), as on the dashboard.
	const editionFacts = editions.map(({ year, edition, coverage, sources }) => ({
		year,
		edition,
		coverage,
		sources
	}));
	// The oEmbed discovery link is absolute when the public origin is known at build time.
	return { chartId: chart.id, rows, sourceCount, editionFacts, origin: publicOrigin(process.env) ?? '' };
};
