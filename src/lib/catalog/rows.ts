import type { InstitutionNames } from '$lib/data/queries';
import type { PlainRow } from '$lib/data/rows';

/** Coverage of an edition's record, as documented in `static/data/README.md`. */
export type Coverage = 'complete' | 'partial' | 'minimal' | 'missing';

/**
 * One award year. `edition` is null for a year with no edition; null counts are "not reported".
 * `conflicts`: what sources disagree on for the edition ('; '-separated statements), null when none.
 */
export interface ParticipationRow extends PlainRow {
	year: number;
	edition: number | null;
	coverage: Coverage | null;
	candidates: number | null;
	administrations: number | null;
	prizes: number | null;
	winning_institutions: number | null;
	conflicts: string | null;
	/** `conflicts` translated (table `conflicts`); null when no translation is recorded. */
	conflicts_fr: string | null;
	conflicts_ar: string | null;
	/** Source documents the edition's record cites; null for a year with no edition. */
	sources: number | null;
}

/**
 * Prizes recorded in one edition for one institution type (null = institution not named). A year
 * with no recorded prize keeps one row with `type` null: `prizes` null when no edition (`edition`
 * null) or its record has no prize ("not reported"), 0 when the filters leave none.
 */
export interface TypeRow extends PlainRow {
	edition: number | null;
	year: number;
	type: string | null;
	prizes: number | null;
}

/** One category of one edition: its name as reported and the prizes matching the filters. */
export interface CategoryCellRow extends PlainRow {
	/** null: a year with no edition (its row keeps the year on the axis, `category` null). */
	edition: number | null;
	year: number;
	/** null: the one row of a year with no category recorded (`prizes` null). */
	category: string | null;
	name_as_reported: string | null;
	prizes: number | null;
}

/**
 * One segment of the prize-levels view: prizes recorded at one level (`withheld` false,
 * `category` null), or prizes withheld in one category (`withheld` true; `level` null when the
 * record does not name it).
 */
export interface PrizeLevelRow extends PlainRow {
	/** null: a year with no edition (one row, `prizes` null, keeps it on the axis). */
	edition: number | null;
	year: number;
	level: string | null;
	category: string | null;
	/** null: no edition, or an edition whose record has no prize; 0: none left by the filters. */
	prizes: number | null;
	withheld: boolean;
}

/** An institution with the prizes it won; `years` and `editions_won` ascending, in the same order. */
export interface RepeatWinnerRow extends InstitutionNames {
	prizes: number;
	editions: number;
	years: number[];
	editions_won: number[];
	/** The strip's time axis, the same on every row: every award year in the range, those without an edition, and those whose record is missing. */
	award_years: number[];
	no_edition_years: number[];
	unreported_years: number[];
}

/** One prize of the chosen edition, with the edition's facts (winner columns null when none is recorded). */
export interface EditionDetailRow extends PlainRow {
	edition: number;
	year: number;
	ceremony_date: string | null;
	city: string | null;
	venue: string | null;
	prize_name: string | null;
	organizer: string | null;
	candidates: number | null;
	administrations: number | null;
	prizes_stated: number | null;
	coverage: Coverage;
	edition_conflicts: string | null;
	/**
	 * The edition's conflicts one statement per item, in order: the field each is about
	 * (`city`, `venue`, `presiding-official`, `prize-name`, `prizes`, `prize-level`, `service`,
	 * `institution`, `year`) and its text in each language. Null when none is recorded.
	 */
	edition_conflict_fields: string[] | null;
	edition_conflicts_en: string[] | null;
	edition_conflicts_fr: string[] | null;
	edition_conflicts_ar: string[] | null;
	coverage_note: string | null;
	/** `category: note` for each category with a note: where the record says a prize was withheld. */
	category_notes: string[] | null;
	edition_sources: string[] | null;
	award_id: number | null;
	/** The prizes the row stands for (more than 1 only in an uploaded history's grouped rows). */
	awards: number | null;
	category: string | null;
	level: string | null;
	service: string | null;
	institution_id: string | null;
	institution_fr: string | null;
	institution_ar: string | null;
	institution_en: string | null;
	type: string | null;
	winner_conflicts: string | null;
	/** The prize's conflicts one statement per item, as `edition_conflict_fields` and the texts. */
	winner_conflict_fields: string[] | null;
	winner_conflicts_en: string[] | null;
	winner_conflicts_fr: string[] | null;
	winner_conflicts_ar: string[] | null;
	winner_sources: string[] | null;
}

/** A source document behind the rows of one view. */
export interface ViewSourceRow extends PlainRow {
	source_id: string;
	url: string;
	outlet: string;
	published: string | null;
}
