/// <reference lib="webworker" />
/**
 * Transcodes an upload that is not UTF-8 off the main thread: a stream of the file in, a Blob of
 * its UTF-8 out (Blobs cross between threads by reference, not by copy).
 */
import type { Encoding } from './decode';
import { ImportError } from './errors';
import { utf8Source } from './transcode';

export interface TranscodeRequest {
	file: Blob;
	encoding: Encoding;
	name: string;
}

export type TranscodeReply = { blob: Blob } | { failed: true };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<TranscodeRequest>) => {
	const { file, encoding, name } = event.data;
	try {
		scope.postMessage({ blob: await utf8Source(file, encoding, name) } satisfies TranscodeReply);
	} catch (error) {
		if (!(error instanceof ImportError)) console.error(error);
		scope.postMessage({ failed: true } satisfies TranscodeReply);
	}
};
