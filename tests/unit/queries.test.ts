import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlEngine } from '$lib/data/engine';
import { specById, type ParticipationRow } from '$lib/catalog';
import { queryChart } from '$lib/coordinator';
import { querySourceCount } from '$lib/data/queries';
import { createNodeEngine } from '$lib/server/engine';

const fixtures = fileURLToPath(new URL('../fixtures/data/', import.meta.url));
let engine: SqlEngine;

beforeAll(async () => {
	engine = await createNodeEngine(fixtures);
});

// Expected rows computed by hand from tests/fixtures/data. Edition 3 states 4 prizes where 3 are
// recorded: the stated number wins; edition 1 states none: its 2 recorded prizes count. `sources`:
// the documents each edition's record cites (edition 4 cites two).
const participation: ParticipationRow[] = [
	{
		year: 2005,
		edition: 1,
		coverage: 'partial',
		candidates: null,
		administrations: null,
		prizes: 2,
		winning_institutions: 2,
		conflicts: null,
		conflicts_fr: null,
		conflicts_ar: null,
		sources: 1
	},
	{
		year: 2006,
		edition: 2,
		coverage: 'missing',
		candidates: null,
		administrations: null,
		prizes: null,
		winning_institutions: null,
		conflicts: null,
		conflicts_fr: null,
		conflicts_ar: null,
		sources: 1
	},
	{
		year: 2007,
		edition: null,
		coverage: null,
		candidates: null,
		administrations: null,
		prizes: null,
		winning_institutions: null,
		conflicts: null,
		conflicts_fr: null,
		conflicts_ar: null,
		sources: null
	},
	{
		year: 2008,
		edition: 3,
		coverage: 'complete',
		candidates: 9,
		administrations: null,
		prizes: 4,
		winning_institutions: 2,
		conflicts: null,
		conflicts_fr: null,
		conflicts_ar: null,
		sources: 1
	},
	{
		year: 2009,
		edition: 4,
		coverage: 'complete',
		candidates: 35,
		administrations: 20,
		prizes: 1,
		winning_institutions: 1,
		conflicts: 'city: Salé vs Rabat',
		conflicts_fr: 'ville : Salé contre Rabat',
		conflicts_ar: 'المدينة: سلا مقابل الرباط',
		sources: 2
	}
];

describe('the participation chart', () => {
	it('returns one row per award year, gaps and missing records as null, never zero', async () => {
		expect(await queryChart(engine, specById('participation')!)).toEqual(participation);
	});

	it('filters to an inclusive year range with bound parameters', async () => {
		expect(await queryChart(engine, specById('participation')!, { from: 2006, to: 2008 })).toEqual(
			participation.slice(1, 4)
		);
	});

	it('returns plain numbers, never BigInt', async () => {
		const rows = await queryChart(engine, specById('participation')!);
		for (const row of rows) for (const value of Object.values(row)) expect(typeof value).not.toBe('bigint');
	});
});

describe('querySourceCount', () => {
	it('counts distinct sources', async () => {
		expect(await querySourceCount(engine)).toBe(2);
	});
});

describe('table loading', () => {
	it('keeps quoted commas and quotes, typed dates and empty values as NULL', async () => {
		const table = await engine.run(
			'SELECT venue, ceremony_date, candidates, notes FROM editions WHERE edition IN (1, 4) ORDER BY edition',
			[]
		);
		const rows = table.toArray().map((row) => row.toJSON());
		expect(rows[0].notes).toBe('first, with a comma');
		expect(rows[0].candidates).toBeNull();
		expect(rows[1].venue).toBe('Hall "B"');
		expect(String(table.schema.fields[1].type)).toBe('Date32<DAY>');
	});

	it('names the table and file when a CSV does not match its declared columns', async () => {
		const { mkdtemp, cp, writeFile } = await import('node:fs/promises');
		const { tmpdir } = await import('node:os');
		const { join } = await import('node:path');
		const dir = await mkdtemp(join(tmpdir(), 'imtiaz-bad-'));
		await cp(fixtures, dir, { recursive: true });
		await writeFile(join(dir, 'winners.csv'), 'award_id,edition\nnot-a-number,1\n');
		await expect(createNodeEngine(dir)).rejects.toThrow(/"winners" table from winners\.csv/);
	});
});
