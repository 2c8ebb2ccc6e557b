// @ts-check
// "Build when needed", shared by `npm start` (scripts/start.js) and the e2e tests
// (scripts/ensure-build.js): rebuild only when an input is newer than the last successful build.
import { spawnSync } from 'node:child_process';
import { readdir, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Everything the output of `npm run build` depends on (the last two write _headers and _csp.json). */
const INPUTS = [
	'src',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json',
	'scripts/compress.js',
	'scripts/headers.js'
];
const STAMP = join('build', '.build-stamp');

/** @param {string} path @returns {Promise<number>} newest mtime below path (0 when it is missing) */
async function newest(path) {
	const stats = await stat(path).catch(() => null);
	if (!stats) return 0;
	if (!stats.isDirectory()) return stats.mtimeMs;
	const names = await readdir(path);
	const times = await Promise.all(names.map((name) => newest(join(path, name))));
	return Math.max(stats.mtimeMs, ...times); // the directory's own mtime catches deleted files
}

/** @param {string} [cwd] @returns {Promise<string | null>} why a build is needed, or null */
export async function staleReason(cwd = projectDir) {
	const stamp = await stat(join(cwd, STAMP)).catch(() => null);
	if (!stamp) return 'no build/.build-stamp (never built, or the last build failed)';
	for (const input of INPUTS) {
		if ((await newest(join(cwd, input))) > stamp.mtimeMs) return `${input} changed since the last build`;
	}
	return null;
}

/**
 * Runs `npm run build` when build/ is missing or stale and stamps it; exits the process if it fails.
 * @param {string} [cwd]
 * @returns {Promise<boolean>} whether a build ran
 */
export async function buildIfNeeded(cwd = projectDir) {
	const reason = await staleReason(cwd);
	if (!reason) return false;
	console.log(`Building: ${reason}.`);
	// The stamp gets the build's start time, so a file saved during the build still counts as newer.
	const started = new Date();
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const result = spawnSync(npm, ['run', 'build'], {
		cwd,
		stdio: 'inherit',
		shell: process.platform === 'win32'
	});
	if (result.status !== 0) {
		console.error(
			`npm run build failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`}).`
		);
		process.exit(result.status || 1);
	}
	await writeFile(join(cwd, STAMP), `${started.toISOString()}\n`);
	await utimes(join(cwd, STAMP), started, started);
	return true;
}
