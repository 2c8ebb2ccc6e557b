/// <reference lib="webworker" />
/**
 * The module worker that decodes and parses an upload off the main thread (never PapaParse's own
 * `worker: true`, which breaks in a minified build). Messages: in {@link ParseRequest}; out
 * progress, then `done` with the table or `failed` with an error code and place.
 */
import { decodeStrict, type Encoding } from './decode';
import { ImportError } from './errors';
import { parseTable, defaultLimits, type ParsedTable } from './parse';
import type { ImportErrorCode, ImportPlace } from './errors';

export interface ParseRequest {
	bytes: ArrayBuffer;
	name: string;
	encoding?: Encoding;
}

export type ParseReply =
	| { kind: 'progress'; rows: number; chars: number; total: number }
	| { kind: 'done'; table: ParsedTable; encoding: Encoding; bom: boolean }
	| { kind: 'failed'; code: ImportErrorCode; place: ImportPlace };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ParseRequest>) => {
	const { bytes, name, encoding } = event.data;
	const post = (reply: ParseReply) => scope.postMessage(reply);
	try {
		const decoded = decodeStrict(new Uint8Array(bytes), name, encoding);
		const total = decoded.text.length;
		const table = parseTable(decoded.text, name, defaultLimits, (rows, chars) =>
			post({ kind: 'progress', rows, chars, total })
		);
		post({ kind: 'done', table, encoding: decoded.encoding, bom: decoded.bom });
	} catch (error) {
		if (error instanceof ImportError) post({ kind: 'failed', code: error.code, place: error.place });
		else if (error instanceof RangeError)
			post({ kind: 'failed', code: 'out-of-memory', place: { file: name } });
		else post({ kind: 'failed', code: 'not-text', place: { file: name } });
	}
};
