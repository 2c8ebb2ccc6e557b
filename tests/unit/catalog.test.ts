import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalog, yearSlice } from '$lib/catalog';
import type { SqlEngine } from '$lib/data/engine';
import type { Filters } from '$lib/data/filters';
import {
	queryCategoryMatrix,
	queryParticipationFlagged,
	queryPrizeLevels,
	queryWinnersByType
} from '$lib/data/queries';
import { createNodeEngine } from '$lib/server/engine';

let engine: SqlEngine;
beforeAll(async () => {
	engine = await createNodeEngine(resolve('static/data'));
});

/** The statements themselves, with the year range in SQL: what a sliced chart must equal. */
const direct: Record<string, (engine: SqlEngine, filters: Filters) => Promise<unknown[]>> = {
	participation: queryParticipationFlagged,
	categories: queryCategoryMatrix,
	'institution-types': queryWinnersByType,
	'prize-levels': queryPrizeLevels
};
const ranges: Filters[] = [
	{},
	{ from: 2010 },
	{ to: 2012 },
	{ from: 2008, to: 2015 },
	{ from: 2016, to: 2016 },
	{ from: 2030 }
];
const others: Filters[] = [{}, { type: 'ministry' }, { category: 'e-content' }, { level: 'excellence' }];

describe('charts that slice the year range of every-year rows', () => {
	it('are exactly the charts whose statement the slice reproduces', () => {
		expect(catalog.filter((entry) => entry.sliceYears).map((entry) => entry.id)).toEqual(Object.keys(direct));
	});

	it.each(Object.keys(direct))(
		'%s: the slice equals the statement run with the range, on the committed data',
		async (id) => {
			const chart = catalog.find((entry) => entry.id === id)!;
			for (const other of others)
				for (const range of ranges) {
					const filters = { ...other, ...range };
					expect(await chart.query(engine, filters), JSON.stringify(filters)).toEqual(
						await direct[id](engine, filters)
					);
				}
		}
	);
});

describe('yearSlice', () => {
	it('asks for every year, and hands back the same rows while neither the answer nor the range changes', async () => {
		const asked: Filters[] = [];
		const rows = [{ year: 2010 }, { year: 2012 }, { year: 2014 }];
		const sliced = yearSlice(async (_engine, filters) => {
			asked.push(filters);
			return rows;
		});
		const first = await sliced(engine, { from: 2011, type: 'ministry' });
		expect(first).toEqual([{ year: 2012 }, { year: 2014 }]);
		expect(asked).toEqual([{ type: 'ministry' }]);
		expect(await sliced(engine, { from: 2011, type: 'ministry' })).toBe(first);
		expect(await sliced(engine, { to: 2010, type: 'ministry' })).toEqual([{ year: 2010 }]);
		expect(asked).toEqual([{ type: 'ministry' }, { type: 'ministry' }, { type: 'ministry' }]);
	});
});
