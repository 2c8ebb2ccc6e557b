import type { SqlEngine } from './engine';
import { bindNamed } from './engine';
import { toRows, type PlainRow } from './rows';
import perYearSql from './sql/upload-per-year.sql?raw';
import byGroupSql from './sql/upload-by-group.sql?raw';
import coverageSql from './sql/upload-coverage.sql?raw';

/**
 * Typed queries over an uploaded dataset. They all read the view `staging_mapped`, which
 * `normalisedViewSql` (src/lib/import/mapping.ts) builds from the user's column mapping with quoted
 * identifiers: the statements here stay fixed text, user column names never enter them.
 */
export const uploadStatements = { perYear: perYearSql, byGroup: byGroupSql } as const;

/** The name of the mapped view (the `staging_` prefix is reserved: no user table can take it). */
export const MAPPED_VIEW = 'staging_mapped';

/** One award year of an uploaded dataset; a year absent from the file has row_count null (a gap). */
export interface UploadYearRow extends PlainRow {
	year: number;
	row_count: number | null;
	prizes: number | null;
	candidates: number | null;
	winners: number | null;
}

/** Rows of one year with one value of a role (group null = not reported). */
export interface UploadGroupRow extends PlainRow {
	year: number;
	group: string | null;
	prizes: number;
}

export type UploadGroupRole = 'type' | 'category' | 'level';

export interface UploadCoverage extends PlainRow {
	first_year: number | null;
	last_year: number | null;
	years: number;
}

async function select<T extends PlainRow>(
	engine: SqlEngine,
	sql: string,
	params: Record<string, string>
): Promise<T[]> {
	const { text, values } = bindNamed(sql, params);
	return toRows<T>(await engine.run(text, values));
}

export function queryUploadPerYear(engine: SqlEngine): Promise<UploadYearRow[]> {
	return select<UploadYearRow>(engine, perYearSql, {});
}

export function queryUploadByGroup(engine: SqlEngine, by: UploadGroupRole): Promise<UploadGroupRow[]> {
	return select<UploadGroupRow>(engine, byGroupSql, { by });
}

export async function queryUploadCoverage(engine: SqlEngine): Promise<UploadCoverage> {
	const [row] = await select<UploadCoverage>(engine, coverageSql, {});
	return row;
}
