import { resolve } from 'node:path';
import type { UploadEngine } from '$lib/import/engine';
import { createNodeEngine } from '$lib/server/engine';

/** A Node DuckDB with the fixture built-in tables, exposing what the import pipeline needs. */
export function createImportEngine(): Promise<UploadEngine> {
	return createNodeEngine(resolve('tests/fixtures/data'));
}
