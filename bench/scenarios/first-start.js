// @ts-check
// The first start: a fresh `git clone` of this repository (its committed HEAD), `npm start` in it,
// timed until the server answers HTTP. The issue counts from the end of `npm ci`, so npm ci is not
// run: the clone's node_modules links each package of this checkout's node_modules (not their
// caches: .cache, .vite), and the compression cache is an empty folder, so nothing of an earlier
// build is reused. Slow (a whole build): part of the full run, or `--first-start`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, readdir, rm, symlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { PROJECT } from '../args.js';
import { TMP } from '../generate-upload.js';

/** Caches that would make a second start look like a first. */
const CACHES = new Set(['.cache', '.vite', '.vite-temp']);

/** A port free right now. @returns {Promise<number>} */
function freePort() {
	return new Promise((done, fail) => {
		const s = createServer().listen(0, '127.0.0.1', () => {
			const address = s.address();
			s.close(() => done(typeof address === 'object' && address ? address.port : 0));
		});
		s.once('error', fail);
	});
}

/**
 * @returns {Promise<{ ms: number, lines: number, longestSilenceMs: number, output: string[] }>}
 * ms: spawn of `npm start` → first HTTP 200 on `/`; longestSilenceMs: the longest wait between
 * two lines of its output before that (a first start must never look hung).
 */
export async function firstStart() {
	const dir = join(TMP, 'first-start');
	await rm(dir, { recursive: true, force: true });
	await mkdir(TMP, { recursive: true });
	const clone = spawnSync('git', ['clone', '--quiet', PROJECT, dir], { encoding: 'utf8' });
	if (clone.status !== 0) throw new Error(`git clone failed: ${clone.stderr}`);
	const modules = join(PROJECT, 'node_modules');
	await mkdir(join(dir, 'node_modules'));
	for (const name of await readdir(modules))
		if (!CACHES.has(name)) await symlink(join(modules, name), join(dir, 'node_modules', name));
	await mkdir(join(dir, '.compress-cache'));
	const port = await freePort();
	const started = Date.now();
	const child = spawn('npm', ['start'], {
		cwd: dir,
		detached: true, // its own process group: the build's and the background compression's too
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			IMTIAZ_COMPRESS_CACHE: join(dir, '.compress-cache')
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	/** @type {string[]} */
	const output = [];
	let last = started;
	let longestSilenceMs = 0;
	let answered = false;
	const onData = (/** @type {Buffer} */ chunk) => {
		if (answered) return;
		const now = Date.now();
		longestSilenceMs = Math.max(longestSilenceMs, now - last);
		last = now;
		output.push(...chunk.toString().split('\n').filter(Boolean));
	};
	child.stdout.on('data', onData);
	child.stderr.on('data', onData);
	const exited = new Promise((done) => child.once('exit', done));
	try {
		const deadline = started + 15 * 60_000;
		while (Date.now() < deadline) {
			const ok = await fetch(`http://127.0.0.1:${port}/`)
				.then((r) => r.status === 200)
				.catch(() => false);
			if (ok) {
				answered = true;
				const ms = Date.now() - started;
				return {
					ms,
					lines: output.length,
					longestSilenceMs: Math.max(longestSilenceMs, started + ms - last),
					output
				};
			}
			if (child.exitCode != null)
				throw new Error(`npm start exited ${child.exitCode}: ${output.slice(-5).join(' / ')}`);
			await new Promise((r) => setTimeout(r, 200));
		}
		throw new Error('npm start did not answer within 15 minutes');
	} finally {
		if (child.pid && child.exitCode == null) process.kill(-child.pid, 'SIGTERM');
		await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
		await rm(dir, { recursive: true, force: true }).catch(() => {});
	}
}
