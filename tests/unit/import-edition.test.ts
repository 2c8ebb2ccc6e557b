import { beforeAll, describe, expect, it } from 'vitest';
import {
	appendEdition,
	appendStoredEditions,
	checkEdition,
	editionKind,
	tableForExport
} from '$lib/import/edition';
import type { UploadEngine } from '$lib/import/engine';
import { ImportError } from '$lib/import/errors';
import { toCanonicalCsv } from '$lib/data/csv';
import { parseTable } from '$lib/import/parse';
import type { StoredDataset } from '$lib/import/stored';
import { tables } from '$lib/data/tables';
import { checksumAll, createImportEngine } from './import-engine';

const editionsHeader = Object.keys(tables.find((t) => t.name === 'editions')!.columns);
const winnersHeader = Object.keys(tables.find((t) => t.name === 'winners')!.columns);

/** A row of `header` with the given cells set, every other cell empty. */
function row(header: string[], cells: Record<string, string>): (string | null)[] {
	return header.map((name) => cells[name] ?? null);
}
const edition5 = row(editionsHeader, {
	edition: '5',
	year: '2024',
	ceremony_date: '2024-11-30',
	coverage: 'partial'
});
const winner = (id: string, cells: Record<string, string> = {}) =>
	row(winnersHeader, {
		award_id: id,
		edition: '5',
		category_id: 'e-content',
		prize_level: 'excellence',
		institution_id: 'inst-a',
		...cells
	});

let engine: UploadEngine;
beforeAll(async () => {
	engine = await createImportEngine();
}, 60_000);

async function refusal(promise: Promise<unknown>): Promise<ImportError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof ImportError) return error;
		throw error;
	}
	throw new Error('not refused');
}

describe('add an edition', () => {
	it('recognises the built-in shapes by their exact header only', () => {
		expect(editionKind(editionsHeader)).toBe('editions');
		expect(editionKind(winnersHeader)).toBe('winners');
		expect(editionKind([...winnersHeader].reverse())).toBeUndefined();
		expect(editionKind(['year', 'winner'])).toBeUndefined();
	});

	it.each([
		[
			'a winner of an edition that does not exist',
			'winners',
			[winner('900')],
			'unknown-edition',
			2,
			'edition'
		],
		[
			'an existing year',
			'editions',
			[row(editionsHeader, { edition: '9', year: '2005', coverage: 'partial' })],
			'duplicate',
			2,
			'year'
		],
		[
			'an existing edition',
			'editions',
			[row(editionsHeader, { edition: '1', year: '2030', coverage: 'partial' })],
			'duplicate',
			2,
			'edition'
		],
		[
			'a coverage outside the vocabulary',
			'editions',
			[row(editionsHeader, { edition: '5', year: '2024', coverage: 'most' })],
			'vocabulary',
			2,
			'coverage'
		],
		[
			'an invalid date',
			'editions',
			[row(editionsHeader, { edition: '5', year: '2024', ceremony_date: '30/11/2024', coverage: 'partial' })],
			'type',
			2,
			'ceremony_date'
		],
		[
			'a non-integer year',
			'editions',
			[row(editionsHeader, { edition: '5', year: '2024a', coverage: 'partial' })],
			'type',
			2,
			'year'
		]
	] as const)(
		'refuses %s, naming line and column, changing nothing',
		async (_what, kind, rows, rule, line, column) => {
			const before = await checksumAll(engine);
			const error = await refusal(checkEdition(engine, kind, [...rows], 'added.csv'));
			expect(error.code).toBe('invalid-value');
			expect(error.place).toMatchObject({ file: 'added.csv', line, columnName: column, detail: { rule } });
			expect(await checksumAll(engine)).toEqual(before);
		}
	);

	it('appends a checked edition and its winners; refuses them a second time as duplicates', async () => {
		await checkEdition(engine, 'editions', [edition5], 'editions.csv');
		await appendEdition(engine, 'editions', [edition5]);
		const winners = [winner('900'), winner('901', { prize_level: 'encouragement', institution_id: '' })];
		winners[1][winnersHeader.indexOf('institution_id')] = null;
		await checkEdition(engine, 'winners', winners, 'winners.csv');
		await appendEdition(engine, 'winners', winners);
		const merged = await tableForExport(engine, 'winners');
		expect(merged.header).toEqual(winnersHeader);
		expect(merged.rows.slice(-2).map((r) => [r[0], r[1], r[4], r[7]])).toEqual([
			['900', '5', 'excellence', 'inst-a'],
			['901', '5', 'encouragement', null]
		]);
		const editions = await tableForExport(engine, 'editions');
		expect(editions.rows.at(-1)?.slice(0, 3)).toEqual(['5', '2024', '2024-11-30']);
		const again = await refusal(checkEdition(engine, 'winners', [winner('900')], 'again.csv'));
		expect(again.place.detail).toMatchObject({ rule: 'duplicate', value: '900' });
		// Two rows of one file with the same key are refused too.
		const twice = await refusal(checkEdition(engine, 'winners', [winner('950'), winner('950')], 'twice.csv'));
		expect(twice.place).toMatchObject({ line: 3, detail: { rule: 'duplicate' } });
	});

	it('replays stored editions on a fresh engine: editions before winners, a misfit skipped whole', async () => {
		const fresh = await createImportEngine();
		const stored = (table: string, header: string[], rows: (string | null)[][]): StoredDataset => ({
			table,
			label: `${table}.csv`,
			csv: toCanonicalCsv(header, rows),
			columns: Object.fromEntries(header.map((h) => [h, 'VARCHAR' as const])),
			rows: rows.length,
			added: '2026-01-01T00:00:00Z',
			kind: 'edition'
		});
		const skipped = await appendStoredEditions(fresh, [
			stored('added_winners_1', winnersHeader, [winner('900')]),
			stored('added_editions_1', editionsHeader, [edition5]),
			stored('added_winners_2', winnersHeader, [winner('1')]),
			{ ...stored('mine', ['a'], [['1']]), kind: 'dataset' }
		]);
		expect(skipped).toEqual(['added_winners_2']);
		const count = await fresh.run('SELECT count(*)::INTEGER AS n FROM winners WHERE edition = 5');
		expect(count.getChild('n')?.get(0)).toBe(1);
		expect(parseTable(toCanonicalCsv(winnersHeader, [winner('900')]), 'x.csv').header).toEqual(winnersHeader);
	}, 60_000);
});
