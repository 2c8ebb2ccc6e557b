import type { SqlEngine, SqlParams } from './engine';
import type { Filters } from './filters';
import { bindNamed } from './engine';
import { toRows, type PlainRow } from './rows';
import participationSql from './sql/participation.sql?raw';
import sourceCountSql from './sql/source-count.sql?raw';
import winnersByTypeSql from './sql/winners-by-type.sql?raw';
import winnersByLevelSql from './sql/winners-by-level.sql?raw';
import categoryMatrixSql from './sql/category-matrix.sql?raw';

/** The text of each statement, shown in the charts' "how this was computed" disclosure. */
export const statements = {
	participation: participationSql,
	'institution-types': winnersByTypeSql,
	'prize-levels': winnersByLevelSql,
	categories: categoryMatrixSql
} as const;

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

/** Prizes recorded in one edition for one institution type (null = institution not named). */
export interface TypeRow extends PlainRow {
	edition: number;
	year: number;
	type: string | null;
	prizes: number;
}

/** Prizes recorded in one edition at one prize level. */
export interface LevelRow extends PlainRow {
	edition: number;
	year: number;
	level: string;
	prizes: number;
}

/** One category of one edition: its name as reported and the prizes matching the filters. */
export interface CategoryCellRow extends PlainRow {
	edition: number;
	year: number;
	category: string;
	name_as_reported: string | null;
	prizes: number;
}

const range = (filters: Filters) => ({ from: filters.from ?? 0, to: filters.to ?? 9999 });

export function queryWinnersByType(engine: SqlEngine, filters: Filters = {}): Promise<TypeRow[]> {
	return select<TypeRow>(engine, winnersByTypeSql, {
		...range(filters),
		category: filters.category ?? '',
		level: filters.level ?? ''
	});
}

export function queryWinnersByLevel(engine: SqlEngine, filters: Filters = {}): Promise<LevelRow[]> {
	return select<LevelRow>(engine, winnersByLevelSql, {
		...range(filters),
		category: filters.category ?? '',
		type: filters.type ?? ''
	});
}

export function queryCategoryMatrix(engine: SqlEngine, filters: Filters = {}): Promise<CategoryCellRow[]> {
	return select<CategoryCellRow>(engine, categoryMatrixSql, {
		...range(filters),
		type: filters.type ?? '',
		level: filters.level ?? ''
	});
}
