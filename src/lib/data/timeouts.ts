/**
 * How long an engine may go without a sign of life: `stallMs` without download progress while it
 * starts, `hangMs` without an answer to a query once it runs, and `cancelGraceMs` for a stopped
 * query to end before its worker is ended and replaced. Tests shorten them by setting
 * `globalThis.__imtiazEngineTimeouts` before the page's scripts run; readers never need to.
 */
export interface EngineTimeouts {
	stallMs: number;
	hangMs: number;
	cancelGraceMs: number;
}

export function engineTimeouts(): EngineTimeouts {
	const given = (globalThis as { __imtiazEngineTimeouts?: Partial<EngineTimeouts> }).__imtiazEngineTimeouts;
	return {
		stallMs: given?.stallMs ?? 20_000,
		hangMs: given?.hangMs ?? 15_000,
		cancelGraceMs: given?.cancelGraceMs ?? 1_000
	};
}
