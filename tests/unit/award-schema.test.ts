import { beforeAll, describe, expect, it } from 'vitest';
import {
	specById,
	type EditionDetailRow,
	type ParticipationRow,
	type RepeatWinnerRow,
	type TypeRow
} from '$lib/catalog';
import { queryChart } from '$lib/coordinator';
import { queryDatasetKeyFacts, queryDatasetLabels } from '$lib/data/dataset-queries';
import { quoteIdent, quoteLiteral } from '$lib/data/sql-text';
import { datasetSchemaSql, searchPathSql } from '$lib/import/award-schema';
import { isValidTableName, tableNameFromFile } from '$lib/import/load';
import type { Mapping } from '$lib/import/mapping';
import { columnValues, mappingWarnings, profileColumns, reviewMapping } from '$lib/import/mapping-warnings';
import type { NodeEngine } from '$lib/server/engine';
import {
	countBy,
	flaggedEverywhere,
	laureates,
	nominations,
	toCsv,
	where,
	type AwardHistory
} from '../fixtures/award-histories';
import { createImportEngine } from './import-engine';

let engine: NodeEngine;

async function load(history: AwardHistory, table: string): Promise<void> {
	await engine.registerText(`${table}.csv`, toCsv(history));
	await engine.run(
		`CREATE OR REPLACE TABLE ${quoteIdent(table)} AS SELECT * FROM read_csv(${quoteLiteral(`${table}.csv`)}, header = true)`
	);
}

async function show(table: string, history: AwardHistory, mapping: Mapping): Promise<void> {
	for (const sql of datasetSchemaSql(table, history.header, mapping)) await engine.run(sql);
	await engine.run(searchPathSql(table));
}

const spec = (id: string) => specById(id)!;

beforeAll(async () => {
	engine = (await createImportEngine()) as NodeEngine;
	await load(laureates(), 'laureates');
	await load(nominations(), 'nominations');
	await load(flaggedEverywhere(), 'scraped');
}, 60_000);

describe('an uploaded history through the dashboard specs', () => {
	it('a laureate list: prizes per year, years without award, types, repeat winners, key facts', async () => {
		const history = laureates();
		await show('laureates', history, { year: 'year', category: 'field', winner: 'laureate', type: 'gender' });
		const rows = await queryChart<ParticipationRow>(engine, spec('participation'));
		const perYear = countBy(history, history.rows, 'year');
		expect(rows).toHaveLength(120);
		for (const row of rows) expect(row.prizes).toBe(perYear.get(String(row.year)) ?? null);
		expect(rows.find((row) => row.year === 1916)?.edition).toBeNull();
		expect(rows.find((row) => row.year === 1901)?.edition).toBe(1);

		const labels = await queryDatasetLabels(engine);
		const idOf = (label: string) => labels.find((l) => l.label === label)!.id;
		const types = await queryChart<TypeRow>(engine, spec('institution-types'));
		const female = types.filter((row) => row.type === idOf('female')).reduce((n, row) => n + row.prizes!, 0);
		const byLaureate = countBy(history, history.rows, 'laureate');
		const repeatRows = await queryChart<RepeatWinnerRow>(engine, spec('repeat-winners'));
		const twice = [...byLaureate].filter(([, count]) => count >= 2).map(([name]) => name);
		expect(twice.length).toBeGreaterThan(10);
		expect(
			repeatRows
				.filter((row) => row.editions >= 2)
				.map((row) => row.institution_id)
				.sort()
		).toEqual(twice.sort());
		expect(female).toBe(where(history, 'gender', (v) => v === 'female').length);
		expect(female).toBeGreaterThan(0);

		const facts = await queryDatasetKeyFacts(engine);
		expect(facts).toMatchObject({
			editions: perYear.size,
			first_year: 1901,
			last_year: 2020,
			prizes: history.rows.length,
			winners: byLaureate.size,
			candidates: null
		});
	});

	it('nominations with a winner filter: winners are prizes, nominees candidates; cross-filter by category', async () => {
		const history = nominations();
		// The filter's value as the mapping offers it: DuckDB typed `won` (yes/no) as a boolean.
		const values = await columnValues(engine, 'nominations', 'won');
		const yes = values.find((v) => v.rows === 2200)!.value;
		await show('nominations', history, {
			year: 'year',
			category: 'category',
			winner: 'nominee',
			type: 'type',
			winnerIf: { column: 'won', value: yes }
		});
		const rows = await queryChart<ParticipationRow>(engine, spec('participation'));
		expect(rows).toHaveLength(100);
		expect(rows.filter((row) => row.prizes !== 22 || row.candidates !== 110)).toEqual([]);
		const labels = await queryDatasetLabels(engine);
		const category = labels.find((l) => l.dimension === 'category' && l.label === 'Category 3')!;
		const filtered = await queryChart<TypeRow>(engine, spec('institution-types'), { category: category.id });
		expect(filtered.reduce((n, row) => n + (row.prizes ?? 0), 0)).toBe(100);
		const winners = where(history, 'won', (v) => v === 'yes');
		const facts = await queryDatasetKeyFacts(engine);
		expect(facts.prizes).toBe(winners.length);
		expect(facts.candidates).toBe(history.rows.length);
	});

	it('repeated rows: the schema keeps one winners row per group and every view counts each prize', async () => {
		// 3 years × 2 regions × 2 winners, each combination on 25 rows of the file (300 prizes).
		const rows: string[][] = [];
		for (let copy = 0; copy < 25; copy++)
			for (const year of ['2001', '2002', '2003'])
				for (const region of ['North', 'South'])
					for (const winner of ['Alpha', 'Beta']) rows.push([year, region, winner, 'national']);
		const history: AwardHistory = {
			file: 'repeated.csv',
			header: ['year', 'region', 'winner', 'level'],
			rows
		};
		await engine.run(searchPathSql(undefined));
		await load(history, 'repeated');
		await show('repeated', history, { year: 'year', category: 'region', winner: 'winner', level: 'level' });
		const groups = await engine.run('SELECT count(*)::INTEGER AS n FROM winners');
		expect(Number(groups.getChild('n')?.get(0))).toBe(12);
		const total = (list: { prizes: number | null }[]) => list.reduce((n, row) => n + (row.prizes ?? 0), 0);
		expect(total(await queryChart<ParticipationRow>(engine, spec('participation')))).toBe(300);
		expect(total(await queryChart<TypeRow>(engine, spec('institution-types')))).toBe(300);
		const repeat = await queryChart<RepeatWinnerRow>(engine, spec('repeat-winners'));
		expect(repeat.map((row) => [row.institution_id, row.prizes])).toEqual([
			['Alpha', 150],
			['Beta', 150]
		]);
		const detail = await queryChart<EditionDetailRow>(engine, spec('edition-detail'));
		expect(detail.map((row) => [row.year, row.awards])).toEqual([
			[2003, 25],
			[2003, 25],
			[2003, 25],
			[2003, 25]
		]);
		expect((await queryDatasetKeyFacts(engine)).prizes).toBe(300);
	});

	it('an upload cannot take the name of the counts table the views read', () => {
		expect(isValidTableName('prize_counts')).toBe(false);
		expect(tableNameFromFile('prize_counts.csv')).toBe('upload_prize_counts');
	});

	it('640 categories: the first 40 by prizes keep an id, the rest share "other"', async () => {
		const history = flaggedEverywhere();
		await show('scraped', history, { year: 'year', category: 'category', winner: 'entrant' });
		const labels = (await queryDatasetLabels(engine)).filter((l) => l.dimension === 'category');
		expect(labels).toHaveLength(41);
		expect(labels.at(-1)).toMatchObject({ id: 'other', label: null, members: 600 });
		await engine.run(searchPathSql(undefined));
		const builtIn = await queryChart<ParticipationRow>(engine, spec('participation'));
		expect(builtIn.length).toBeLessThan(100);
	});
});

describe('mapping warnings, counted by DuckDB', () => {
	it('a year column with text, and the column that would do', async () => {
		const history = nominations();
		const profile = await profileColumns(engine, 'nominations', history.header);
		expect(mappingWarnings(profile, { year: 'ceremony', category: 'category' })).toEqual([
			{ code: 'year-text', column: 'ceremony', count: 11_000, suggestions: ['year'] }
		]);
		expect(
			mappingWarnings(profile, {
				year: 'year',
				category: 'category',
				winnerIf: { column: 'won', value: 'yes' }
			})
		).toEqual([]);
	});

	it('a review counts distinct values only for the flag and the category, unless they warn', async () => {
		const asked: string[] = [];
		const recording = {
			...engine,
			run: (sql: string, values: Parameters<NodeEngine['run']>[1] = []) => {
				asked.push(sql);
				return engine.run(sql, values);
			}
		};
		const distincts = () => asked.flatMap((sql) => sql.match(/count\(DISTINCT [^)]*\)/g) ?? []);
		const cases = [
			{ table: 'nominations', history: nominations(), mapping: { year: 'ceremony', category: 'category' } },
			{
				table: 'nominations',
				history: nominations(),
				mapping: { year: 'year', category: 'category', winnerIf: { column: 'won', value: 'yes' } }
			},
			{
				table: 'scraped',
				history: flaggedEverywhere(),
				mapping: { year: 'year', category: 'ref', winnerIf: { column: 'is_winner', value: 'true' } }
			}
		] satisfies { table: string; history: AwardHistory; mapping: Mapping }[];
		const counted: number[] = [];
		for (const { table, history, mapping } of cases) {
			asked.length = 0;
			const full = mappingWarnings(await profileColumns(engine, table, history.header), mapping);
			asked.length = 0;
			expect(await reviewMapping(recording, table, history.header, mapping)).toEqual(full);
			counted.push(distincts().length);
		}
		// No flag or category warning: the flag's and the category's distinct values alone.
		expect(counted.slice(0, 2)).toEqual([1, 2]);
		// A warning with suggestions: then every column's, once more.
		expect(counted[2]).toBe(2 + flaggedEverywhere().header.length);
	});

	it('a winner flag true on every row, and a category with one value per row', async () => {
		const history = flaggedEverywhere();
		const profile = await profileColumns(engine, 'scraped', history.header);
		const warnings = mappingWarnings(profile, {
			year: 'year',
			category: 'ref',
			winnerIf: { column: 'is_winner', value: 'true' }
		});
		expect(warnings).toEqual([
			{ code: 'flag-constant', column: 'is_winner', suggestions: ['result'] },
			{ code: 'category-unique', column: 'ref', suggestions: ['category', 'entrant', 'result'] }
		]);
		expect(await columnValues(engine, 'scraped', 'is_winner')).toEqual([{ value: 'true', rows: 5000 }]);
	});
});
