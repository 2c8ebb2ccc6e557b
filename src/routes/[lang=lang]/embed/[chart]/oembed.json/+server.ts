import { error, json } from '@sveltejs/kit';
import { chartSpecs, specById } from '$lib/catalog';
import { oembedResponse } from '$lib/embed/oembed';
import { fill, messagesFor } from '$lib/i18n';
import { isLang, languages } from '$lib/i18n/locales';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	chartSpecs.flatMap((chart) => languages.map((lang) => ({ lang, chart: chart.id })));

/** A static oEmbed response; URLs are site-relative because the site's origin is unknown at build time. */
export const GET: RequestHandler = ({ params }) => {
	const chart = specById(params.chart);
	if (!chart || !isLang(params.lang)) error(404, 'Unknown chart');
	const messages = messagesFor(params.lang);
	const title = chart.title(messages);
	return json(
		oembedResponse({
			origin: '',
			lang: params.lang,
			chart: chart.id,
			title: fill(messages.embed.oembedTitle, { title }),
			providerName: messages.embed.credit
		})
	);
};
