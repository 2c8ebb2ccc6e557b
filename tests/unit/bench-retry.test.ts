import { describe, expect, it, vi } from 'vitest';
import { failureLines } from '../../bench/report.js';
import { isTargetClosed, recordOutcome, withRetries, type FailedRun } from '../../bench/retry.js';

const CLOSED = 'page.goto: Target page, context or browser has been closed\nCall log: …';

/** An attempt that fails with the given errors in turn, then returns `value`. */
function flaky(errors: unknown[], value: unknown) {
	let calls = 0;
	const attempt = vi.fn(async () => {
		const e = errors[calls++];
		if (e === undefined) return value;
		throw e;
	});
	return attempt;
}

describe('bench retries', () => {
	it('returns the first success without retrying', async () => {
		const attempt = flaky([], { chart: 12 });
		expect(await withRetries(attempt)).toEqual({ ok: true, value: { chart: 12 }, attempts: 1 });
		expect(attempt).toHaveBeenCalledTimes(1);
	});

	it('retries a run whose browser closed, and keeps the later success', async () => {
		const onRetry = vi.fn();
		const attempt = flaky([new Error(CLOSED)], { chart: 7 });
		expect(await withRetries(attempt, { onRetry })).toEqual({
			ok: true,
			value: { chart: 7 },
			attempts: 2
		});
		expect(onRetry).toHaveBeenCalledExactlyOnceWith(CLOSED, 1);
	});

	it('gives up after two retries and says the browser closed', async () => {
		const attempt = flaky([new Error(CLOSED), new Error(CLOSED), new Error(CLOSED)], 1);
		expect(await withRetries(attempt)).toEqual({
			ok: false,
			error: CLOSED,
			attempts: 3,
			closed: true
		});
		expect(attempt).toHaveBeenCalledTimes(3);
	});

	it('counts a returned { error } as a failed attempt, and honours the retry bound', async () => {
		const attempt = vi.fn(async () => ({ error: 'timeout' }));
		expect(await withRetries(attempt, { retries: 1 })).toEqual({
			ok: false,
			error: 'timeout',
			attempts: 2,
			closed: false
		});
		expect(attempt).toHaveBeenCalledTimes(2);
	});

	it('recognises the closed-target messages of Playwright', () => {
		expect(isTargetClosed(CLOSED)).toBe(true);
		expect(isTargetClosed('browser.newContext: Browser has been closed')).toBe(true);
		expect(isTargetClosed('upload: timeout')).toBe(false);
	});
});

describe('bench report of failed runs', () => {
	it('files successes under their case and failures apart, first line of the error only', () => {
		const raw: Record<string, unknown[]> = {};
		const failures: FailedRun[] = [];
		recordOutcome(raw, failures, 'floor-fr', 1, { ok: true, value: { chart: 5 }, attempts: 1 });
		recordOutcome(raw, failures, 'floor-fr', 2, {
			ok: false,
			error: CLOSED,
			attempts: 3,
			closed: true
		});
		expect(raw).toEqual({ 'floor-fr': [{ chart: 5 }] });
		expect(failures).toEqual([
			{
				case: 'floor-fr',
				run: 2,
				attempts: 3,
				error: 'page.goto: Target page, context or browser has been closed',
				closed: true
			}
		]);
	});

	it('lists every failed run in a table, and nothing when every run completed', () => {
		expect(failureLines([])).toEqual([]);
		const lines = failureLines([
			{ case: 'console-product', run: 3, attempts: 3, error: 'console query: a | b', closed: false },
			{ case: 'dashboard-ar', run: 1, attempts: 3, error: 'Target closed', closed: true }
		]);
		expect(lines).toContain('## Failed runs');
		expect(lines).toContain('| console-product | 3 | 3 | failed | console query: a \\| b |');
		expect(lines).toContain('| dashboard-ar | 1 | 3 | browser closed | Target closed |');
	});
});
