import { beforeAll, describe, expect, it } from 'vitest';
import { quoteLiteral } from '$lib/data/sql-text';
import { profileColumns, wholeOfText } from '$lib/import/mapping-warnings';
import type { NodeEngine } from '$lib/server/engine';
import { createImportEngine } from './import-engine';

let engine: NodeEngine;
beforeAll(async () => {
	engine = (await createImportEngine()) as NodeEngine;
}, 60_000);

/** Texts at the edges of what DuckDB reads as a whole number. */
const texts = [
	'12',
	' 12',
	'12 ',
	'\t12',
	'\n12',
	'\r\n12',
	'\u000b12',
	'\f12',
	'+12',
	'-12',
	'.5',
	'12.5',
	'-0.4',
	'1e3',
	'0x10',
	'0b11',
	'1_000',
	'_1',
	'2147483647',
	'2147483648',
	'abc',
	'12abc',
	'',
	' ',
	'\t',
	'١٢',
	'١٢٣',
	'１２',
	'\u221212',
	'\u00a012',
	'\u200e12',
	'\u200f١٢',
	'NaN',
	'inf',
	'-inf',
	'e5',
	'E5',
	'Ⅻ',
	'٣.٥'
];

describe('the upload profile: what reads as a whole number', () => {
	it('wholeOfText gives what TRY_CAST gives, for every text', async () => {
		const values = texts.map((text) => `(${quoteLiteral(text)})`).join(', ');
		const rows = (
			await engine.run(
				`SELECT t, TRY_CAST(t AS INTEGER) AS cast, ${wholeOfText('t')} AS guarded FROM (VALUES ${values}) AS v(t)`,
				[]
			)
		).toArray();
		expect(rows).toHaveLength(texts.length);
		for (const row of rows) expect([row.t, row.guarded]).toEqual([row.t, row.cast]);
	});

	it('counts every column as reading it through its text did, for each DuckDB type', async () => {
		await engine.run(
			'CREATE TABLE profiled AS SELECT * FROM (VALUES ' +
				"(1::INTEGER, 3000000000::BIGINT, 2.5::DOUBLE, -0.0::DOUBLE, DATE '2020-01-02', true, ' 12', 'x')," +
				"(2, 5, 2.0, 0.0, NULL, false, '\t7', ' x ')," +
				"(2, NULL, NULL, 1.5, DATE '2021-03-04', NULL, '', 'y')," +
				"(NULL, -4, 1e300, 2.0, DATE '2020-01-02', true, '1_000', '')" +
				') AS t(i, big, d, z, day, flag, numeric_text, label)',
			[]
		);
		const header = ['i', 'big', 'd', 'z', 'day', 'flag', 'numeric_text', 'label'];
		const profile = await profileColumns(engine, 'profiled', header);
		// The reference: every column read through its trimmed text, every text cast.
		const text = (c: string) => `NULLIF(trim(CAST("${c}" AS VARCHAR)), '')`;
		const whole = (c: string) => `TRY_CAST(${text(c)} AS INTEGER)`;
		const reference = (
			await engine.run(
				`SELECT ${header
					.map(
						(c, i) =>
							`count(${text(c)})::INTEGER AS v${i}, count(DISTINCT ${text(c)})::INTEGER AS d${i}, ` +
							`count(${whole(c)})::INTEGER AS w${i}, min(${whole(c)})::INTEGER AS lo${i}, max(${whole(c)})::INTEGER AS hi${i}`
					)
					.join(', ')} FROM profiled`,
				[]
			)
		).toArray()[0];
		const number = (value: unknown) => (value === null ? null : Number(value));
		expect(profile.rows).toBe(4);
		expect(profile.columns).toEqual(
			header.map((column, i) => ({
				column,
				values: number(reference[`v${i}`]),
				distinct: number(reference[`d${i}`]),
				whole: number(reference[`w${i}`]),
				min: number(reference[`lo${i}`]),
				max: number(reference[`hi${i}`])
			}))
		);
		await engine.run('DROP TABLE profiled', []);
	});
});
