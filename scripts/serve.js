// @ts-check
// The production server behind `npm start` / `npm run preview`: static files of build/ with the
// headers of scripts/headers.js and the .br / .gz siblings written by scripts/compress.js.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import {
	compressible,
	contentTypes,
	extensionOf,
	headersFor,
	inlineScriptHashes,
	routeOfHtmlFile
} from './headers.js';

/**
 * What the build writes into oEmbed answers when PUBLIC_SITE_ORIGIN is not set
 * (src/lib/embed/oembed.ts, ORIGIN_PLACEHOLDER): this server answers with its own address instead.
 */
export const ORIGIN_PLACEHOLDER = 'https://site-origin.invalid';
const OEMBED = /\/oembed\.json$/;

/** Build outputs that are for this server and static hosts, not for browsers. */
const PRIVATE = new Set(['/_csp.json', '/_headers']);
const ENCODINGS = /** @type {const} */ ([
	['br', '.br'],
	['gzip', '.gz']
]);

/** @param {string} path */
const statOrNull = (path) => stat(path).catch(() => null);

/** The encodings we hold siblings for that the client accepts (q > 0), best first. @param {string} [header] */
function accepted(header = '') {
	/** @type {Map<string, number>} */
	const q = new Map();
	for (const part of header.toLowerCase().split(',')) {
		const [name, ...params] = part.split(';').map((s) => s.trim());
		const qParam = params.find((p) => p.startsWith('q='));
		if (name) q.set(name, qParam ? Number(qParam.slice(2)) : 1);
	}
	return ENCODINGS.filter(([name]) => (q.get(name) ?? q.get('*') ?? 0) > 0);
}

/** @param {string | undefined} header @param {string} etag */
const notModified = (header, etag) =>
	!!header && (header.trim() === '*' || header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag));

/**
 * build/_csp.json, re-read when a new build rewrites it; a page missing from it (no compress step
 * yet) is hashed on the fly, so the CSP always matches the HTML actually sent.
 * @param {string} root
 */
function cspHashes(root) {
	let cache = { mtimeMs: -1, routes: /** @type {Record<string, string[]>} */ ({}) };
	return async (/** @type {string} */ route, /** @type {string} */ file) => {
		const stats = await statOrNull(join(root, '_csp.json'));
		if (!stats) cache = { mtimeMs: -1, routes: {} };
		else if (stats.mtimeMs !== cache.mtimeMs) {
			const routes = await readFile(join(root, '_csp.json'), 'utf8').then(JSON.parse, () => ({}));
			cache = { mtimeMs: stats.mtimeMs, routes };
		}
		return cache.routes[route] ?? inlineScriptHashes(await readFile(file, 'utf8'));
	};
}

/**
 * @typedef {{ root: string, hashes: ReturnType<typeof cspHashes>, origin: string }} Context
 * @typedef {http.IncomingMessage} Req
 * @typedef {http.ServerResponse} Res
 */

/** @param {Req} req @param {Res} res @param {number} status @param {string} text @param {Record<string, string>} headers */
function sendText(req, res, status, text, headers) {
	const body = Buffer.from(text + '\n');
	res.writeHead(status, {
		...headers,
		'Content-Type': contentTypes.txt,
		'Content-Length': String(body.length)
	});
	res.end(req.method === 'HEAD' ? undefined : body);
}

/** @param {Context} ctx @param {Req} req @param {Res} res @param {string} file @param {import('node:fs').Stats} stats @param {number} status */
async function sendFile(ctx, req, res, file, stats, status) {
	const ext = extensionOf(file);
	const rel = relative(ctx.root, file).split(sep).join('/');
	const html = ext === 'html';
	const route = html ? routeOfHtmlFile(rel) : `/${rel}`;
	const inlineScriptHashes = html ? await ctx.hashes(route, file) : [];
	const headers = headersFor(route, { inlineScriptHashes, html });
	if (OEMBED.test(rel)) {
		const text = await readFile(file, 'utf8');
		if (text.includes(ORIGIN_PLACEHOLDER)) {
			// Built without PUBLIC_SITE_ORIGIN: absolute URLs on this server's own address.
			const body = Buffer.from(text.split(ORIGIN_PLACEHOLDER).join(ctx.origin));
			headers['ETag'] = `"${body.length.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}-o"`;
			if (status === 200 && notModified(req.headers['if-none-match'], headers['ETag'])) {
				res.writeHead(304, headers);
				return res.end();
			}
			headers['Content-Type'] = contentTypes[ext] ?? 'application/octet-stream';
			headers['Content-Length'] = String(body.length);
			res.writeHead(status, headers);
			return res.end(req.method === 'HEAD' ? undefined : body);
		}
	}
	let [body, bodyStats, encoding] = [file, stats, ''];
	if (compressible.has(ext)) {
		headers['Vary'] = 'Accept-Encoding';
		for (const [name, suffix] of accepted(req.headers['accept-encoding'])) {
			const sibling = await statOrNull(file + suffix);
			// An older sibling belongs to a previous build of the file: never send it.
			if (sibling?.isFile() && sibling.mtimeMs >= stats.mtimeMs) {
				[body, bodyStats, encoding] = [file + suffix, sibling, name];
				break;
			}
		}
	}
	headers['ETag'] =
		`"${bodyStats.size.toString(36)}-${Math.floor(bodyStats.mtimeMs).toString(36)}${encoding && `-${encoding}`}"`;
	if (status === 200 && notModified(req.headers['if-none-match'], headers['ETag'])) {
		res.writeHead(304, headers);
		return res.end();
	}
	headers['Content-Type'] = contentTypes[ext] ?? 'application/octet-stream';
	headers['Content-Length'] = String(bodyStats.size);
	if (encoding) headers['Content-Encoding'] = encoding;
	res.writeHead(status, headers);
	if (req.method === 'HEAD') return res.end();
	await pipeline(createReadStream(body), res).catch(() => res.destroy()); // client gone, or file vanished
}

/** @param {Context} ctx @param {Req} req @param {Res} res @param {string} pathname */
async function notFound(ctx, req, res, pathname) {
	const page = join(ctx.root, '404.html');
	const stats = await statOrNull(page);
	if (stats?.isFile()) return sendFile(ctx, req, res, page, stats, 404);
	sendText(req, res, 404, 'Not found', headersFor(pathname, { html: false }));
}

/** @param {Context} ctx @param {Req} req @param {Res} res */
async function handle(ctx, req, res) {
	const base = headersFor('/', { html: false });
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		return sendText(req, res, 405, 'Method not allowed', { ...base, Allow: 'GET, HEAD' });
	}
	const raw = req.url ?? '/';
	const [rawPath, search] = raw.includes('?')
		? [raw.slice(0, raw.indexOf('?')), raw.slice(raw.indexOf('?'))]
		: [raw, ''];
	/** @type {string} */
	let pathname;
	try {
		pathname = decodeURIComponent(rawPath);
	} catch {
		return sendText(req, res, 400, 'Bad request', base);
	}
	// Checked after decoding, so `%2e%2e`, `..%2f` and `%5c` are refused too; `join` below then
	// cannot leave root, and the prefix test is a second lock.
	const segments = pathname.split('/');
	if (!pathname.startsWith('/') || /[\0\\]/.test(pathname) || segments.includes('..')) {
		return sendText(req, res, 400, 'Bad request', base);
	}
	let file = join(ctx.root, pathname);
	if (file !== ctx.root && !file.startsWith(ctx.root + sep))
		return sendText(req, res, 400, 'Bad request', base);
	// Dotfiles (.build-stamp), our private outputs and raw .br/.gz files are not part of the site.
	const hidden = segments.some((s) => s.startsWith('.') && s !== '.well-known') || PRIVATE.has(pathname);
	if (hidden || /\.(br|gz)$/i.test(pathname)) return notFound(ctx, req, res, pathname);
	let stats = await statOrNull(file);
	if (stats?.isDirectory()) {
		if (!pathname.endsWith('/')) {
			// Leading slashes collapsed: `//evil.example` must not become a protocol-relative redirect.
			const location = `/${rawPath.replace(/^\/+/, '')}/${search}`;
			res.writeHead(308, { ...base, Location: location, 'Content-Length': '0' });
			return res.end();
		}
		file = join(file, 'index.html');
		stats = await statOrNull(file);
	} else if (!stats && !pathname.endsWith('/')) {
		file += '.html';
		stats = await statOrNull(file);
	}
	if (!stats?.isFile()) return notFound(ctx, req, res, pathname);
	return sendFile(ctx, req, res, file, stats, 200);
}

/**
 * @param {{ root?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ server: http.Server, url: string, close: () => Promise<void> }>}
 */
export async function createServer({ root = 'build', port = 4173, host = '127.0.0.1' } = {}) {
	const dir = resolve(root);
	/** @type {Context} */
	const ctx = { root: dir, hashes: cspHashes(dir), origin: '' };
	const server = http.createServer((req, res) => {
		handle(ctx, req, res).catch((error) => {
			console.error(`serve: ${req.method} ${req.url}:`, error);
			if (res.headersSent) res.destroy();
			else sendText(req, res, 500, 'Internal server error', headersFor('/', { html: false }));
		});
	});
	await new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => done(server.off('error', fail)));
	});
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}/`;
	ctx.origin = new URL(url).origin;
	const close = () =>
		/** @type {Promise<void>} */ (
			new Promise((done) => {
				server.close(() => done());
				server.closeAllConnections(); // keep-alive sockets would hold close() open
			})
		);
	return { server, url, close };
}

/**
 * For the CLIs: serves the project's build/ on $HOST:$PORT (127.0.0.1:4173; HOST=0.0.0.0 serves
 * other machines and containers), prints the address, exits on failure.
 */
export async function serveBuild() {
	const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'build');
	const port = Number(process.env.PORT ?? 4173);
	const host = process.env.HOST || '127.0.0.1';
	try {
		if (!Number.isInteger(port) || port < 0 || port > 65535)
			throw new Error(`PORT=${process.env.PORT} is not a port`);
		if (!(await statOrNull(join(root, 'index.html'))))
			throw new Error(`${root} has no index.html: run npm run build`);
		const { url } = await createServer({ root, port, host });
		console.log(`Imtiaz Observatory: ${url}`);
		return url;
	} catch (/** @type {any} */ error) {
		console.error(
			error?.code === 'EADDRINUSE'
				? `Port ${port} is in use: set PORT=…`
				: error?.code === 'EADDRNOTAVAIL' || error?.code === 'ENOTFOUND'
					? `HOST=${host} is not an address of this machine`
					: (error?.message ?? error)
		);
		process.exit(1);
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await serveBuild();
