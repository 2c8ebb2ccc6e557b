import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArg, summaryLine, tallyReport, tallyRunner } from '../../scripts/ci-summary.js';

// Reports written by Vitest's JSON reporter for small throwaway test files (paths anonymised).
const fixture = (name: string) =>
	readFileSync(new URL(`../fixtures/ci/${name}.json`, import.meta.url), 'utf8');

describe('ci-summary', () => {
	it('counts an e2e file that failed to import as a failure beside the passing file', () => {
		const report = JSON.parse(fixture('e2e-import-error'));
		// What the old count saw: one test passed, none failed.
		expect([report.numPassedTests, report.numFailedTests]).toEqual([1, 0]);
		const t = tallyReport(report, 'e2e');
		expect([t.passed, t.failed]).toEqual([1, 1]);
		expect(t.problems).toEqual([
			expect.stringMatching(/zz-ci-broken\.test\.ts: Cannot find module '\.\/no-such-module'/)
		]);
	});

	it('counts an error thrown in afterAll, and keeps the test that passed', () => {
		const t = tallyReport(JSON.parse(fixture('afterall-error')), 'unit');
		expect([t.passed, t.failed]).toEqual([1, 1]);
		expect(t.problems).toEqual([expect.stringMatching(/teardown failed$/)]);
	});

	it('counts skipped and todo tests as failures, with the failing test', () => {
		const t = tallyReport(JSON.parse(fixture('skipped-and-failed')), 'unit');
		expect([t.passed, t.failed]).toEqual([1, 3]);
		expect(t.problems).toEqual([
			'unit: skipped test not allowed: is skipped',
			'unit: todo test not allowed: is still to do'
		]);
	});

	it('counts a runner that exited non-zero with a clean report (an unhandled error)', () => {
		// Vitest's JSON report of a run with an unhandled error says success: true.
		const text = fixture('unhandled-error');
		expect(JSON.parse(text).success).toBe(true);
		expect(tallyRunner(text, 'unit', 0)).toMatchObject({ passed: 2, failed: 0 });
		expect(tallyRunner(text, 'unit', 1)).toMatchObject({ passed: 2, failed: 1 });
	});

	it('counts a missing or unreadable report as a failure', () => {
		expect(tallyRunner(null, 'test-results/e2e.json', 1)).toEqual({
			passed: 0,
			failed: 1,
			problems: ['missing report: test-results/e2e.json']
		});
		expect(tallyRunner('{"testResults": [', 'unit', 0)).toMatchObject({ passed: 0, failed: 1 });
	});

	it('counts a run that failed outside any file', () => {
		expect(tallyReport({ success: false, testResults: [] }, 'e2e')).toMatchObject({ failed: 1 });
	});

	it('sums the runners into the one line CI ends with', () => {
		const tallies = [
			tallyRunner(fixture('skipped-and-failed'), 'unit', 1),
			tallyRunner(fixture('e2e-import-error'), 'e2e', 1)
		];
		expect(summaryLine(tallies)).toEqual({ line: '2 passed, 4 failed', failed: 4 });
	});

	it('reads "path=exit code" arguments', () => {
		expect(parseArg('test-results/unit.json=1')).toEqual({
			path: 'test-results/unit.json',
			exitCode: 1
		});
		expect(parseArg('test-results/e2e.json')).toEqual({
			path: 'test-results/e2e.json',
			exitCode: null
		});
	});
});
