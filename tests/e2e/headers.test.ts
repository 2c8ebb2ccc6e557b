import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseUrl } from './browser';
import { chartIds, langs } from './routes';

// The headers of `npm start`'s server, route by route, as a browser receives them.
const pages = [
	'/',
	...langs.flatMap((lang) => [
		`/${lang}/`,
		`/${lang}/sql/`,
		`/${lang}/data/`,
		`/${lang}/institutions/portnet/`
	])
];
const embeds = langs.flatMap((lang) => chartIds.map((chart) => `/${lang}/embed/${chart}/`));
const wasm = readdirSync('build/_app/immutable/assets').filter((name) => name.endsWith('.wasm'));

async function head(path: string, encoding = 'br, gzip'): Promise<Response> {
	return fetch(baseUrl() + path, { headers: { 'accept-encoding': encoding } });
}

describe('security headers per route', () => {
	it.each(pages)('%s: CSP without unsafe-eval, not framable, nosniff', async (path) => {
		const response = await head(path);
		expect(response.status).toBe(200);
		const csp = response.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
		expect(csp).not.toMatch(/'unsafe-eval'/);
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toContain("connect-src 'self'");
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('content-type')).toMatch(/^text\/html/);
	});

	it.each(embeds)('%s: same CSP, framable by other sites over https only, nosniff', async (path) => {
		const response = await head(path);
		expect(response.status).toBe(200);
		const csp = response.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
		expect(csp).not.toMatch(/'unsafe-eval'/);
		expect(csp).toMatch(/frame-ancestors https: /);
		// Any https site may frame an embed (plus local hosts for previews), never plain http or `*`.
		const ancestors = /frame-ancestors ([^;]*)/.exec(csp)?.[1].split(' ') ?? [];
		expect(ancestors).not.toContain('*');
		expect(ancestors.filter((source) => source.startsWith('http:'))).toEqual([
			'http://localhost:*',
			'http://127.0.0.1:*'
		]);
		expect(response.headers.get('x-frame-options')).toBeNull();
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		// Pages are served compressed to a browser that accepts it.
		expect(response.headers.get('content-encoding')).toBe('br');
		await response.body?.cancel();
	});

	it.each(pages)('%s is compressed (brotli, gzip for a client without it)', async (path) => {
		const br = await head(path);
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(br.headers.get('x-frame-options')).toBe('DENY');
		await br.body?.cancel();
		const gz = await head(path, 'gzip');
		expect(gz.headers.get('content-encoding')).toBe('gzip');
		await gz.body?.cancel();
	});

	it('the CSP allows exactly the inline scripts of the page', async () => {
		const response = await head('/fr/');
		const html = await response.text();
		const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
		expect(inline.length).toBeGreaterThan(0);
		const { createHash } = await import('node:crypto');
		const csp = response.headers.get('content-security-policy') ?? '';
		for (const body of inline)
			expect(csp).toContain(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
	});
});

describe('assets', () => {
	it.each(wasm)('%s is application/wasm, brotli, cached for a year', async (name) => {
		const response = await head(`/_app/immutable/assets/${name}`);
		expect(response.headers.get('content-type')).toBe('application/wasm');
		expect(response.headers.get('content-encoding')).toBe('br');
		expect(response.headers.get('cache-control')).toContain('immutable');
		expect(Number(response.headers.get('content-length'))).toBeLessThan(8_000_000);
		await response.body?.cancel();
	});

	it('gzip for a client without brotli, identity for one with neither', async () => {
		const gz = await head(`/_app/immutable/assets/${wasm[0]}`, 'gzip');
		expect(gz.headers.get('content-encoding')).toBe('gzip');
		await gz.body?.cancel();
		const plain = await head('/data/editions.csv', 'identity');
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(plain.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(plain.headers.get('cache-control')).toBe('no-cache');
		expect(await plain.text()).toMatch(/^edition,year,ceremony_date/);
	});

	it('a missing page is a 404 with the security headers', async () => {
		const response = await head('/xx/');
		expect(response.status).toBe(404);
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
	});
});
