import type { SqlEngine } from './engine';
import type { Filters } from './filters';
import { select } from './select';
import type { Coverage } from './queries';
import type { PlainRow } from './rows';
import categoriesMatrixSql from './sql/categories-matrix.sql?raw';
import editionDetailSql from './sql/edition-detail.sql?raw';
import institutionTypesSql from './sql/institution-types.sql?raw';
import keyFactsSql from './sql/key-facts.sql?raw';
import prizeLevelsSql from './sql/prize-levels.sql?raw';
import repeatWinnersSql from './sql/repeat-winners.sql?raw';

/** The filter parameters every dashboard statement takes ('' = no filter, years inclusive). */
function params(filters: Filters) {
	return {
		from: filters.from ?? 0,
		to: filters.to ?? 9999,
		category: filters.category ?? '',
		type: filters.type ?? '',
		level: filters.level ?? '',
		edition: filters.edition ?? 0
	};
}

/** A cell of the categories matrix; `category_id` null = the edition's categories are not reported. */
export interface CategoryCellRow extends PlainRow {
	edition: number;
	year: number;
	coverage: Coverage;
	category_id: string | null;
	name_fr: string | null;
	name_ar: string | null;
	name_en: string | null;
	prizes: number | null;
}

/** Prizes of one edition for one key (institution type or prize level); key null = none matched. */
export interface EditionBreakdownRow extends PlainRow {
	edition: number;
	year: number;
	coverage: Coverage;
	key: string | null;
	prizes: number | null;
}

export interface RepeatWinnerRow extends PlainRow {
	institution_id: string;
	name_fr: string;
	name_ar: string | null;
	name_en: string | null;
	short_name: string | null;
	type: string;
	prizes: number;
	editions: number;
	/** "2014:1;2016:2": award year and prizes that year. */
	awards: string;
}

/** One prize of the chosen edition, with the edition's facts repeated on every row. */
export interface EditionDetailRow extends PlainRow {
	edition: number;
	year: number;
	ceremony_date: string | null;
	city: string | null;
	venue: string | null;
	organizer: string | null;
	candidates: number | null;
	administrations: number | null;
	prizes_stated: number | null;
	coverage: Coverage;
	coverage_note: string | null;
	conflicts: string | null;
	/** "id|url|outlet;…" */
	edition_sources: string | null;
	award_id: number | null;
	category_id: string | null;
	category_as_reported: string | null;
	prize_level: string | null;
	prize_as_reported: string | null;
	service: string | null;
	institution_id: string | null;
	institution_as_reported: string | null;
	award_conflicts: string | null;
	institution_fr: string | null;
	institution_ar: string | null;
	institution_en: string | null;
	institution_type: string | null;
	award_sources: string | null;
}

export interface KeyFactsRow extends PlainRow {
	editions: number;
	first_year: number;
	last_year: number;
	missing_editions: number;
	candidates_year: number | null;
	candidates: number | null;
	administrations: number | null;
	prizes: number;
	ministry: number;
	establishment: number;
	collectivity: number;
	institutions: number;
}

export const queryCategoriesMatrix = (engine: SqlEngine, filters: Filters = {}) =>
	select<CategoryCellRow>(engine, categoriesMatrixSql, params(filters));

export const queryInstitutionTypes = (engine: SqlEngine, filters: Filters = {}) =>
	select<EditionBreakdownRow>(engine, institutionTypesSql, params(filters));

export const queryPrizeLevels = (engine: SqlEngine, filters: Filters = {}) =>
	select<EditionBreakdownRow>(engine, prizeLevelsSql, params(filters));

export const queryRepeatWinners = (engine: SqlEngine, filters: Filters = {}) =>
	select<RepeatWinnerRow>(engine, repeatWinnersSql, params(filters));

export const queryEditionDetail = (engine: SqlEngine, filters: Filters = {}) =>
	select<EditionDetailRow>(engine, editionDetailSql, params(filters));

export const queryKeyFacts = (engine: SqlEngine) => select<KeyFactsRow>(engine, keyFactsSql, {});
