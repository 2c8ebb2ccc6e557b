/**
 * The oEmbed 1.0 "rich" response for one chart in one language. Served as a static JSON file next to
 * each embed page. A CMS that fetches it pastes its `html` into another site, so every URL in it is
 * absolute: the site's public origin, given at build time (`PUBLIC_SITE_ORIGIN`). Without it the
 * build writes `ORIGIN_PLACEHOLDER`, which `npm start`'s server replaces with its own address and
 * which, on any other host, fails visibly (`.invalid` never resolves) instead of pointing at the CMS.
 */
export const ORIGIN_PLACEHOLDER = 'https://site-origin.invalid';

/** The origin (`https://host[:port]`, no path) of `value`, or null when it is empty or not one. */
export function parseOrigin(value: string | undefined): string | null {
	if (!value) return null;
	try {
		const url = new URL(value);
		if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
		if (url.pathname !== '/' || url.search || url.hash || url.username) return null;
		return url.origin;
	} catch {
		return null;
	}
}

/** The oEmbed endpoint of a chart: `{origin}/{lang}/embed/{chart}/oembed.json` (origin may be ''). */
export function oembedUrl(origin: string, lang: string, chart: string): string {
	return `${origin}/${lang}/embed/${chart}/oembed.json`;
}

export interface OEmbedInput {
	/** The site's public origin (or `ORIGIN_PLACEHOLDER`): never empty, the URLs must be absolute. */
	origin: string;
	lang: string;
	chart: string;
	title: string;
	providerName: string;
	width?: number;
	height?: number;
}

export interface OEmbedResponse {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
}

function escapeAttribute(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function oembedResponse(input: OEmbedInput): OEmbedResponse {
	const width = input.width ?? 720;
	const height = input.height ?? 520;
	const src = `${input.origin}/${input.lang}/embed/${input.chart}/`;
	return {
		version: '1.0',
		type: 'rich',
		title: input.title,
		provider_name: input.providerName,
		provider_url: `${input.origin}/${input.lang}/`,
		// The host script (static/embed.js) sizes the iframe to the height the embed posts.
		html:
			`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(input.title)}" ` +
			`data-imtiaz-chart="${escapeAttribute(input.chart)}" loading="lazy" ` +
			`width="${width}" height="${height}" style="width:100%;max-width:1200px;border:0"></iframe>` +
			`<script src="${escapeAttribute(input.origin)}/embed.js" defer></script>`,
		width,
		height
	};
}

/**
 * The site's public origin from the build's environment (`PUBLIC_SITE_ORIGIN`, e.g.
 * `https://imtiaz.example`), or null when it is not set. A value that is not a bare origin throws,
 * so the build fails: a typo would otherwise ship oEmbed answers pointing nowhere.
 */
export function publicOrigin(env: Record<string, string | undefined>): string | null {
	const value = env.PUBLIC_SITE_ORIGIN?.trim();
	if (!value) return null;
	const origin = parseOrigin(value);
	if (!origin) throw new Error(`PUBLIC_SITE_ORIGIN=${value} is not an origin (https://host[:port])`);
	return origin;
}
