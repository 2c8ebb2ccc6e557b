// @ts-check
// Writes the upload benchmark's CSVs (bench/tmp/upload-<rows>.csv), deterministic: same bytes on
// every machine. `node bench/generate-upload.js 100000 1000000`.
import { createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UPLOAD_HEADER, uploadRows } from './lib.js';

export const TMP = join(dirname(fileURLToPath(import.meta.url)), 'tmp');

/** @param {number} rows @returns {Promise<string>} the file's path (reused when already written) */
export async function generateUpload(rows) {
	await mkdir(TMP, { recursive: true });
	const path = join(TMP, `upload-${rows}.csv`);
	if (await stat(path).catch(() => null)) return path;
	const out = createWriteStream(path + '.part');
	let chunk = UPLOAD_HEADER + '\n';
	for (const row of uploadRows(rows)) {
		chunk += row + '\n';
		if (chunk.length > 1 << 20) {
			if (!out.write(chunk)) await new Promise((r) => out.once('drain', () => r(undefined)));
			chunk = '';
		}
	}
	out.write(chunk);
	await new Promise((done, fail) => out.end((/** @type {any} */ e) => (e ? fail(e) : done(undefined))));
	const { rename } = await import('node:fs/promises');
	await rename(path + '.part', path);
	return path;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const counts = process.argv.slice(2).map(Number);
	for (const n of counts.length ? counts : [100_000, 1_000_000]) {
		const path = await generateUpload(n);
		console.log(`${path}: ${((await stat(path)).size / 1e6).toFixed(1)} MB`);
	}
}
