// @ts-check
// Scripts installed in the measured pages before any of their own.

/** In-page probe, installed before any script: paint timings and the first frame showing a chart. */
export const PROBE = `(() => {
	const m = (window.__m = { fcp: null, lcp: null, element: null, chart: null, engine: null, progress: null, paints: [] });
	// Every paint the browser reports (first contentful, each largest-contentful candidate, element
	// timing of text marked elementtiming): the chart's paint is the first of them at or after the
	// frame in which its marks exist (bench/lib.js paintAfter).
	try {
		new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') { m.fcp = e.startTime; m.paints.push(e.startTime); } }).observe({ type: 'paint', buffered: true });
		new PerformanceObserver((l) => { for (const e of l.getEntries()) { m.lcp = e.startTime; m.paints.push(e.startTime); } }).observe({ type: 'largest-contentful-paint', buffered: true });
		new PerformanceObserver((l) => { for (const e of l.getEntries()) { const t = e.renderTime || e.loadTime; if (m.element == null) m.element = t; m.paints.push(t); } }).observe({ type: 'element', buffered: true });
	} catch {}
	const tick = (t) => {
		if (m.chart == null) {
			// The chart, or on a page without one (the console) the element that says it is usable.
			// Any one shown: of the prerendered variants of a chart only the one for the width is.
			const shown = [...document.querySelectorAll(window.__readySelector || 'svg.grouped-bars')].some((el) => el.getBoundingClientRect().width > 0);
			if (shown) m.chart = t;
		}
		if (m.engine == null && document.documentElement.dataset.engine === 'ready') m.engine = performance.now();
		// The engine's byte progress, seen before the engine is ready: a bar with a value, or (the WASM
		// sent compressed, its total in other bytes) the megabytes received beside an indeterminate bar.
		if (m.progress == null && m.engine == null) {
			const bar = document.querySelector('.engine-status progress');
			const text = document.querySelector('.engine-status [data-engine-text]')?.textContent ?? '';
			if (bar && (bar.value > 0 || /[0-9]/.test(text))) m.progress = t;
		}
		if (m.chart == null || m.engine == null) requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
})();`;

/**
 * Counts the DuckDB worker's requests still unanswered (by message id): "every chart re-queried"
 * is the first frame after a navigation in which every request sent since the click is answered
 * and every chart shows engine rows. Charts whose rows did not change (the edition detail under a
 * year filter) are not required to mutate.
 */
export const WORKER_PROBE = `(() => {
	const w = (window.__wk = { ids: new Set(), sent: 0 });
	const post = Worker.prototype.postMessage;
	Worker.prototype.postMessage = function (msg, ...rest) {
		if (msg && msg.messageId != null) { w.ids.add(msg.messageId); w.sent++; }
		if (!this.__benchHooked) {
			this.__benchHooked = true;
			this.addEventListener('message', (e) => {
				const d = e.data;
				if (d && d.type !== 'LOG' && d.type !== 'INSTANTIATE_PROGRESS' && d.type !== 'PROGRESS_UPDATE') w.ids.delete(d.requestId);
			});
		}
		return post.call(this, msg, ...rest);
	};
})();`;
