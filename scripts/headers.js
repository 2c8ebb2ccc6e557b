// @ts-check
// The one definition of the site's HTTP headers: scripts/serve.js sends them and scripts/compress.js
// writes them into build/_headers for static hosts, so local runs and deployments cannot drift apart.
import { createHash } from 'node:crypto';

/** Embeds (`/fr/embed/participation/`…) are the only pages other sites may put in an iframe. */
const EMBED = /^\/(ar|fr|en)\/embed\//;

/** Vite content-hashes everything under this prefix, so a URL's bytes never change. */
const IMMUTABLE = '/_app/immutable/';

/** @param {string} pathname */
export const isEmbed = (pathname) => EMBED.test(pathname);

/** @param {string} pathname  Extension without the dot, lower-cased ('' when there is none). */
export function extensionOf(pathname) {
	const last = pathname.slice(pathname.lastIndexOf('/') + 1);
	const dot = last.lastIndexOf('.');
	return dot > 0 ? last.slice(dot + 1).toLowerCase() : '';
}

/** @type {Readonly<Record<string, string>>} */
export const contentTypes = Object.freeze({
	html: 'text/html; charset=utf-8',
	js: 'text/javascript; charset=utf-8',
	mjs: 'text/javascript; charset=utf-8',
	css: 'text/css; charset=utf-8',
	json: 'application/json; charset=utf-8',
	csv: 'text/csv; charset=utf-8',
	parquet: 'application/vnd.apache.parquet',
	wasm: 'application/wasm',
	svg: 'image/svg+xml',
	png: 'image/png',
	jpg: 'image/jpeg',
	webp: 'image/webp',
	ico: 'image/x-icon',
	txt: 'text/plain; charset=utf-8',
	md: 'text/markdown; charset=utf-8',
	woff2: 'font/woff2',
	map: 'application/json; charset=utf-8',
	webmanifest: 'application/manifest+json; charset=utf-8',
	xml: 'application/xml; charset=utf-8'
});

/** What scripts/compress.js precompresses, so what the server may find `.br` / `.gz` siblings of. */
export const compressible = new Set([
	'wasm',
	'js',
	'mjs',
	'css',
	'html',
	'json',
	'csv',
	'svg',
	'txt',
	'md',
	'xml',
	'map'
]);

/**
 * The Content-Security-Policy of one page. Scripts: our own files plus the page's inline scripts by
 * hash (SvelteKit's boot script); 'wasm-unsafe-eval' lets DuckDB compile WebAssembly without the
 * far broader 'unsafe-eval'. Styles allow inline because Svelte transitions and style attributes need it.
 * @param {string} pathname
 * @param {readonly string[]} [inlineScriptHashes]  `'sha256-…'` sources, quotes included
 */
export function cspFor(pathname, inlineScriptHashes = []) {
	const ancestors = isEmbed(pathname) ? 'https: http://localhost:* http://127.0.0.1:*' : "'none'";
	return [
		`default-src 'self'`,
		["script-src 'self' 'wasm-unsafe-eval'", ...new Set(inlineScriptHashes)].join(' '),
		`style-src 'self' 'unsafe-inline'`,
		`img-src 'self' data: blob:`,
		`font-src 'self'`,
		`connect-src 'self'`,
		`worker-src 'self' blob:`,
		`object-src 'none'`,
		`base-uri 'self'`,
		`form-action 'self'`,
		`frame-ancestors ${ancestors}`
	].join('; ');
}

/**
 * Response headers for a URL path. HTML is recognised by the path (`/fr/`, `/x.html`, no extension)
 * unless `html` says otherwise (the server knows which file it resolved to).
 * @param {string} pathname
 * @param {{ inlineScriptHashes?: readonly string[], html?: boolean }} [options]
 * @returns {Record<string, string>}
 */
export function headersFor(pathname, { inlineScriptHashes = [], html } = {}) {
	const ext = extensionOf(pathname);
	const isHtml = html ?? (ext === '' || ext === 'html');
	const embed = isEmbed(pathname);
	/** @type {Record<string, string>} */
	const headers = {};
	if (isHtml) headers['Content-Security-Policy'] = cspFor(pathname, inlineScriptHashes);
	headers['X-Content-Type-Options'] = 'nosniff';
	headers['Referrer-Policy'] = 'strict-origin-when-cross-origin';
	headers['Permissions-Policy'] = 'camera=(), microphone=(), geolocation=()';
	// Embeds are framed by other sites and may be opened from them: no DENY, no opener isolation.
	if (!embed) {
		headers['X-Frame-Options'] = 'DENY';
		headers['Cross-Origin-Opener-Policy'] = 'same-origin';
	}
	// Everything but hashed assets revalidates, so a new build (pages, data CSVs) shows up at once.
	headers['Cache-Control'] = pathname.startsWith(IMMUTABLE)
		? 'public, max-age=31536000, immutable'
		: 'no-cache';
	return headers;
}

/**
 * `'sha256-…'` of every inline `<script>` (no `src`) in an HTML document, hashed the way browsers
 * do: over the UTF-8 text between the tags after the HTML parser's newline normalisation.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
	/** @type {Set<string>} */
	const hashes = new Set();
	for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
		if (/\ssrc(\s*=|\s|$)/i.test(` ${attributes}`)) continue; // a src script's body never runs
		const text = body.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
		hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
	}
	return [...hashes];
}

/**
 * The URL path an HTML file of build/ is served at: `fr/index.html` → `/fr/`, `index.html` → `/`,
 * `404.html` → `/404`. The key of build/_csp.json and of the page's block in build/_headers.
 * @param {string} relativeFile  path inside build/, with `/` or `\` separators
 */
export function routeOfHtmlFile(relativeFile) {
	const file = '/' + relativeFile.split('\\').join('/').replace(/^\/+/, '');
	if (file.endsWith('/index.html')) return file.slice(0, -'index.html'.length);
	return file.replace(/\.html$/, '');
}
