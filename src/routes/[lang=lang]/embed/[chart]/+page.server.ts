import { error } from '@sveltejs/kit';
import { catalog, chartById } from '$lib/catalog';
import { querySourceCount } from '$lib/data/queries';
import { languages } from '$lib/i18n/locales';
import { getPrerenderEngine } from '$lib/server/engine';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One embed page per chart of the catalog and language: a chart added to the catalog is embeddable. */
export const entries: EntryGenerator = () =>
	catalog.flatMap((chart) => languages.map((lang) => ({ lang, chart: chart.id })));

// Build time only: the chart's unfiltered rows go into the HTML; the embed filters them in JS.
export const load: PageServerLoad = async ({ params }) => {
	const chart = chartById(params.chart);
	if (!chart) error(404, 'Unknown chart');
	const engine = await getPrerenderEngine();
	const [rows, sourceCount] = await Promise.all([chart.query(engine, {}), querySourceCount(engine)]);
	return { chartId: chart.id, rows, sourceCount };
};
