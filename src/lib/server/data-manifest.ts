import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DataManifest } from '$lib/data/manifest';
import { tables } from '$lib/data/tables';

/** The manifest of the committed `static/data/` files, written into the build. */
export async function createDataManifest(dataDir = resolve('static/data')): Promise<DataManifest> {
	const entries = await Promise.all(
		tables.map(async (table) => {
			const bytes = await readFile(resolve(dataDir, table.file));
			return [
				table.file,
				{ bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }
			] as const;
		})
	);
	return { files: Object.fromEntries(entries) };
}
