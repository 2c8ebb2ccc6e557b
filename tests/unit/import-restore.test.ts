import { describe, expect, it } from 'vitest';
import { toCanonicalCsv } from '$lib/data/csv';
import { restoreStored } from '$lib/import/restore';
import { columnTypes, type StoredDataset } from '$lib/import/stored';
import type { ColumnType } from '$lib/import/parse';
import { edition5, editionsHeader, winner, winnersHeader } from './edition-fixtures';
import { createImportEngine } from './import-engine';

function stored(
	table: string,
	header: string[],
	rows: (string | null)[][],
	kind: StoredDataset['kind'],
	types: ColumnType[] = header.map(() => 'VARCHAR')
): StoredDataset {
	return {
		table,
		label: `${table}.csv`,
		csv: toCanonicalCsv(header, rows),
		columns: columnTypes(header, types),
		rows: rows.length,
		added: '2026-01-01T00:00:00Z',
		kind
	};
}

const count = async (engine: Awaited<ReturnType<typeof createImportEngine>>, sql: string) =>
	Number((await engine.run(sql, [])).getChild('n')?.get(0));

describe('restoreStored', () => {
	it('replays editions before winners and skips a misfit whole; datasets need a loader', async () => {
		const engine = await createImportEngine();
		const report = await restoreStored(engine, [
			stored('added_winners_1', winnersHeader, [winner('900')], 'edition'),
			stored('added_editions_1', editionsHeader, [edition5], 'edition'),
			stored('added_winners_2', winnersHeader, [winner('1')], 'edition'),
			stored('mine', ['a'], [['1']], 'dataset')
		]);
		expect(report.loaded).toEqual([]);
		expect(report.skipped.map(({ table, kind }) => [table, kind])).toEqual([['added_winners_2', 'edition']]);
		expect(report.skipped[0].reason).toMatch(/invalid-value/);
		expect(await count(engine, 'SELECT count(*)::INTEGER AS n FROM winners WHERE edition = 5')).toBe(1);
		expect(await count(engine, 'SELECT count(*)::INTEGER AS n FROM editions WHERE edition = 5')).toBe(1);
		const tables = await engine.run(
			"SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'mine'",
			[]
		);
		expect(Number(tables.getChild('n')?.get(0))).toBe(0);
	}, 60_000);

	it('loads uploaded datasets with their types, hostile column names kept, and reports a broken one', async () => {
		const engine = await createImportEngine();
		const header = ['__proto__', 'x" ; DROP TABLE winners; --', '2014'];
		const report = await restoreStored(
			engine,
			[
				stored(
					'palmares',
					header,
					[
						['a', 'b', '7'],
						[null, 'c', '8']
					],
					'dataset',
					['VARCHAR', 'VARCHAR', 'INTEGER']
				),
				// The stored row count disagrees with the CSV: the same check as a fresh upload refuses it.
				{ ...stored('broken', ['n'], [['1']], 'dataset', ['INTEGER']), rows: 5 },
				// A built-in name is never replaced.
				stored('winners', ['n'], [['1']], 'dataset')
			],
			engine
		);
		expect(report.loaded).toEqual(['palmares']);
		expect(report.skipped.map(({ table, kind }) => [table, kind])).toEqual([['broken', 'dataset']]);
		expect(report.skipped[0].reason).toMatch(/ragged-rows/);
		const described = await engine.run('SELECT column_name, column_type FROM (DESCRIBE palmares)', []);
		expect(described.toArray().map((row) => [row.column_name, row.column_type])).toEqual([
			['__proto__', 'VARCHAR'],
			['x" ; DROP TABLE winners; --', 'VARCHAR'],
			['2014', 'INTEGER']
		]);
		expect(await count(engine, 'SELECT sum("2014")::INTEGER AS n FROM palmares')).toBe(15);
		expect(await count(engine, 'SELECT count(*)::INTEGER AS n FROM winners')).toBeGreaterThan(1);
	}, 60_000);
});
