import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { verifyFile } from '$lib/data/manifest';
import { createDataManifest } from '$lib/server/data-manifest';
import { readFile } from 'node:fs/promises';

const fixtures = fileURLToPath(new URL('../fixtures/data/', import.meta.url));

describe('data manifest', () => {
	it('lists every table file with its size and SHA-256', async () => {
		const manifest = await createDataManifest(fixtures);
		expect(Object.keys(manifest.files).sort()).toEqual(
			[
				'categories.csv',
				'conflicts.csv',
				'editions.csv',
				'institutions.csv',
				'sources.csv',
				'winners.csv'
			].sort()
		);
		expect(manifest.files['sources.csv'].sha256).toMatch(/^[0-9a-f]{64}$/);
	});

	it('accepts the published file and refuses a truncated, changed or unknown one', async () => {
		const manifest = await createDataManifest(fixtures);
		const text = await readFile(`${fixtures}/winners.csv`, 'utf8');
		await expect(verifyFile('winners.csv', text, manifest)).resolves.toBeUndefined();
		await expect(verifyFile('winners.csv', text.slice(0, 100), manifest)).rejects.toThrow(
			/truncated or changed/
		);
		// Same length, one character changed: only the checksum can tell.
		await expect(verifyFile('winners.csv', text.replace('inst-a', 'inst-z'), manifest)).rejects.toThrow(
			/checksum/
		);
		await expect(verifyFile('other.csv', text, manifest)).rejects.toThrow(/not listed/);
	});

	it('counts bytes, not characters, for Arabic text', async () => {
		const manifest = await createDataManifest(fixtures);
		const text = await readFile(`${fixtures}/categories.csv`, 'utf8');
		expect(text.length).toBeLessThan(manifest.files['categories.csv'].bytes);
		await expect(verifyFile('categories.csv', text, manifest)).resolves.toBeUndefined();
	});
});
