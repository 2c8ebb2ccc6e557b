import { ImportError } from './errors';

/** Encodings a user may pick when the bytes are not valid UTF-8. */
export const encodings = ['utf-8', 'windows-1256', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export type Encoding = (typeof encodings)[number];

export interface Decoded {
	text: string;
	encoding: Encoding;
	/** A byte-order mark was present and removed. */
	bom: boolean;
}

/** Detects a BOM: the encoding it announces and its length in bytes. */
export function sniffBom(bytes: Uint8Array): { encoding: Encoding; length: number } | undefined {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
	return undefined;
}

/**
 * UTF-16 without a BOM: text made of ASCII has a zero in every other byte. Looks at the start only.
 */
export function sniffUtf16(bytes: Uint8Array): Encoding | undefined {
	const n = Math.min(bytes.length - (bytes.length % 2), 512);
	if (n < 4) return undefined;
	let evenZero = 0;
	let oddZero = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZero++;
		if (bytes[i + 1] === 0) oddZero++;
	}
	const pairs = n / 2;
	if (oddZero > pairs * 0.6 && evenZero === 0) return 'utf-16le';
	if (evenZero > pairs * 0.6 && oddZero === 0) return 'utf-16be';
	return undefined;
}

/** Line (1-based) and column (1-based, in characters) of a byte offset, counted on the valid prefix. */
function placeOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
	const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
	const lines = prefix.split(/\r\n|\r|\n/);
	return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** The first byte offset where UTF-8 is invalid (a linear scan, used for the message only). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		let need: number;
		if (b < 0x80) need = 0;
		else if (b >= 0xc2 && b <= 0xdf) need = 1;
		else if (b >= 0xe0 && b <= 0xef) need = 2;
		else if (b >= 0xf0 && b <= 0xf4) need = 3;
		else return i;
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
		}
		i += need + 1;
	}
	return -1;
}

/**
 * The encoding of a file from its first bytes (or the reader's choice): a BOM decides; else UTF-16
 * is recognised by its zero bytes; else UTF-8. `skip` is the length of a BOM of that encoding.
 */
export function pickEncoding(bytes: Uint8Array, chosen?: Encoding): { encoding: Encoding; skip: number } {
	const bom = sniffBom(bytes);
	let encoding: Encoding = chosen ?? bom?.encoding ?? sniffUtf16(bytes) ?? 'utf-8';
	if (chosen && bom && bom.encoding !== chosen && chosen.startsWith('utf')) encoding = bom.encoding;
	return { encoding, skip: bom && bom.encoding === encoding ? bom.length : 0 };
}

/**
 * Decodes bytes strictly. With no encoding given: a BOM decides; else UTF-16 is recognised by its
 * zero bytes; else UTF-8 with `fatal: true`, and invalid bytes are an `encoding` error naming the
 * line and column, never replacement characters. NUL bytes in text that is not UTF-16 mean the file
 * is not text.
 */
export function decodeStrict(bytes: Uint8Array, file: string, chosen?: Encoding): Decoded {
	if (bytes.length === 0) throw new ImportError('empty-file', { file });
	const { encoding, skip } = pickEncoding(bytes, chosen);
	const body = bytes.subarray(skip);
	if (!encoding.startsWith('utf-16')) {
		const nul = body.indexOf(0);
		if (nul !== -1) throw new ImportError('not-text', { file, ...placeOfByte(body, nul) });
	}
	let text: string;
	try {
		text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
	} catch {
		const at = encoding === 'utf-8' ? firstInvalidUtf8(body) : -1;
		const place = at >= 0 ? placeOfByte(body, at) : {};
		throw new ImportError('encoding', { file, ...place, detail: { encoding } });
	}
	if (encoding.startsWith('utf-16') && text.includes('\u0000')) throw new ImportError('not-text', { file });
	if (text.trim() === '') throw new ImportError('empty-file', { file });
	return { text, encoding, bom: skip > 0 };
}

/** A lenient decode for the live preview of the encoding picker (never used to load). */
export function decodePreview(bytes: Uint8Array, encoding: Encoding, maxChars = 2000): string {
	const bom = sniffBom(bytes);
	const skip = bom && bom.encoding === encoding ? bom.length : 0;
	return new TextDecoder(encoding, { ignoreBOM: true })
		.decode(bytes.subarray(skip, skip + maxChars * 4))
		.slice(0, maxChars);
}
