import type { SqlEngine, SqlParams } from './engine';
import type { Filters } from './filters';
import { bindNamed } from './engine';
import { toRows, type PlainRow } from './rows';
import participationSql from './sql/participation.sql?raw';
import sourceCountSql from './sql/source-count.sql?raw';
import tableStatsSql from './sql/table-stats.sql?raw';

/** Coverage of an edition's record, as documented in `static/data/README.md`. */
export type Coverage = 'complete' | 'partial' | 'minimal' | 'missing';

/** One award year. `edition` is null for a year with no edition; null counts are "not reported". */
export interface ParticipationRow extends PlainRow {
	year: number;
	edition: number | null;
	coverage: Coverage | null;
	candidates: number | null;
	administrations: number | null;
	prizes: number | null;
	winning_institutions: number | null;
}

async function select<T extends PlainRow>(engine: SqlEngine, sql: string, params: SqlParams): Promise<T[]> {
	const { text, values } = bindNamed(sql, params);
	return toRows<T>(await engine.run(text, values));
}

export function queryParticipation(engine: SqlEngine, filters: Filters = {}): Promise<ParticipationRow[]> {
	return select<ParticipationRow>(engine, participationSql, {
		from: filters.from ?? 0,
		to: filters.to ?? 9999
	});
}

export async function querySourceCount(engine: SqlEngine): Promise<number> {
	const [row] = await select<{ sources: number }>(engine, sourceCountSql, {});
	return row?.sources ?? 0;
}

/** Row counts of the built-in tables and the years covered, for the datasets page. */
export interface TableStats extends PlainRow {
	editions: number;
	winners: number;
	categories: number;
	institutions: number;
	sources: number;
	first_year: number | null;
	last_year: number | null;
}

export async function queryTableStats(engine: SqlEngine): Promise<TableStats> {
	const [row] = await select<TableStats>(engine, tableStatsSql, {});
	return row;
}
