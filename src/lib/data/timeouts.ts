/**
 * How long an engine may go without a sign of life: `stallMs` without download progress while it
 * starts, `hangMs` without an answer to a query once it runs. Tests shorten them by setting
 * `globalThis.__imtiazEngineTimeouts` before the page's scripts run; readers never need to.
 */
export function engineTimeouts(): { stallMs: number; hangMs: number } {
	const given = (globalThis as { __imtiazEngineTimeouts?: { stallMs?: number; hangMs?: number } })
		.__imtiazEngineTimeouts;
	return { stallMs: given?.stallMs ?? 20_000, hangMs: given?.hangMs ?? 15_000 };
}
