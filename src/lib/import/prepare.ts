import type { Encoding } from './decode';
import { ImportError } from './errors';
import { HEAD_BYTES, readHead, type FileHead } from './head';
import { defaultLimits, type ParseLimits } from './parse';
import { utf8Source } from './transcode';

/** A file made ready for DuckDB: its head (dialect, header, preview) and its bytes in UTF-8. */
export interface PreparedFile {
	head: FileHead;
	source: Blob;
}

/**
 * Reads the head of a file and makes its UTF-8 source: all JavaScript reads of an upload (the
 * whole of a file no larger than the head; of a larger one the head, and the stream of a
 * transcoding when it is not UTF-8).
 */
export async function prepareFile(
	file: Blob,
	name: string,
	chosen?: Encoding,
	limits: ParseLimits = defaultLimits,
	headBytes = HEAD_BYTES,
	/** How a file that is not UTF-8 is transcoded (the page runs it in a worker). */
	transcode = utf8Source
): Promise<PreparedFile> {
	if (file.size === 0) throw new ImportError('empty-file', { file: name });
	const bytes = new Uint8Array(await file.slice(0, headBytes).arrayBuffer());
	const head = readHead(bytes, name, file.size <= headBytes, chosen, limits);
	return { head, source: await transcode(file, head.encoding, name) };
}
