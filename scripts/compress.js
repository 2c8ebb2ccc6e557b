// @ts-check
// Runs after `vite build`: precompresses build/ (the server and hosts that honour siblings send
// .br/.gz as is, so Brotli 11 costs nothing per request), records each page's inline-script hashes
// for the CSP in build/_csp.json, and writes build/_headers for Netlify / Cloudflare Pages.
// Files over LARGE_BYTES (the engines' WASM, 35 MB each) take minutes at Brotli 11 on two cores
// and seconds at FAST_QUALITY: the build writes them fast unless `--max` (or an earlier max run
// in the cache), and `npm start` upgrades them to 11 in the background (`--upgrade`), replacing
// each sibling when its better version is ready.
// Usage: node scripts/compress.js [--max | --upgrade] [buildDir]
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import {
	compressible,
	contentTypes,
	extensionOf,
	headersFor,
	inlineScriptHashes,
	routeOfHtmlFile
} from './headers.js';

const MIN_BYTES = 1024; // below this, headers and framing eat the gain
/** Above this a file is large: Brotli 11 on it costs minutes, not milliseconds. */
export const LARGE_BYTES = 1 << 20;
/** Brotli quality of large files on a first build: 0.8 s instead of ~100 s for 35 MB, +25 % bytes. */
export const FAST_QUALITY = 5;
const MAX_QUALITY = 11;
/** Our own outputs: never compressed nor listed as pages. */
export const GENERATED = new Set(['_csp.json', '_headers', '.build-stamp']);
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Compressed bytes by content hash: the DuckDB wasm files (70 MB) are the same from build to build,
 * and Brotli 11 on them takes over a minute on two cores.
 */
const CACHE_DIR = resolve(process.env.IMTIAZ_COMPRESS_CACHE ?? 'node_modules/.cache/imtiaz-compress');

/** @param {Buffer} data @param {string} kind */
const cachePath = (data, kind) =>
	join(CACHE_DIR, `${createHash('sha256').update(data).digest('hex')}.${kind}`);

/** A cached entry, or null. @param {Buffer} data @param {string} kind */
const fromCache = (data, kind) => readFile(cachePath(data, kind)).catch(() => null);

/**
 * @param {Buffer} data
 * @param {string} kind `br` (quality 11), `br5` (FAST_QUALITY) or `gz`
 * @param {() => Promise<Buffer>} make
 */
async function cached(data, kind, make) {
	const path = cachePath(data, kind);
	try {
		return await readFile(path);
	} catch {
		const made = await make();
		await mkdir(CACHE_DIR, { recursive: true });
		// Write then rename: a concurrent build never reads a half-written entry.
		const partial = `${path}.${process.pid}.tmp`;
		await writeFile(partial, made);
		await rename(partial, path);
		return made;
	}
}

/** @param {string} dir @returns {Promise<string[]>} every file below dir */
async function walk(dir) {
	const entries = await readdir(dir, { withFileTypes: true });
	const nested = await Promise.all(
		entries.map((entry) => {
			const path = join(dir, entry.name);
			return entry.isDirectory() ? walk(path) : Promise.resolve(entry.isFile() ? [path] : []);
		})
	);
	return nested.flat();
}

/** Brotli at `quality`, cached. @param {Buffer} data @param {string} ext @param {number} quality */
function brotliOf(data, ext, quality) {
	const mode = ext === 'wasm' ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT;
	return cached(data, quality === MAX_QUALITY ? 'br' : `br${quality}`, () =>
		brotli(data, {
			params: {
				[zlib.constants.BROTLI_PARAM_QUALITY]: quality,
				[zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
				[zlib.constants.BROTLI_PARAM_MODE]: mode
			}
		})
	);
}

/** Writes a sibling whole or not at all: the server may be sending the old one meanwhile. @param {string} path @param {Buffer} data */
async function replace(path, data) {
	const partial = `${path}.${process.pid}.tmp`;
	await writeFile(partial, data);
	await rename(partial, path);
}

/**
 * Writes `file.br` / `file.gz` when they are smaller, and removes stale ones from an earlier run.
 * A large file gets Brotli 11 only with `max` or when the cache has it; `fast` says it did not.
 * @param {string} file @param {{ max?: boolean }} [opts]
 */
async function compressOne(file, { max = false } = {}) {
	const data = await readFile(file);
	const ext = extensionOf(file);
	const result = { file, ext, size: data.length, br: data.length, gz: data.length, fast: false };
	if (data.length > MIN_BYTES) {
		const large = data.length > LARGE_BYTES && !max;
		const best = large ? await fromCache(data, 'br') : null;
		result.fast = large && !best;
		const [br, gz] = await Promise.all([
			best ?? brotliOf(data, ext, result.fast ? FAST_QUALITY : MAX_QUALITY),
			cached(data, 'gz', () => gzip(data, { level: 9 }))
		]);
		if (br.length < data.length) {
			await replace(`${file}.br`, br);
			result.br = br.length;
		}
		if (gz.length < data.length) {
			await replace(`${file}.gz`, gz);
			result.gz = gz.length;
		}
	}
	if (result.br === data.length) await rm(`${file}.br`, { force: true });
	if (result.gz === data.length) await rm(`${file}.gz`, { force: true });
	return result;
}

/**
 * Brotli 11 for the large files a fast build left at FAST_QUALITY, one at a time (a background
 * job of `npm start`: one core stays free for serving). Each sibling is replaced when ready, and
 * only while its file is unchanged (a rebuild meanwhile makes it another file).
 * @param {string} buildDir @param {(line: string) => void} [log]
 */
export async function upgradeLarge(buildDir, log = () => {}) {
	const large = [];
	for (const file of await walk(buildDir)) {
		if (!compressible.has(extensionOf(file)) || /\.(br|gz)$/.test(file)) continue;
		const stats = await stat(file);
		if (stats.size > LARGE_BYTES) large.push(file);
	}
	let upgraded = 0;
	for (const file of large) {
		const data = await readFile(file);
		if (await fromCache(data, 'br')) continue;
		const started = Date.now();
		const br = await brotliOf(data, extensionOf(file), MAX_QUALITY);
		const now = await readFile(file).catch(() => null);
		if (!now?.equals(data) || br.length >= data.length) continue;
		await replace(`${file}.br`, br);
		upgraded++;
		log(
			`${relative(buildDir, file)} → Brotli 11, ${size(br.length)} (${((Date.now() - started) / 1000).toFixed(0)} s)`
		);
	}
	return upgraded;
}

/** Pages under one folder beyond which they share a splat rule (`/fr/institutions/*`). */
const GROUP_AT = 6;

/**
 * Cloudflare Pages reads at most 100 rules from _headers, and every institution has a page in three
 * languages: siblings `/a/b/x/` under a folder with more than GROUP_AT pages become one `/a/b/*`
 * rule whose CSP allows the union of their inline scripts (all of them ours, prerendered).
 * @param {Record<string, string[]>} csp
 * @returns {Record<string, string[]>}
 */
export function groupSiblings(csp) {
	/** @param {string} route */
	const parentOf = (route) => route.replace(/[^/]+\/$/, '');
	/** @type {Map<string, string[]>} */
	const children = new Map();
	for (const route of Object.keys(csp)) {
		if (!route.endsWith('/') || route.split('/').length < 5) continue;
		const parent = parentOf(route);
		children.set(parent, [...(children.get(parent) ?? []), route]);
	}
	/** @type {Record<string, string[]>} */
	const grouped = {};
	for (const [route, hashes] of Object.entries(csp)) {
		const siblings = children.get(parentOf(route)) ?? [];
		// A splat also matches deeper pages: group only when no other page lies under the folder.
		const alone = Object.keys(csp).every((r) => siblings.includes(r) || !r.startsWith(parentOf(route)));
		const group = siblings.includes(route) && siblings.length > GROUP_AT && alone;
		const key = group ? `${parentOf(route)}*` : route;
		grouped[key] = [...new Set([...(grouped[key] ?? []), ...hashes])];
	}
	return grouped;
}

/**
 * build/_headers: one block per page with its own CSP. Hosts merge every matching block (values of
 * a header named twice get comma-joined), so `/*` holds only the headers that are the same for
 * every response, and no header appears in two blocks that can match the same URL.
 * @param {Record<string, string[]>} csp
 */
export function headersFile(csp) {
	/** @type {[string, Record<string, string>][]} */
	const blocks = [
		['/_app/immutable/*', headersFor('/_app/immutable/asset.js')],
		...Object.entries(groupSiblings(csp)).map(
			([route, hashes]) =>
				/** @type {[string, Record<string, string>]} */ ([
					route,
					headersFor(route, { inlineScriptHashes: hashes, html: true })
				])
		)
	];
	const samples = [...blocks.map(([, h]) => h), headersFor('/data/x.csv'), headersFor('/en/embed/x/')];
	const common = Object.fromEntries(
		Object.entries(samples[0]).filter(([name, value]) => samples.every((h) => h[name] === value))
	);
	/** @param {Record<string, string>} h */
	const without = (h) => Object.fromEntries(Object.entries(h).filter(([name]) => !(name in common)));
	/** @type {[string, Record<string, string>][]} */
	const all = [
		['/*', common],
		...blocks.map(([path, h]) => /** @type {[string, Record<string, string>]} */ ([path, without(h)])),
		// Only the type: wasm under /_app/immutable/ already gets its caching from that block.
		['/*.wasm', { 'Content-Type': contentTypes.wasm }]
	];
	const body = all.map(([path, h]) =>
		[path, ...Object.entries(h).map(([n, v]) => `  ${n}: ${v}`)].join('\n')
	);
	return `# Generated by scripts/compress.js from scripts/headers.js; do not edit.\n${body.join('\n\n')}\n`;
}

/** @param {number} bytes */
const size = (bytes) =>
	bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;

/**
 * @param {string} buildDir
 * @param {{ max?: boolean, progress?: (done: number, total: number, file: string) => void }} [opts]
 */
export async function compressBuild(buildDir, { max = false, progress } = {}) {
	const files = (await walk(buildDir)).filter((file) => {
		const name = basename(file);
		return !GENERATED.has(name) && !/\.(br|gz)$/.test(name);
	});
	/** @type {Record<string, string[]>} */
	const csp = {};
	const pages = files
		.filter((f) => f.endsWith('.html'))
		.map((f) => ({ f, route: routeOfHtmlFile(relative(buildDir, f)) }));
	for (const { f, route } of pages.sort((a, b) => a.route.localeCompare(b.route))) {
		csp[route] = inlineScriptHashes(await readFile(f, 'utf8'));
	}
	// A small pool: zlib runs on libuv's threads, and Brotli 11 on the DuckDB wasm takes seconds.
	const queue = files.filter((file) => compressible.has(extensionOf(file)));
	const total = queue.length;
	/** @type {Awaited<ReturnType<typeof compressOne>>[]} */
	const results = [];
	const worker = async () => {
		for (let file = queue.pop(); file; file = queue.pop()) {
			results.push(await compressOne(file, { max }));
			progress?.(results.length, total, relative(buildDir, file));
		}
	};
	await Promise.all(Array.from({ length: Math.min(4, availableParallelism()) }, worker));
	await writeFile(join(buildDir, '_csp.json'), JSON.stringify(csp, null, '\t') + '\n');
	await writeFile(join(buildDir, '_headers'), headersFile(csp));
	return { files: files.length, pages: Object.keys(csp).length, results };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const dirArg = args.find((a) => !a.startsWith('--'));
	const buildDir = resolve(dirArg ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'build'));
	try {
		if (args.includes('--upgrade')) {
			const n = await upgradeLarge(buildDir, (line) => console.log(`compress (background): ${line}`));
			if (n > 0) console.log(`compress (background): ${n} large file(s) now at Brotli 11`);
			process.exit(0);
		}
		const started = Date.now();
		let shown = 0;
		const { files, pages, results } = await compressBuild(buildDir, {
			max: args.includes('--max'),
			// A line per tenth, so a first build never looks hung.
			progress: (done, total) => {
				if (done !== total && done < shown + total / 10) return;
				shown = done;
				console.log(`compress: ${done}/${total} files (${((Date.now() - started) / 1000).toFixed(0)} s)`);
			}
		});
		const sum = (/** @type {'size' | 'br' | 'gz'} */ key) => results.reduce((total, r) => total + r[key], 0);
		console.log(
			`compress: ${files} files, ${results.length} compressible (${size(sum('size'))} → br ${size(sum('br'))}, gz ${size(sum('gz'))}); ${pages} pages in _csp.json and _headers`
		);
		for (const r of results.filter((r) => r.ext === 'wasm').sort((a, b) => a.file.localeCompare(b.file))) {
			console.log(
				`  ${relative(buildDir, r.file)}: ${size(r.size)} → br ${size(r.br)}${r.fast ? ` (Brotli ${FAST_QUALITY})` : ''}, gz ${size(r.gz)}`
			);
		}
		const fast = results.filter((r) => r.fast).length;
		if (fast > 0)
			console.log(
				`compress: ${fast} large file(s) at Brotli ${FAST_QUALITY} for a fast first build; npm start upgrades them to 11 in the background (or: node scripts/compress.js --max)`
			);
		// Cloudflare Pages reads at most 100 rules from _headers.
		const rules =
			Object.keys(groupSiblings(JSON.parse(await readFile(join(buildDir, '_csp.json'), 'utf8')))).length + 3;
		if (rules > 100) console.warn(`compress: _headers has ${rules} rules; Cloudflare Pages reads 100`);
	} catch (error) {
		console.error('compress failed:', error);
		process.exit(1);
	}
}
