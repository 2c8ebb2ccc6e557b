/**
 * The data manifest: the digest of every dataset file the site was built with. The browser
 * checks each file against it, so a truncated or swapped file is refused by name instead of
 * loading as fewer (or other) rows than the prerendered charts show.
 */
export interface DataManifest {
	files: Record<string, { bytes: number; sha256: string }>;
}

export const MANIFEST_FILE = 'manifest.json';

function hex(buffer: ArrayBuffer): string {
	return [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Throws when `text` is not the file the manifest describes. */
export async function verifyFile(file: string, text: string, manifest: DataManifest): Promise<void> {
	const expected = manifest.files[file];
	if (!expected) throw new Error(`${file} is not listed in the data manifest`);
	const bytes = new TextEncoder().encode(text);
	if (bytes.length !== expected.bytes)
		throw new Error(
			`${file} has ${bytes.length} bytes where ${expected.bytes} were published (truncated or changed)`
		);
	// SubtleCrypto exists only in secure contexts (https, localhost); the size check above always runs.
	if (globalThis.crypto?.subtle) {
		const digest = hex(await globalThis.crypto.subtle.digest('SHA-256', bytes));
		if (digest !== expected.sha256)
			throw new Error(`${file} differs from the published file (checksum mismatch)`);
	}
}
