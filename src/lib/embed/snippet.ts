/**
 * The snippets a journalist copies from the "Embed" dialog. Pure string builders: the dialog passes
 * `location.origin` at run time (prerendered HTML may pass `''` for a relative form).
 */
export interface EmbedTarget {
	/** The site's origin (`https://example.org`), or `''` for relative URLs. */
	origin: string;
	lang: string;
	chart: string;
	/** The dashboard's filter query string (`?from=2014`) or `''`. */
	search: string;
	/** The chart's title, used as the iframe's accessible name. */
	title: string;
}

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The embed page's URL: `/{lang}/embed/{chart}/` plus the filters. */
export function embedUrl(target: Pick<EmbedTarget, 'origin' | 'lang' | 'chart' | 'search'>): string {
	return `${target.origin}/${target.lang}/embed/${target.chart}/${target.search}`;
}

/** The iframe snippet: lazy, titled, full width, with a starting height the host script then adjusts. */
export function iframeSnippet(target: EmbedTarget, height = 520): string {
	return (
		`<iframe src="${escapeAttribute(embedUrl(target))}" title="${escapeAttribute(target.title)}" ` +
		`data-imtiaz-chart="${escapeAttribute(target.chart)}" loading="lazy" ` +
		`style="width:100%;min-width:280px;max-width:1200px;height:${height}px;border:0"></iframe>`
	);
}

/** The host script snippet that resizes every embed on the page to its content. */
export function scriptSnippet(origin: string): string {
	return `<script src="${escapeAttribute(origin)}/embed.js" defer></script>`;
}

/** The PNG fallback's URL is the embed page itself (which offers downloads); the plain link is the dashboard. */
export function dashboardUrl(target: Pick<EmbedTarget, 'origin' | 'lang' | 'search'>): string {
	return `${target.origin}/${target.lang}/${target.search}`;
}

/**
 * The PNG fallback for sites that refuse iframes: the downloaded image (uploaded by the journalist
 * next to the article, so `src` is its file name) with the chart's title as `alt`, linking to the
 * live embed in the same language and with the same filters.
 */
export function imageSnippet(
	target: EmbedTarget,
	image: { file: string; width?: number; height?: number }
): string {
	const size =
		image.width && image.height
			? ` width="${Math.round(image.width)}" height="${Math.round(image.height)}"`
			: '';
	return (
		`<a href="${escapeAttribute(embedUrl(target))}">` +
		`<img src="${escapeAttribute(image.file)}" alt="${escapeAttribute(target.title)}"${size} ` +
		`style="max-width:100%;height:auto"></a>`
	);
}
