/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, version } from '$service-worker';

/**
 * Keeps the engine's files (and the pages and data a visit used) so the next visit's engine starts
 * from this cache, online or off. Hashed files (`_app/immutable/`, the WASM and worker included)
 * never change: served from the cache once kept. Pages and data may change with a new build:
 * asked of the network first, the kept copy when it does not answer. One cache per build; older
 * ones are dropped when a new build takes over.
 */
const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'imtiaz-';
const CACHE = `${PREFIX}${version}`;
const IMMUTABLE = `${base}/_app/immutable/`;

sw.addEventListener('install', () => void sw.skipWaiting());

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(
					keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))
				)
			)
	);
});

/** A response worth keeping: complete, from this site. */
const keepable = (response: Response) => response.ok && response.status === 200 && response.type === 'basic';

/** The same response without its body, for a HEAD request (the engine checks its files with one). */
const headOf = (response: Response) =>
	new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers });

/**
 * Keeps a copy of a response while the page reads it: the copy is written beside the page's read,
 * never before it. Awaited first, the engine's worker got its 6 MB of WASM only once all of it had
 * arrived: no streamed compilation, no progress, and on a slow link a start that looked stalled.
 */
function keepCopy(event: FetchEvent, cache: Cache, request: Request, response: Response): void {
	if (request.method === 'GET' && keepable(response)) event.waitUntil(cache.put(request, response.clone()));
}

async function fromCacheFirst(event: FetchEvent): Promise<Response> {
	const { request } = event;
	const cache = await caches.open(CACHE);
	const kept = await cache.match(request.url);
	if (kept) return request.method === 'HEAD' ? headOf(kept) : kept;
	const response = await fetch(request);
	keepCopy(event, cache, request, response);
	return response;
}

async function fromNetworkFirst(event: FetchEvent): Promise<Response> {
	const { request } = event;
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		keepCopy(event, cache, request, response);
		return response;
	} catch (error) {
		// Offline: the kept copy; a page with filters in its query string is the same prerendered page.
		const kept =
			(await cache.match(request.url)) ??
			(request.mode === 'navigate' ? await cache.match(request.url, { ignoreSearch: true }) : undefined);
		if (!kept) throw error;
		return request.method === 'HEAD' ? headOf(kept) : kept;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin || (request.method !== 'GET' && request.method !== 'HEAD')) return;
	// Ranged reads (none of ours) go to the network as they are.
	if (request.headers.has('range')) return;
	event.respondWith(url.pathname.startsWith(IMMUTABLE) ? fromCacheFirst(event) : fromNetworkFirst(event));
});

/**
 * A page that was not yet controlled (the first visit) names what it loaded once its engine is
 * ready; they are kept from the browser's HTTP cache, so nothing is downloaded twice.
 */
sw.addEventListener('message', (event) => {
	const urls: unknown = event.data?.keep;
	if (!Array.isArray(urls)) return;
	event.waitUntil(
		caches.open(CACHE).then((cache) =>
			Promise.all(
				urls
					.filter(
						(url): url is string => typeof url === 'string' && new URL(url).origin === sw.location.origin
					)
					.map(async (url) => {
						if (await cache.match(url)) return;
						const response = await fetch(url, { cache: 'force-cache' }).catch(() => null);
						if (response && keepable(response)) await cache.put(url, response);
					})
			)
		)
	);
});
