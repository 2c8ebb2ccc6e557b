import type { Encoding } from './decode';
import { ImportError } from './errors';
import type { TranscodeReply, TranscodeRequest } from './transcode-worker';

/**
 * The file as UTF-8, which is what DuckDB reads: a UTF-8 file as it is (DuckDB skips its BOM and
 * names invalid bytes itself); any other encoding decoded strictly and re-encoded as a stream, so
 * the whole text is never held as one string. Invalid bytes are an `encoding` error.
 */
export async function utf8Source(file: Blob, encoding: Encoding, name: string): Promise<Blob> {
	if (encoding === 'utf-8') return file;
	try {
		const text = file.stream().pipeThrough(new TextDecoderStream(encoding, { fatal: true }));
		return await new Response(text.pipeThrough(new TextEncoderStream())).blob();
	} catch {
		throw new ImportError('encoding', { file: name, detail: { encoding } });
	}
}

/** {@link utf8Source} in a module worker of its own, so a large file's decoding never blocks the page. */
export function utf8SourceInWorker(file: Blob, encoding: Encoding, name: string): Promise<Blob> {
	if (encoding === 'utf-8') return Promise.resolve(file);
	const worker = new Worker(new URL('./transcode-worker.ts', import.meta.url), { type: 'module' });
	return new Promise<Blob>((resolve, reject) => {
		const fail = () => reject(new ImportError('encoding', { file: name, detail: { encoding } }));
		worker.onmessage = (event: MessageEvent<TranscodeReply>) =>
			'blob' in event.data ? resolve(event.data.blob) : fail();
		worker.onerror = fail;
		worker.postMessage({ file, encoding, name } satisfies TranscodeRequest);
	}).finally(() => worker.terminate());
}
