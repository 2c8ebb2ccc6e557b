/**
 * The oEmbed 1.0 "rich" response for one chart in one language. Served as a static JSON file next to
 * each embed page; URLs are site-relative when no origin is known at build time.
 */
export interface OEmbedInput {
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
		html:
			`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(input.title)}" ` +
			`data-imtiaz-chart="${escapeAttribute(input.chart)}" loading="lazy" ` +
			`width="${width}" height="${height}" style="width:100%;max-width:1200px;border:0"></iframe>`,
		width,
		height
	};
}
