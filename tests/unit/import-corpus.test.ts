import { beforeAll, describe, expect, it } from 'vitest';
import { decodeStrict } from '$lib/import/decode';
import { ImportError } from '$lib/import/errors';
import { quoteIdent } from '$lib/data/sql-text';
import type { ImportEngine } from '$lib/import/load';
import { parseTable } from '$lib/import/parse';
import { buildCorpus } from '../fixtures/hostile';
import { checksumAll, createImportEngine, loadParsed } from './import-engine';

const corpus = buildCorpus();
let engine: ImportEngine;

beforeAll(async () => {
	engine = await createImportEngine();
}, 60_000);

async function tableRows(name: string): Promise<(string | null)[][]> {
	const names = (
		await engine.run(
			`SELECT column_name FROM information_schema.columns WHERE table_name = '${name}' ORDER BY ordinal_position`
		)
	)
		.toArray()
		.map((row) => String(row.column_name));
	const select = names.map((column, i) => `CAST(${quoteIdent(column)} AS VARCHAR) AS c${i}`).join(', ');
	const result = await engine.run(`SELECT ${select} FROM ${quoteIdent(name)}`);
	return result
		.toArray()
		.map((row) => Object.values(row.toJSON()).map((v) => (v === null ? null : String(v))));
}

describe('hostile corpus', () => {
	it('holds at least 40 files', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(40);
	});

	it.each(corpus.map((file, index) => [file.name, file, index] as const))(
		'%s',
		async (_name, file, index) => {
			const before = await checksumAll(engine);
			const table = `t_${index}`;
			let outcome: ImportError | undefined;
			try {
				const decoded = decodeStrict(file.bytes, file.name, file.encoding);
				const parsed = parseTable(decoded.text, file.name);
				if ('header' in file.verdict) {
					expect(parsed.header).toEqual(file.verdict.header);
					expect(parsed.types).toEqual(file.verdict.types);
					expect(parsed.rows).toEqual(file.verdict.rows);
				}
				const count = await loadParsed(engine, table, parsed, file.name);
				expect(count).toBe(parsed.rows.length);
			} catch (error) {
				if (!(error instanceof ImportError)) throw error;
				outcome = error;
			}
			if ('error' in file.verdict) {
				expect(outcome?.code).toBe(file.verdict.error);
				expect(outcome?.place.file).toBe(file.name);
				if (file.verdict.line !== undefined) expect(outcome?.place.line).toBe(file.verdict.line);
				if (file.verdict.column !== undefined) expect(outcome?.place.column).toBe(file.verdict.column);
				// Nothing already loaded changed, and the rejected file left no table behind.
				expect(await checksumAll(engine)).toEqual(before);
			} else {
				expect(outcome).toBeUndefined();
				expect(await tableRows(table)).toEqual(file.verdict.rows);
				const after = await checksumAll(engine);
				for (const [name, sum] of Object.entries(before)) expect(after[name]).toBe(sum);
			}
		}
	);
});
