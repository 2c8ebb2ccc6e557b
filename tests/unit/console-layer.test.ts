import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// src/lib/console is the console's engine: data and import only, never Svelte, $app, charts or UI.
const allowed = [
	/^\$lib\/data\//,
	/^\$lib\/import\//,
	/^\.\.?\//,
	/^@duckdb\/duckdb-wasm$/,
	/^apache-arrow$/
];

async function sources(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile() && /\.ts$/.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name));
}

describe('src/lib/console layer', () => {
	it('imports only $lib/data, $lib/import, its own files, DuckDB and Arrow', async () => {
		const files = await sources('src/lib/console');
		expect(files.length).toBeGreaterThan(0);
		const imports = (
			await Promise.all(
				files.map(async (file) =>
					[...(await readFile(file, 'utf8')).matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map(
						(match) => `${file}: ${match[1]}`
					)
				)
			)
		).flat();
		expect(imports.length).toBeGreaterThan(0);
		const refused = imports.filter((line) => !allowed.some((rule) => rule.test(line.split(': ')[1])));
		expect(refused).toEqual([]);
	});
});
