import type { SqlEngine, SqlParams } from './engine';
import { bindNamed } from './engine';
import { toRows, type PlainRow } from './rows';
import sourceCountSql from './sql/source-count.sql?raw';
import keyFactsSql from './sql/key-facts.sql?raw';
import institutionIdsSql from './sql/institution-ids.sql?raw';
import institutionPrizesSql from './sql/institution-prizes.sql?raw';
import tableStatsSql from './sql/table-stats.sql?raw';

// The pages' own figures. The charts' statements are declared with their specs (src/lib/catalog)
// and asked through the coordinator.

async function select<T extends PlainRow>(engine: SqlEngine, sql: string, params: SqlParams): Promise<T[]> {
	const { text, values } = bindNamed(sql, params);
	return toRows<T>(await engine.run(text, values));
}

export async function querySourceCount(engine: SqlEngine): Promise<number> {
	const [row] = await select<{ sources: number }>(engine, sourceCountSql, {});
	return row?.sources ?? 0;
}

/** The figures of the "Key facts" paragraph (shares are 0…1 of the prizes with a named institution). */
export interface KeyFactsRow extends PlainRow {
	editions: number;
	first_year: number;
	last_year: number;
	prizes: number;
	institutions: number;
	candidates_year: number | null;
	candidates: number | null;
	administrations: number | null;
	share_ministry: number;
	share_establishment: number;
	share_territorial: number;
}

export async function queryKeyFacts(engine: SqlEngine): Promise<KeyFactsRow> {
	const [row] = await select<KeyFactsRow>(engine, keyFactsSql, {});
	return row;
}

export async function queryInstitutionIds(engine: SqlEngine): Promise<string[]> {
	const rows = await select<{ institution_id: string }>(engine, institutionIdsSql, {});
	return rows.map((row) => row.institution_id);
}

/** An institution as every row about it names it. */
export interface InstitutionNames extends PlainRow {
	institution_id: string;
	name_fr: string;
	name_ar: string | null;
	name_en: string | null;
	short_name: string;
	type: string;
}

/** One prize of an institution, with the institution's facts (prize columns null when it won none itself). */
export interface InstitutionPrizeRow extends InstitutionNames {
	city: string | null;
	notes: string | null;
	parent_id: string | null;
	parent_fr: string | null;
	parent_ar: string | null;
	parent_en: string | null;
	/** Ids of the bodies attached to this one. */
	children: string[] | null;
	/** Their names, in the order of `children` (Arabic and English may be missing). */
	children_fr: string[] | null;
	children_ar: (string | null)[] | null;
	children_en: (string | null)[] | null;
	award_id: number | null;
	edition: number | null;
	year: number | null;
	category: string | null;
	level: string | null;
	service: string | null;
	institution_as_reported: string | null;
	/** The prize's source URLs. */
	sources: string[] | null;
	/** The outlet that published each source, in the order of `sources`. */
	source_outlets: (string | null)[] | null;
}

export function queryInstitutionPrizes(engine: SqlEngine, id: string): Promise<InstitutionPrizeRow[]> {
	return select<InstitutionPrizeRow>(engine, institutionPrizesSql, { id });
}

/** Row counts of the built-in tables and the years covered, for the datasets page. */
export interface TableStats extends PlainRow {
	editions: number;
	winners: number;
	categories: number;
	institutions: number;
	sources: number;
	conflicts: number;
	first_year: number | null;
	last_year: number | null;
}

export async function queryTableStats(engine: SqlEngine): Promise<TableStats> {
	const [row] = await select<TableStats>(engine, tableStatsSql, {});
	return row;
}
