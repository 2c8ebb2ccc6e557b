import type { SqlEngine, SqlParams } from './engine';
import type { Filters } from './filters';
import { bindNamed } from './engine';
import { toRows, type PlainRow } from './rows';
import participationSql from './sql/participation.sql?raw';
import sourceCountSql from './sql/source-count.sql?raw';
import winnersByTypeSql from './sql/winners-by-type.sql?raw';
import winnersByLevelSql from './sql/winners-by-level.sql?raw';
import categoryMatrixSql from './sql/category-matrix.sql?raw';
import repeatWinnersSql from './sql/repeat-winners.sql?raw';
import editionDetailSql from './sql/edition-detail.sql?raw';
import keyFactsSql from './sql/key-facts.sql?raw';
import institutionIdsSql from './sql/institution-ids.sql?raw';
import institutionPrizesSql from './sql/institution-prizes.sql?raw';

/** The text of each statement, shown in the charts' "how this was computed" disclosure. */
export const statements = {
	participation: participationSql,
	'institution-types': winnersByTypeSql,
	'prize-levels': winnersByLevelSql,
	categories: categoryMatrixSql,
	'repeat-winners': repeatWinnersSql,
	'edition-detail': editionDetailSql
} as const;

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
	return select<ParticipationRow>(engine, participationSql, range(filters));
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

type Dimension = 'category' | 'type' | 'level';
/**
 * The year range and the named dimensions as statement parameters ('' = any). Each view names
 * the dimensions it is filtered by, leaving out its own, so a click on one of its marks does not
 * empty the view itself (cross-filtering).
 */
const filtered = (filters: Filters, dimensions: Dimension[]) => ({
	...range(filters),
	...Object.fromEntries(dimensions.map((dimension) => [dimension, filters[dimension] ?? '']))
});

export function queryWinnersByType(engine: SqlEngine, filters: Filters = {}): Promise<TypeRow[]> {
	return select<TypeRow>(engine, winnersByTypeSql, filtered(filters, ['category', 'level']));
}

export function queryWinnersByLevel(engine: SqlEngine, filters: Filters = {}): Promise<LevelRow[]> {
	return select<LevelRow>(engine, winnersByLevelSql, filtered(filters, ['category', 'type']));
}

export function queryCategoryMatrix(engine: SqlEngine, filters: Filters = {}): Promise<CategoryCellRow[]> {
	return select<CategoryCellRow>(engine, categoryMatrixSql, filtered(filters, ['type', 'level']));
}

/** An institution with the prizes it won; `years` lists its award years, `;`-separated, ascending. */
export interface RepeatWinnerRow extends PlainRow {
	institution_id: string;
	name_fr: string;
	name_ar: string | null;
	name_en: string | null;
	short_name: string;
	type: string;
	prizes: number;
	editions: number;
	years: string;
	/** Edition numbers, `;`-separated, in the order of `years`. */
	edition_list: string;
}

export function queryRepeatWinners(engine: SqlEngine, filters: Filters = {}): Promise<RepeatWinnerRow[]> {
	return select<RepeatWinnerRow>(engine, repeatWinnersSql, filtered(filters, ['category', 'type', 'level']));
}

/** One prize of the chosen edition, with the edition's facts (winner columns null when none is recorded). */
export interface EditionDetailRow extends PlainRow {
	edition: number;
	year: number;
	ceremony_date: string | null;
	city: string | null;
	organizer: string | null;
	candidates: number | null;
	administrations: number | null;
	prizes_stated: number | null;
	coverage: Coverage;
	edition_conflicts: string | null;
	coverage_note: string | null;
	/** `category: note` pairs, ' | '-separated: where the record says a prize was withheld. */
	category_notes: string | null;
	/** Source URLs, ' '-separated. */
	edition_sources: string | null;
	award_id: number | null;
	category: string | null;
	level: string | null;
	service: string | null;
	institution_id: string | null;
	institution_fr: string | null;
	institution_ar: string | null;
	institution_en: string | null;
	type: string | null;
	winner_conflicts: string | null;
	winner_sources: string | null;
}

/** The edition in `filters.edition`, or the latest one. */
export function queryEditionDetail(engine: SqlEngine, filters: Filters = {}): Promise<EditionDetailRow[]> {
	return select<EditionDetailRow>(engine, editionDetailSql, { edition: filters.edition ?? 0 });
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

/** One prize of an institution, with the institution's facts (prize columns null when it won none itself). */
export interface InstitutionPrizeRow extends PlainRow {
	institution_id: string;
	name_fr: string;
	name_ar: string | null;
	name_en: string | null;
	short_name: string;
	type: string;
	city: string | null;
	notes: string | null;
	parent_id: string | null;
	parent_fr: string | null;
	parent_ar: string | null;
	parent_en: string | null;
	/** Ids of the bodies attached to this one, `;`-separated. */
	children: string | null;
	award_id: number | null;
	edition: number | null;
	year: number | null;
	category: string | null;
	level: string | null;
	service: string | null;
	institution_as_reported: string | null;
	/** Source URLs, ' '-separated. */
	sources: string | null;
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
	first_year: number | null;
	last_year: number | null;
}

export async function queryTableStats(engine: SqlEngine): Promise<TableStats> {
	const [row] = await select<TableStats>(engine, tableStatsSql, {});
	return row;
}

// ---- Issue 3, second pass: withheld prizes, conflicts on the participation chart, sources per view.

import withheldPrizesSql from './sql/withheld-prizes.sql?raw';
import editionConflictsSql from './sql/edition-conflicts.sql?raw';
import viewSourcesSql from './sql/view-sources.sql?raw';

/** Extra statements a view runs besides its own, shown in its "how this was computed" disclosure. */
export const extraStatements = {
	participation: editionConflictsSql,
	'prize-levels': withheldPrizesSql
} as const;

/** A prize the record says was withheld (no winner), from the notes of its category. */
export interface WithheldRow extends PlainRow {
	edition: number;
	year: number;
	category: string;
	/** The level the note names; null when it names none. */
	level: string | null;
	prizes: number;
	/** The note of the record, in English, as written in categories.csv. */
	notes: string;
}

export function queryWithheldPrizes(engine: SqlEngine, filters: Filters = {}): Promise<WithheldRow[]> {
	return select<WithheldRow>(engine, withheldPrizesSql, filtered(filters, ['category', 'type']));
}

/**
 * One segment of the prize-levels view: prizes recorded at one level (`withheld` false,
 * `category` null), or prizes withheld in one category (`withheld` true; `level` null when the
 * record does not name it).
 */
export interface PrizeLevelRow extends PlainRow {
	edition: number;
	year: number;
	level: string | null;
	category: string | null;
	prizes: number;
	withheld: boolean;
}

/** The prize-levels view: recorded prizes per level, then withheld prizes, in year order. */
export async function queryPrizeLevels(engine: SqlEngine, filters: Filters = {}): Promise<PrizeLevelRow[]> {
	const [recorded, withheld] = await Promise.all([
		queryWinnersByLevel(engine, filters),
		queryWithheldPrizes(engine, filters)
	]);
	const rows: PrizeLevelRow[] = [
		...recorded.map((row) => ({ ...row, category: null, withheld: false })),
		...withheld.map(({ edition, year, level, category, prizes }) => ({
			edition,
			year,
			level,
			category,
			prizes,
			withheld: true
		}))
	];
	// Stable sort: within a year, recorded levels keep their order and withheld prizes come last.
	return rows.sort((a, b) => a.year - b.year);
}

/** An edition on which sources disagree. */
export interface EditionConflictRow extends PlainRow {
	edition: number;
	year: number;
	conflicts: string;
}

export function queryEditionConflicts(
	engine: SqlEngine,
	filters: Filters = {}
): Promise<EditionConflictRow[]> {
	return select<EditionConflictRow>(engine, editionConflictsSql, range(filters));
}

/** A participation year with the conflicts between sources on its edition (null when none). */
export interface ParticipationFlagRow extends ParticipationRow {
	conflicts: string | null;
}

export async function queryParticipationFlagged(
	engine: SqlEngine,
	filters: Filters = {}
): Promise<ParticipationFlagRow[]> {
	const [rows, conflicts] = await Promise.all([
		queryParticipation(engine, filters),
		queryEditionConflicts(engine, filters)
	]);
	const byEdition = new Map(conflicts.map((row) => [row.edition, row.conflicts]));
	return rows.map((row) => ({
		...row,
		conflicts: row.edition === null ? null : (byEdition.get(row.edition) ?? null)
	}));
}

/** A source document behind the rows of one view. */
export interface ViewSourceRow extends PlainRow {
	view: string;
	source_id: string;
	url: string;
	outlet: string;
	published: string | null;
}

/** The sources behind the rows each view shows under `filters` (`view` = '' for every view). */
export function queryViewSources(
	engine: SqlEngine,
	filters: Filters = {},
	view = ''
): Promise<ViewSourceRow[]> {
	return select<ViewSourceRow>(engine, viewSourcesSql, {
		view,
		...filtered(filters, ['category', 'type', 'level']),
		edition: filters.edition ?? 0
	});
}

/** The statement behind the source lists, shown with them. */
export const viewSourcesStatement = viewSourcesSql;
