import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// A large file is one over 1 MB: fast Brotli on a first build, Brotli 11 from the background upgrade.
describe('compressBuild and upgradeLarge', () => {
	let dir: string;
	let compress: typeof import('../../scripts/compress.js');
	// Compressible but not trivially: words drawn from a small seeded generator.
	const words = ['duckdb', 'امتياز', 'prix', 'edition', 'wasm', 'chart', 'مرصد', 'lauréat'];
	let seed = 7;
	const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
	const large = Array.from({ length: 200_000 }, () => words[next() % words.length]).join(' ');

	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'imtiaz-compress-'));
		// The cache is read when the module loads: an empty one, so nothing is reused.
		vi.stubEnv('IMTIAZ_COMPRESS_CACHE', join(dir, 'cache'));
		compress = await import('../../scripts/compress.js');
		await writeFile(join(dir, 'big.js'), large);
		await writeFile(join(dir, 'small.js'), large.slice(0, 50_000));
	});
	afterAll(async () => {
		vi.unstubAllEnvs();
		await rm(dir, { recursive: true, force: true });
	});

	it('writes large files at the fast level, says so, and upgrades them whole to Brotli 11', async () => {
		const progress: number[] = [];
		const { results } = await compress.compressBuild(dir, { progress: (done) => progress.push(done) });
		expect(progress).toEqual([1, 2]);
		const big = results.find((r) => r.file.endsWith('big.js'));
		const small = results.find((r) => r.file.endsWith('small.js'));
		expect(big?.size).toBeGreaterThan(compress.LARGE_BYTES);
		expect(big?.fast).toBe(true);
		expect(small?.fast).toBe(false);
		const fastBytes = await readFile(join(dir, 'big.js.br'));
		expect(brotliDecompressSync(fastBytes).toString()).toBe(large);

		const lines: string[] = [];
		expect(await compress.upgradeLarge(dir, (line) => lines.push(line))).toBe(1);
		const best = await readFile(join(dir, 'big.js.br'));
		expect(best.length).toBeLessThan(fastBytes.length);
		expect(brotliDecompressSync(best).toString()).toBe(large);
		expect(lines[0]).toMatch(/^big\.js → Brotli 11/);
		// The sibling is newer than its file: the server sends it.
		expect((await stat(join(dir, 'big.js.br'))).mtimeMs).toBeGreaterThanOrEqual(
			(await stat(join(dir, 'big.js'))).mtimeMs
		);

		// Once upgraded, a rebuild takes Brotli 11 from the cache, and there is nothing left to upgrade.
		const again = await compress.compressBuild(dir);
		expect(again.results.find((r) => r.file.endsWith('big.js'))?.fast).toBe(false);
		expect((await readFile(join(dir, 'big.js.br'))).equals(best)).toBe(true);
		expect(await compress.upgradeLarge(dir)).toBe(0);
	}, 120_000);

	it('compresses everything at Brotli 11 with max', async () => {
		await writeFile(join(dir, 'big.js'), `${large} more`);
		const { results } = await compress.compressBuild(dir, { max: true });
		expect(results.every((r) => !r.fast)).toBe(true);
		expect(await compress.upgradeLarge(dir)).toBe(0);
	}, 120_000);
});
