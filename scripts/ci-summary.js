// @ts-check
// `.ci/run`'s last word: one line "N passed, N failed" counted from Vitest's JSON reports, exit
// code 1 on any failure. `node scripts/ci-summary.js test-results/unit.json=<exit code> …`.
// Counting only numPassedTests/numFailedTests misses a file that fails to import or throws in
// afterAll (it has no failing test), so files are counted too; skipped and todo tests count as
// failures (none are allowed); a missing report is a failure.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * @typedef {{ status: string, title?: string, fullName?: string }} AssertionResult
 * @typedef {{ name: string, status: string, message?: string, assertionResults?: AssertionResult[] }} FileResult
 * @typedef {{ success?: boolean, testResults?: FileResult[] }} Report
 * @typedef {{ passed: number, failed: number, problems: string[] }} Tally
 */

/**
 * Counts one report. Every test that did not pass is a failure; so is every file with an error of
 * its own (`message`: an import or hook that threw) or marked failed without a failing test.
 * @param {Report} report @param {string} label for the problems listed
 * @returns {Tally}
 */
export function tallyReport(report, label) {
	/** @type {Tally} */
	const t = { passed: 0, failed: 0, problems: [] };
	for (const file of report.testResults ?? []) {
		const tests = file.assertionResults ?? [];
		let failedTests = 0;
		for (const test of tests) {
			if (test.status === 'passed') t.passed += 1;
			else {
				failedTests += 1;
				if (test.status !== 'failed')
					t.problems.push(`${label}: ${test.status} test not allowed: ${test.fullName ?? test.title}`);
			}
		}
		t.failed += failedTests;
		if (file.message || (file.status === 'failed' && failedTests === 0)) {
			t.failed += 1;
			const why = file.message ? file.message.split('\n')[0] : 'failed without a failing test';
			t.problems.push(`${label}: ${file.name}: ${why}`);
		}
	}
	// A run that says it failed though nothing above did (an error outside any file).
	if (report.success === false && t.failed === 0) {
		t.failed += 1;
		t.problems.push(`${label}: the run failed outside any test`);
	}
	return t;
}

/**
 * Counts one runner: its report (missing or unreadable: a failure) and its exit code (non-zero
 * while the report shows no failure: an unhandled error, which Vitest's JSON report does not list).
 * @param {string | null} text the report's JSON, null when missing
 * @param {string} label @param {number | null} exitCode null when not known
 * @returns {Tally}
 */
export function tallyRunner(text, label, exitCode = null) {
	if (text == null) return { passed: 0, failed: 1, problems: [`missing report: ${label}`] };
	/** @type {Tally} */
	let t;
	try {
		t = tallyReport(JSON.parse(text), label);
	} catch (e) {
		return { passed: 0, failed: 1, problems: [`${label}: unreadable report: ${e}`] };
	}
	if (exitCode != null && exitCode !== 0 && t.failed === 0) {
		t.failed += 1;
		t.problems.push(`${label}: the runner exited with ${exitCode} (unhandled error?)`);
	}
	return t;
}

/** @param {Tally[]} tallies */
export function summaryLine(tallies) {
	const passed = tallies.reduce((n, t) => n + t.passed, 0);
	const failed = tallies.reduce((n, t) => n + t.failed, 0);
	return { line: `${passed} passed, ${failed} failed`, failed };
}

/** `path` or `path=<exit code>`. @param {string} arg */
export function parseArg(arg) {
	const m = /^(.*?)(?:=(-?\d+))?$/.exec(arg);
	return { path: m?.[1] ?? arg, exitCode: m?.[2] != null ? Number(m[2]) : null };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const tallies = process.argv.slice(2).map((arg) => {
		const { path, exitCode } = parseArg(arg);
		return tallyRunner(existsSync(path) ? readFileSync(path, 'utf8') : null, path, exitCode);
	});
	for (const t of tallies) for (const p of t.problems) console.log(p);
	const { line, failed } = summaryLine(tallies);
	console.log(line);
	process.exitCode = failed > 0 || tallies.length === 0 ? 1 : 0;
}
