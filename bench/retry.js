// @ts-check
// Retries of one bench case. On a busy machine Chromium sometimes loses a page, a context or the
// whole browser mid-run ("Target page, context or browser has been closed"); such a run says
// nothing about the site, so it is run again (a bounded number of times) and, if it still fails,
// recorded as failed in the report instead of ending the bench. Pure: no browser here.

/** Retries after the first attempt. */
export const RETRIES = 2;

/**
 * @typedef {{ ok: true, value: any, attempts: number }} Success
 * @typedef {{ ok: false, error: string, attempts: number, closed: boolean }} Failure
 * @typedef {{ case: string, run: number, attempts: number, error: string, closed: boolean }} FailedRun
 */

/** Whether an error says the browser lost the page, context or itself. @param {string} message */
export function isTargetClosed(message) {
	return /Target page, context or browser has been closed|Browser has been closed|Target closed/i.test(
		message
	);
}

/** An error's message, or the `error` a case returned instead of throwing. @param {unknown} e */
function messageOf(e) {
	if (e instanceof Error) return e.message;
	return String(e);
}

/**
 * Runs `attempt` until it succeeds, at most `1 + retries` times. A returned `{ error }` counts as
 * a failure like a throw (the page said the case did not complete).
 * @param {() => Promise<any>} attempt
 * @param {{ retries?: number, onRetry?: (error: string, attemptNumber: number) => void }} [opts]
 * @returns {Promise<Success | Failure>}
 */
export async function withRetries(attempt, { retries = RETRIES, onRetry } = {}) {
	let error = '';
	for (let n = 1; n <= retries + 1; n++) {
		try {
			const value = await attempt();
			if (value != null && typeof value === 'object' && 'error' in value && value.error)
				throw new Error(String(value.error));
			return { ok: true, value, attempts: n };
		} catch (e) {
			error = messageOf(e);
			if (n <= retries) onRetry?.(error, n);
		}
	}
	return { ok: false, error, attempts: retries + 1, closed: isTargetClosed(error) };
}

/**
 * Files an outcome: a success's value under its case in `raw`, a failure in `failures`.
 * @param {Record<string, any[]>} raw @param {FailedRun[]} failures
 * @param {string} name @param {number} run @param {Success | Failure} outcome
 */
export function recordOutcome(raw, failures, name, run, outcome) {
	if (outcome.ok) (raw[name] ??= []).push(outcome.value);
	else
		failures.push({
			case: name,
			run,
			attempts: outcome.attempts,
			// The first line is the message; Playwright appends call logs below it.
			error: outcome.error.split('\n')[0],
			closed: outcome.closed
		});
}
