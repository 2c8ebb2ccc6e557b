import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupSiblings, headersFile } from '../../scripts/compress.js';
import { cspFor, headersFor, inlineScriptHashes, routeOfHtmlFile } from '../../scripts/headers.js';
import { createServer, ORIGIN_PLACEHOLDER } from '../../scripts/serve.js';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const framable = 'frame-ancestors https: http://localhost:* http://127.0.0.1:*';

describe('cspFor / headersFor', () => {
	const pages = [
		'/',
		'/fr/',
		'/ar/sql/',
		'/en/data/',
		'/fr/embed/participation/',
		'/ar/embed/x/',
		'/en/embed/y/'
	];
	it.each(pages)('%s: wasm allowed, eval never, nosniff, no-cache', (path) => {
		const headers = headersFor(path, { inlineScriptHashes: ["'sha256-abc='"] });
		const csp = headers['Content-Security-Policy'];
		expect(csp).toContain("'wasm-unsafe-eval'");
		expect(csp).not.toContain("'unsafe-eval'");
		expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='");
		expect(csp).toContain("object-src 'none'");
		expect(headers['X-Content-Type-Options']).toBe('nosniff');
		expect(headers['Cache-Control']).toBe('no-cache');
	});

	it.each([
		['/', false],
		['/fr/', false],
		['/ar/sql/', false],
		['/en/data/', false],
		['/fr/embedded/', false],
		['/de/embed/x/', false],
		['/fr/embed/participation/', true],
		['/ar/embed/x/', true],
		['/en/embed/y/', true]
	])('%s framable by other sites: %s', (path, embed) => {
		const headers = headersFor(path);
		expect(headers['Content-Security-Policy']).toMatch(embed ? framable : "frame-ancestors 'none'");
		expect(headers['X-Frame-Options']).toBe(embed ? undefined : 'DENY');
		expect(headers['Cross-Origin-Opener-Policy']).toBe(embed ? undefined : 'same-origin');
		expect(cspFor(path).endsWith(embed ? framable : "frame-ancestors 'none'")).toBe(true);
	});

	it.each([
		['/_app/immutable/chunks/a1b2.js', 'public, max-age=31536000, immutable'],
		['/_app/immutable/assets/duckdb-eh.abc.wasm', 'public, max-age=31536000, immutable'],
		['/_app/version.json', 'no-cache'],
		['/data/prizes.csv', 'no-cache'],
		['/favicon.svg', 'no-cache'],
		['/fr/', 'no-cache']
	])('%s: Cache-Control %s, nosniff, CSP only on pages', (path, cache) => {
		const headers = headersFor(path);
		expect(headers['Cache-Control']).toBe(cache);
		expect(headers['X-Content-Type-Options']).toBe('nosniff');
		expect(headers['Permissions-Policy']).toBe('camera=(), microphone=(), geolocation=()');
		expect('Content-Security-Policy' in headers).toBe(path.endsWith('/'));
	});
});

describe('inlineScriptHashes', () => {
	it('hashes inline script bodies as browsers do, skipping src scripts', () => {
		const body = '\n\t\t\t{ __sveltekit = { base: "" }; import("/_app/x.js"); } // é\n\t\t';
		const html = `<head><script src="/a.js"></script><SCRIPT type="module">${body}</script >
			<script data-src="x">${body.replace(/\n/g, '\r\n')}</script><script>const b = 1;</script></head>`;
		// CRLF is normalised to LF by the HTML parser, so the second script has the first one's hash.
		expect(inlineScriptHashes(html)).toEqual([sha256(body), sha256('const b = 1;')]);
	});

	it('maps HTML files to the URL paths they are served at', () => {
		expect(routeOfHtmlFile('index.html')).toBe('/');
		expect(routeOfHtmlFile('fr/index.html')).toBe('/fr/');
		expect(routeOfHtmlFile('fr\\embed\\participation\\index.html')).toBe('/fr/embed/participation/');
		expect(routeOfHtmlFile('404.html')).toBe('/404');
	});

	it('writes one _headers block per page with its own CSP, no header twice for a URL', () => {
		const file = headersFile({ '/': ["'sha256-a='"], '/fr/embed/p/': ["'sha256-b='"] });
		const blocks = file.split('\n\n');
		expect(blocks[0]).toMatch(/^# .*\n\/\*\n {2}X-Content-Type-Options: nosniff/);
		expect(file).toContain(
			"/\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a='"
		);
		expect(file).toMatch(
			/\/fr\/embed\/p\/\n {2}Content-Security-Policy: [^\n]*'sha256-b=';[^\n]*frame-ancestors https:/
		);
		expect(file).toContain('/_app/immutable/*\n  X-Frame-Options: DENY');
		expect(file).toContain('/*.wasm\n  Content-Type: application/wasm\n');
		expect(file.match(/X-Content-Type-Options/g)).toHaveLength(1);
		expect(blocks.find((b) => b.startsWith('/fr/embed/p/'))).not.toContain('X-Frame-Options');
	});

	it("folds many sibling pages into one splat rule allowing each page's inline script", () => {
		const csp: Record<string, string[]> = { '/': ["'sha256-root='"], '/fr/': ["'sha256-fr='"] };
		for (let i = 0; i < 50; i++) csp[`/fr/institutions/i${i}/`] = [`'sha256-i${i}='`];
		const grouped = groupSiblings(csp);
		expect(Object.keys(grouped).sort()).toEqual(['/', '/fr/', '/fr/institutions/*']);
		expect(grouped['/fr/institutions/*']).toHaveLength(50);
		expect(grouped['/fr/institutions/*']).toContain("'sha256-i49='");
		const file = headersFile(csp);
		expect(file.split('\n\n').length).toBeLessThan(10);
		expect(file).toMatch(
			/\/fr\/institutions\/\*\n {2}Content-Security-Policy: [^\n]*'sha256-i0='[^\n]*'sha256-i49='/
		);
	});

	it('keeps a few siblings, and folders with deeper pages, as separate rules', () => {
		const few = { '/fr/embed/a/': ['x'], '/fr/embed/b/': ['y'] };
		expect(groupSiblings(few)).toEqual(few);
		const csp: Record<string, string[]> = { '/fr/x/deep/page/': ['d'] };
		for (let i = 0; i < 10; i++) csp[`/fr/x/p${i}/`] = [`h${i}`];
		expect(Object.keys(groupSiblings(csp))).toHaveLength(11);
	});
});

describe('createServer', () => {
	const script = 'document.documentElement.dataset.ok = "yes";';
	const html = `<!doctype html><html><head><script>${script}</script></head><body>${'hello '.repeat(300)}</body></html>`;
	const wasm = Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), Buffer.alloc(4096)]);
	let root: string;
	let server: Awaited<ReturnType<typeof createServer>>;
	/** An oEmbed answer built without PUBLIC_SITE_ORIGIN: the server fills in its own address. */
	const oembed = {
		provider_url: `${ORIGIN_PLACEHOLDER}/fr/`,
		html: `<iframe src="${ORIGIN_PLACEHOLDER}/fr/embed/p/"></iframe><script src="${ORIGIN_PLACEHOLDER}/embed.js" defer></script>`
	};

	beforeAll(async () => {
		root = await mkdtemp(join(tmpdir(), 'imtiaz-serve-'));
		await mkdir(join(root, 'fr/embed/p'), { recursive: true });
		await mkdir(join(root, '_app/immutable'), { recursive: true });
		await writeFile(join(root, 'index.html'), html);
		await writeFile(join(root, 'fr/index.html'), html);
		await writeFile(join(root, 'fr/embed/p/index.html'), html);
		await writeFile(join(root, 'fr/embed/p/oembed.json'), JSON.stringify(oembed));
		await writeFile(join(root, 'fr/embed/p/oembed.json.br'), brotliCompressSync(JSON.stringify(oembed)));
		await writeFile(join(root, 'about.html'), '<p>about</p>');
		await writeFile(join(root, '_app/immutable/app.js'), 'export const a = 1;\n');
		await writeFile(join(root, 'engine.wasm'), wasm);
		await writeFile(join(root, 'engine.wasm.br'), brotliCompressSync(wasm));
		await writeFile(join(root, 'engine.wasm.gz'), gzipSync(wasm));
		await writeFile(join(root, '.build-stamp'), 'x');
		// Siblings written in the same instant as the file count as current.
		const now = new Date();
		for (const f of ['engine.wasm', 'engine.wasm.br', 'engine.wasm.gz'])
			await utimes(join(root, f), now, now);
		// A sibling older than its file is left over from a previous build.
		await writeFile(join(root, 'stale.js'), 'export const fresh = true;\n');
		await writeFile(join(root, 'stale.js.br'), brotliCompressSync('export const old = true;\n'));
		await utimes(join(root, 'stale.js.br'), new Date(2000, 0), new Date(2000, 0));
		await writeFile(join(tmpdir(), 'imtiaz-secret.txt'), 'secret');
		server = await createServer({ root, port: 0 });
	});
	afterAll(async () => {
		await server?.close();
		await rm(root, { recursive: true, force: true });
		await rm(join(tmpdir(), 'imtiaz-secret.txt'), { force: true });
	});

	const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
		fetch(new URL(path, server.url), { headers, method, redirect: 'manual' });

	/** fetch() normalises `..` away, so traversal attempts go over raw HTTP. */
	const raw = (path: string) =>
		new Promise<{ status: number; location?: string }>((done, fail) => {
			const { hostname, port } = new URL(server.url);
			request({ hostname, port, path }, (res) => {
				res.resume();
				done({ status: res.statusCode ?? 0, location: res.headers.location });
			})
				.on('error', fail)
				.end();
		});

	it('answers an oEmbed built without a public origin with its own address, whatever the encoding', async () => {
		const origin = new URL(server.url).origin;
		for (const accept of ['br, gzip', 'identity']) {
			const res = await get('/fr/embed/p/oembed.json', { 'Accept-Encoding': accept });
			expect(res.status).toBe(200);
			expect(res.headers.get('content-type')).toContain('application/json');
			expect(res.headers.get('content-encoding')).toBeNull();
			const body = await res.json();
			expect(body.provider_url).toBe(`${origin}/fr/`);
			expect(body.html).toBe(
				`<iframe src="${origin}/fr/embed/p/"></iframe><script src="${origin}/embed.js" defer></script>`
			);
		}
		const first = await get('/fr/embed/p/oembed.json');
		const again = await get('/fr/embed/p/oembed.json', { 'If-None-Match': first.headers.get('etag')! });
		expect(again.status).toBe(304);
	});

	it('serves pages with their inline-script hash in the CSP', async () => {
		const res = await get('/', { 'Accept-Encoding': 'identity' });
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(res.headers.get('content-security-policy')).toContain(sha256(script));
		expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		expect(await res.text()).toBe(html);
		const embed = await get('/fr/embed/p/');
		expect(embed.headers.get('content-security-policy')).toContain(framable);
		expect(embed.headers.get('x-frame-options')).toBeNull();
		expect(await (await get('/about')).text()).toBe('<p>about</p>');
	});

	it.each([
		['br, gzip', 'br'],
		['gzip, deflate, br;q=0', 'gzip'],
		['identity', null],
		['', null]
	])('negotiates wasm for Accept-Encoding "%s" → %s', async (accept, encoding) => {
		const res = await get('/engine.wasm', { 'Accept-Encoding': accept });
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/wasm');
		expect(res.headers.get('content-encoding')).toBe(encoding);
		expect(res.headers.get('vary')).toBe('Accept-Encoding');
		expect(res.headers.get('cache-control')).toBe('no-cache');
		// fetch() decodes br and gzip, so the bytes must be the original module whatever was sent.
		expect(Buffer.from(await res.arrayBuffer()).equals(wasm)).toBe(true);
	});

	it('sends Content-Length of the bytes on the wire, and nothing for HEAD', async () => {
		const res = await get('/engine.wasm', { 'Accept-Encoding': 'br' }, 'HEAD');
		expect(Number(res.headers.get('content-length'))).toBe(brotliCompressSync(wasm).length);
		expect(await res.text()).toBe('');
	});

	it('answers 304 to a matching If-None-Match', async () => {
		const first = await get('/engine.wasm', { 'Accept-Encoding': 'gzip' });
		const etag = first.headers.get('etag')!;
		expect(etag).toMatch(/^".+"$/);
		const again = await get('/engine.wasm', { 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
		expect(again.status).toBe(304);
		const other = await get('/engine.wasm', { 'Accept-Encoding': 'br', 'If-None-Match': etag });
		expect(other.status).toBe(200); // a different representation has a different ETag
	});

	it('never sends a sibling older than its file', async () => {
		const res = await get('/stale.js', { 'Accept-Encoding': 'br' });
		expect(res.headers.get('content-encoding')).toBeNull();
		expect(await res.text()).toBe('export const fresh = true;\n');
	});

	it('caches hashed assets forever', async () => {
		const res = await get('/_app/immutable/app.js');
		expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
		expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
	});

	it('redirects a directory without its slash, keeping the query', async () => {
		const res = await get('/fr?lang=1');
		expect(res.status).toBe(308);
		expect(res.headers.get('location')).toBe('/fr/?lang=1');
		// Never a protocol-relative `//host/` Location.
		expect(await raw('//fr')).toEqual({ status: 308, location: '/fr/' });
	});

	it.each([
		'/../imtiaz-secret.txt',
		'/%2e%2e/imtiaz-secret.txt',
		'/fr/..%2f..%2fimtiaz-secret.txt',
		'/..%5cx',
		'/%E0%A4%A'
	])('refuses %s', async (path) => {
		expect([400, 404]).toContain((await raw(path)).status);
	});

	it.each(['/nope', '/.build-stamp', '/engine.wasm.br', '/_csp.json', '/_app/'])(
		'404s %s with nosniff',
		async (path) => {
			const res = await get(path);
			expect(res.status).toBe(404);
			expect(res.headers.get('x-content-type-options')).toBe('nosniff');
			expect(res.headers.get('x-frame-options')).toBe('DENY');
		}
	);

	it('refuses other methods', async () => {
		expect((await get('/', {}, 'POST')).status).toBe(405);
	});
});
