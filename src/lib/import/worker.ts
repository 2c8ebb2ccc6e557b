/// <reference lib="webworker" />
/**
 * The module worker that decodes and parses an upload off the main thread (never PapaParse's own
 * `worker: true`, which breaks in a minified build). Messages: in {@link ParseRequest}; out
 * progress, then `done` with the table or `failed` with an error code and place.
 */
import { decodeStrict, type Encoding } from './decode';
import { ImportError } from './errors';
import { toCanonicalCsv } from '$lib/data/csv';
import { parseTable, defaultLimits, type ParsedTable } from './parse';
import { PREVIEW_ROWS } from './head';
import type { ImportErrorCode, ImportPlace } from './errors';

export interface ParseRequest {
	bytes: ArrayBuffer;
	name: string;
	encoding?: Encoding;
}

/**
 * What crosses back to the page: the canonical CSV (built here, not on the main thread), the
 * schema, and only the first rows for the preview, so a 100,000-row file costs the page one string.
 */
export interface ParsedUpload extends UploadSchema {
	csv: string;
}

/** What the preview shows of any read file: its dialect, columns, types, first rows and count. */
export interface UploadSchema extends Omit<ParsedTable, 'rows'> {
	preview: (string | null)[][];
	rowCount: number;
}

export type ParseReply =
	| { kind: 'progress'; rows: number; chars: number; total: number }
	| { kind: 'done'; table: ParsedUpload; encoding: Encoding; bom: boolean }
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
		const { rows, ...schema } = table;
		const upload: ParsedUpload = {
			...schema,
			preview: rows.slice(0, PREVIEW_ROWS),
			rowCount: rows.length,
			csv: toCanonicalCsv(table.header, rows)
		};
		post({ kind: 'done', table: upload, encoding: decoded.encoding, bom: decoded.bom });
	} catch (error) {
		if (error instanceof ImportError) post({ kind: 'failed', code: error.code, place: error.place });
		else if (error instanceof RangeError)
			post({ kind: 'failed', code: 'out-of-memory', place: { file: name } });
		else post({ kind: 'failed', code: 'not-text', place: { file: name } });
	}
};
