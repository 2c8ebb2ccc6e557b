// @ts-check
// The bench's command line and fixed inputs: `--quick`, `--runs N`, `--only <regex>` (and their
// BENCH_* environment twins), the console case's SQL and the Chromium flags.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH = dirname(fileURLToPath(import.meta.url));
export const PROJECT = join(BENCH, '..');
export const QUICK = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const runsArg = process.argv.indexOf('--runs');
export const RUNS = Number(
	runsArg > 0 ? process.argv[runsArg + 1] : (process.env.BENCH_RUNS ?? (QUICK ? 3 : 7))
);
/** `--only <regex>`: only the cases whose name matches (for working on one case; not a report). */
const onlyArg = process.argv.indexOf('--only');
export const ONLY = onlyArg > 0 ? new RegExp(process.argv[onlyArg + 1]) : null;
export const wanted = (/** @type {string} */ name) => !ONLY || ONLY.test(name);
/** Rounds of the phone-class cases (each round waits for one engine through a 1.6 Mbit/s link). */
export const PHONE_RUNS = Math.min(RUNS, QUICK ? 2 : 5);
/** The first-start case (a whole build on a fresh clone): full runs, or `--first-start`. */
export const FIRST_START = !QUICK || process.argv.includes('--first-start');
/**
 * The upload sizes: 100,000 rows in quick runs, plus 1,000,000 in full runs or when `--only` asks
 * for a 1,000,000-row case (`--only '^dataset-1000000$'` runs that case alone).
 */
export const UPLOADS = [100_000, 1_000_000].filter(
	(n) =>
		n === 100_000 ||
		!QUICK ||
		(ONLY && [`upload-${n}`, `readcsv-${n}`, `dataset-${n}`].some((c) => ONLY.test(c)))
);
export const CONSOLE_SQL = 'SELECT k, count(*) AS n, sum(v) AS s, avg(v) AS a FROM t GROUP BY k ORDER BY k';
/** The console's grid case: 100,000 rows of every column, shown a page at a time. */
export const CONSOLE_SELECT_SQL = 'SELECT * FROM t LIMIT 100000';
/** Rows the console reads for its first page (src/lib/console/engine.ts PAGE_ROWS). */
export const PAGE_ROWS = 10_000;
/** The table of the console case, created the same way by the bare page and through the console. */
export const CONSOLE_SETUP =
	'CREATE TABLE t AS SELECT range AS id, range % 1000 AS k, (range * 7) % 10007 AS v FROM range(1000000)';
// The one Chromium of the project (tests, screenshots, bench).
export { chromiumArgs as ARGS, executablePath } from '../scripts/chromium.js';
