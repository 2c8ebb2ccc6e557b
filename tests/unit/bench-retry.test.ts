import { describe, expect, it, vi } from 'vitest';
import { budgetTable, failureLines, README_END, README_START, withBudgetTable } from '../../bench/report.js';
import { evaluateBudget } from '../../bench/lib.js';
import { summarizeRuns } from '../../bench/summary.js';
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

describe('bench report', () => {
	const budgets = [
		evaluateBudget({
			name: 'First chart painted /ar/ vs floor',
			limit: '≤ 1.2×',
			value: 1.5,
			max: 1.2,
			unit: '×'
		}),
		evaluateBudget({ name: 'First start', limit: '≤ 120 s', value: 44.2, max: 120, unit: 's' }),
		evaluateBudget({ name: 'Second visit', limit: '≤ 1.5×', value: null, max: 1.5, unit: '×' })
	];

	it('lists every budget with its status, unmeasured ones too', () => {
		expect(budgetTable(budgets).slice(2)).toEqual([
			'| First chart painted /ar/ vs floor | ≤ 1.2× | 1.50× | not met |',
			'| First start | ≤ 120 s | 44.2 s | met |',
			'| Second visit | ≤ 1.5× | – | not measured |'
		]);
	});

	it("replaces the README's table between its markers, and only there", () => {
		const readme = `# Title\n\nbefore\n${README_START}\nold table\n${README_END}\nafter\n`;
		const run = { date: '2026-12-06T09:00:00.000Z', runs: 7, machine: { cpus: 2 }, budgets };
		const updated = withBudgetTable(readme, run);
		expect(updated.startsWith('# Title\n\nbefore\n')).toBe(true);
		expect(updated.endsWith(`${README_END}\nafter\n`)).toBe(true);
		expect(updated).not.toContain('old table');
		expect(updated).toContain('| Second visit | ≤ 1.5× | – | not measured |');
		expect(updated).toContain('Latest full run: 2026-12-06, 7 runs per case, 2 CPUs.');
		// Without markers the README is left as it is.
		expect(withBudgetTable('# Title\n', run)).toBe('# Title\n');
	});

	it('summarizes a run whose cases all failed without throwing, every budget not measured but the static ones', () => {
		const sum = summarizeRuns(
			{},
			{
				uploadFiles: [{ rows: 100_000, size: 1 }],
				routes: { upload: '/fr/data/' },
				crit: { files: 1, gzipBytes: 50 * 1024 }
			}
		);
		const statuses = Object.fromEntries(sum.budgets.map((b) => [b.name, b.status]));
		expect(statuses['Critical JS (dashboard, gzip)']).toBe('met');
		expect(sum.budgets.filter((b) => b.status === 'not measured').length).toBe(sum.budgets.length - 1);
		expect(statuses['First start (end of npm ci → npm start answering)']).toBe('not measured');
	});

	it('reads paint-true ratios and the phone profile from the runs', () => {
		const page = (chart: number, chartPaint: number) => ({ chart, chartPaint, before: {}, bytes: {} });
		const sum = summarizeRuns(
			{
				'dashboard-ar': [page(20, 120)],
				'floor-ar': [page(20, 100)],
				'phone-dashboard-fr': [{ ...page(50, 900), engine: 34_000 }],
				'phone-floor-fr': [page(50, 800)],
				'first-start': [{ ms: 44_000 }]
			},
			{ uploadFiles: [], routes: {}, crit: { files: 1, gzipBytes: 1 } }
		);
		expect(sum.ratios.ar.dashboardToFloor).toBeCloseTo(1.2);
		expect(sum.ratios.ar.dashboardToFloorDom).toBeCloseTo(1);
		expect(sum.phone.fr.painted).toBeCloseTo(1.125);
		expect(sum.phone.engineReady?.median).toBe(34_000);
		const status = (name: string) => sum.budgets.find((b) => b.name === name)?.status;
		expect(status('First chart painted /ar/ vs floor')).toBe('met');
		expect(status('Phone: first chart painted /fr/ vs floor')).toBe('met');
		expect(status('Phone: first chart painted /ar/ vs floor')).toBe('not measured');
		expect(sum.firstStart?.median).toBe(44);
	});

	it('leaves the runs of other scenarios (a dataset opened in the dashboard) out of the page summaries', () => {
		const sum = summarizeRuns(
			{
				'dashboard-fr': [{ chart: 20, chartPaint: 120, before: {}, bytes: {} }],
				'dataset-100000': [{ openMs: 5_000, filterMs: [40, 50] }]
			},
			{ uploadFiles: [], routes: {}, crit: { files: 1, gzipBytes: 1 } }
		);
		expect(Object.keys(sum.pages)).toEqual(['dashboard-fr']);
	});
});
