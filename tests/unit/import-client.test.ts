import { describe, expect, it } from 'vitest';
import { defaultMaxBytes, parseFile } from '$lib/import/client';

describe('the size limit of an upload', () => {
	it('is 200 MB by default', () => {
		expect(defaultMaxBytes).toBe(200 * 1024 * 1024);
	});

	it('refuses a larger file at once, before reading it, with its size and the limit', async () => {
		const file = new File([new Uint8Array(3 * 1048576 + 1)], 'big.csv');
		// A file whose bytes cannot be read: the refusal must come before any read.
		Object.defineProperty(file, 'arrayBuffer', {
			value: () => Promise.reject(new Error('read although over the limit'))
		});
		const job = parseFile(file, { maxBytes: 2 * 1048576 });
		await expect(job.result).rejects.toMatchObject({
			code: 'file-too-large',
			place: { file: 'big.csv', detail: { size: 4, limit: 2 } }
		});
	});
});
