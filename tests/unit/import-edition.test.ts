import { beforeAll, describe, expect, it } from 'vitest';
import { appendEdition, checkEdition, editionKind, tableForExport } from '$lib/import/edition';
import type { UploadEngine } from '$lib/import/engine';
import { ImportError } from '$lib/import/errors';
import { edition5, editionsHeader, row, winner, winnersHeader } from './edition-fixtures';
import { checksumAll, createImportEngine } from './import-engine';

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
});
