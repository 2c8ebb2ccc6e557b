/**
 * Asks the service worker to keep what this page loaded (its page, scripts, data and the engine's
 * files) for the next visit, offline too. A first visit is not controlled by the service worker,
 * which then never saw these requests; it reads them from the browser's HTTP cache.
 */
export function keepForNextVisit(): void {
	if (!('serviceWorker' in navigator)) return;
	const here = new URL(location.href);
	here.search = '';
	here.hash = '';
	const loaded = performance
		.getEntriesByType('resource')
		.map((entry) => entry.name)
		.filter((url) => new URL(url).origin === location.origin);
	const keep = [...new Set([here.href, ...loaded])];
	void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ keep }));
}
