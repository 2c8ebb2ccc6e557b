import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { patchProgress, patchStreamedResponse, patchWorker } from '../../scripts/duckdb-progress.js';

const require = createRequire(import.meta.url);
const workerSource = (bundle: 'eh' | 'mvp') =>
	readFile(require.resolve(`@duckdb/duckdb-wasm/dist/duckdb-browser-${bundle}.worker.js`), 'utf8');

/**
 * The streamed download's throttle as the worker has it, made callable: the `transform` of its
 * counting stream, with the worker's own names for the progress record and the report handlers.
 * Returns the bytes loaded at each report for chunks of 1,000 bytes arriving at the given times.
 */
function throttle(source: string) {
	const match = source.match(
		/transform\((\w+),(\w+)\)\{(\w+)\.bytesLoaded\+=\1\.byteLength;.*?for\(let (\w+) of (\w+)\)\4\(\3\);\2\.enqueue\(\1\)\}/
	);
	if (!match) throw new Error('no counting transform in the worker');
	const [method, , , progressName, , handlersName] = match;
	return (chunkTimes: number[]) => {
		const reports: number[] = [];
		let now = 0;
		const progress = { bytesLoaded: 0, updatedAt: new Date(0) };
		const RealDate = Date;
		// The worker reads the clock with `new Date`: here, the chunks' own times.
		const ChunkDate = function () {
			return new RealDate(now);
		} as unknown as DateConstructor;
		const transform = new Function('Date', progressName, handlersName, `return { ${method} }.transform;`)(
			ChunkDate,
			progress,
			[(p: { bytesLoaded: number }) => reports.push(p.bytesLoaded)]
		);
		for (const time of chunkTimes) {
			now = time;
			transform({ byteLength: 1000 }, { enqueue: () => {} });
		}
		return reports;
	};
}

describe('the engine worker reports its download on a smooth link', () => {
	it('corrects both throttles of each worker DuckDB-WASM ships, and refuses a worker without them', async () => {
		for (const bundle of ['eh', 'mvp'] as const) {
			const source = await workerSource(bundle);
			const patched = patchProgress(source, bundle);
			expect(patched).not.toMatch(/\.updatedAt\.getTime\(\)<20\)\{\w+\.updatedAt=/);
			expect(patched.length - source.length).toBeLessThan(20);
		}
		expect(() => patchProgress('self.onmessage=()=>{}', 'other.js')).toThrow(/found 0/);
	});

	it('chunks 5 ms apart for 2 s: no report before, one about every 20 ms after', async () => {
		const source = await workerSource('eh');
		const times = Array.from({ length: 400 }, (_, i) => 10 + i * 5);
		// The download starts at 0 and its chunks come every 5 ms from 10 ms on.
		expect(throttle(source)(times)).toEqual([]);
		const reports = throttle(patchProgress(source, 'eh'))(times);
		expect(reports.length).toBeGreaterThan(80);
		expect(reports.length).toBeLessThan(110);
		expect(reports.at(-1)).toBeGreaterThan(390_000);
	});
});

/**
 * The worker's streamed download (from its fetch to the response it hands the compiler), cut from
 * the shipped file and made callable with a response and a counting stream of the test's.
 */
function download(source: string) {
	const match = source.match(
		/let (\w+)=new Request\(this\.mainModuleURL\),(\w+)=await fetch\(\1\).*?\}\},(\w+)=new TransformStream\(\w+\);(.*?)\}\)\(\);WebAssembly\.instantiateStreaming/
	);
	if (!match) throw new Error('no streamed download in the worker');
	const [, , response, counter, tail] = match;
	return new Function(response, counter, `var g,h;${tail}`) as (r: Response, t: TransformStream) => Response;
}

describe('the engine worker hands the compiler its WASM as fetched', () => {
	it('counts the bytes on a copy and returns the very response fetched (V8 keeps its compiled code only for that one)', async () => {
		for (const bundle of ['eh', 'mvp'] as const) {
			const source = await workerSource(bundle);
			const fetched = new Response(new Uint8Array(300_000));
			let counted = 0;
			const counter = new TransformStream<Uint8Array, Uint8Array>({
				transform(chunk, out) {
					counted += chunk.byteLength;
					out.enqueue(chunk);
				}
			});
			// As shipped by DuckDB-WASM: a response of its own, made around the counted body.
			const original = fetched.clone();
			expect(download(source)(original, new TransformStream())).not.toBe(original);
			const handed = download(patchWorker(source, bundle))(fetched, counter);
			expect(handed).toBe(fetched);
			expect((await handed.arrayBuffer()).byteLength).toBe(300_000);
			await expect.poll(() => counted).toBe(300_000);
		}
	});

	it('refuses a worker that does not rebuild its response exactly once', () => {
		expect(() => patchStreamedResponse('self.onmessage=()=>{}', 'other.js')).toThrow(/found 0 rebuilt/);
	});
});
