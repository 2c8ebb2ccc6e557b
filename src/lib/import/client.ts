import type { Encoding } from './decode';
import { ImportError } from './errors';
import type { ParsedUpload, ParseReply, ParseRequest } from './worker';

export type { ParsedUpload } from './worker';

/** Default size limit of an upload, in bytes (configurable per call). */
export const defaultMaxBytes = 200 * 1024 * 1024;

/** A parser started ahead of its first file: its script is fetched while the network is there. */
let spare: Worker | undefined;

function startWorker(): Worker {
	return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Starts a parser worker before any file is picked (call on mount), and again after each file, so
 * an upload still works when the network drops after the page has loaded: a worker's script is
 * fetched when the worker starts, which offline would fail.
 */
export function warmParser(): void {
	// No workers where the page is prerendered (and in unit tests): nothing to warm there.
	if (typeof Worker === 'undefined') return;
	spare ??= startWorker();
}

export interface ParseJob {
	result: Promise<{ table: ParsedUpload; encoding: Encoding; bom: boolean }>;
	/** Stops the worker: the job rejects with `interrupted` and nothing changes. */
	cancel(): void;
}

/**
 * Reads and parses a file in our own module worker. A file over `maxBytes` is refused at once,
 * before reading a byte. Progress reports bytes (of the file) and rows.
 */
export function parseFile(
	file: File,
	options: {
		encoding?: Encoding;
		maxBytes?: number;
		onProgress?: (p: { bytes: number; total: number; rows: number }) => void;
	} = {}
): ParseJob {
	const maxBytes = options.maxBytes ?? defaultMaxBytes;
	let worker: Worker | undefined;
	let reject: (error: unknown) => void = () => {};
	const result = new Promise<{ table: ParsedUpload; encoding: Encoding; bom: boolean }>((resolve, fail) => {
		reject = fail;
		if (file.size > maxBytes) {
			fail(
				new ImportError('file-too-large', {
					file: file.name,
					detail: { size: Math.ceil(file.size / 1048576), limit: Math.floor(maxBytes / 1048576) }
				})
			);
			return;
		}
		file.arrayBuffer().then((bytes) => {
			worker = spare ?? startWorker();
			spare = undefined;
			worker.onmessage = (event: MessageEvent<ParseReply>) => {
				const reply = event.data;
				if (reply.kind === 'progress')
					options.onProgress?.({
						bytes: Math.round((reply.chars / Math.max(reply.total, 1)) * file.size),
						total: file.size,
						rows: reply.rows
					});
				else {
					worker?.terminate();
					if (reply.kind === 'done') resolve(reply);
					else fail(new ImportError(reply.code, reply.place));
				}
			};
			worker.onerror = () => {
				worker?.terminate();
				fail(new ImportError('out-of-memory', { file: file.name }));
			};
			const request: ParseRequest = { bytes, name: file.name, encoding: options.encoding };
			worker.postMessage(request, [bytes]);
		}, fail);
	});
	// The next file gets a parser that is already loaded, even offline.
	result.then(warmParser, warmParser);
	return {
		result,
		cancel() {
			worker?.terminate();
			reject(new ImportError('interrupted', { file: file.name }));
		}
	};
}
