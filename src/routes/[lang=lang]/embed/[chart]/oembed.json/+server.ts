import { error, json } from '@sveltejs/kit';
import { chartSpecs, specById } from '$lib/catalog';
import { ORIGIN_PLACEHOLDER, oembedResponse, publicOrigin } from '$lib/embed/oembed';
import { fill } from '$lib/i18n';
import { messagesFor } from '$lib/i18n/catalog';
import { isLang, languages } from '$lib/i18n/locales';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	chartSpecs.flatMap((chart) => languages.map((lang) => ({ lang, chart: chart.id })));

/**
 * A static oEmbed response with absolute URLs: the public origin set at build time
 * (`PUBLIC_SITE_ORIGIN`), else a placeholder that `npm start`'s server fills with its own address.
 */
export const GET: RequestHandler = ({ params }) => {
	const chart = specById(params.chart);
	if (!chart || !isLang(params.lang)) error(404, 'Unknown chart');
	const messages = messagesFor(params.lang);
	const title = chart.title(messages);
	return json(
		oembedResponse({
			origin: publicOrigin(process.env) ?? ORIGIN_PLACEHOLDER,
			lang: params.lang,
			chart: chart.id,
			title: fill(messages.embed.oembedTitle, { title }),
			providerName: messages.embed.credit
		})
	);
};
