import type { ViewSourceRow } from '$lib/catalog/rows';
import type { ChartSpec } from '$lib/catalog/specs';
import { filtersToSearch, type Filters } from '$lib/data/filters';
import type { PlainRow } from '$lib/data/rows';
import { relevantFilters } from './queries';

/**
 * The dashboard's answers to its single-filter states (each value of each dimension, each edition,
 * each year range), computed by DuckDB at build time (`/data/answers.json`), as Mosaic
 * pre-aggregates for interaction: a filter or a click on a mark answers at once, before the engine
 * has loaded on a slow phone, and without a query after.
 */
export interface PrecomputedAnswers {
	/** A chart's rows by `answerKey`. */
	rows: Record<string, PlainRow[]>;
	/** A chart's sources by `sourcesKey`, as indexes into `sourceList` (many charts cite the same). */
	sources: Record<string, number[]>;
	sourceList: ViewSourceRow[];
}

/** The question a chart's rows answer: its id and the filters its statement reads (years cut after). */
export function answerKey(spec: ChartSpec, filters: Filters): string {
	return `${spec.id}${filtersToSearch(relevantFilters(spec, filters, !spec.sliceYears))}`;
}

/** The question a chart's sources answer: its id and every filter they read, years included. */
export function sourcesKey(spec: ChartSpec, filters: Filters): string {
	return `${spec.id}${filtersToSearch(relevantFilters(spec, filters))}`;
}

/** Rows as the engine hands them: without a prototype, like `toRows`. */
const plain = <Row extends PlainRow>(rows: PlainRow[]): Row[] =>
	rows.map((row) => Object.assign(Object.create(null), row) as Row);

/** Looks answers up; `undefined` where the question was not answered at build time. */
export function createAnswerBook(answers: PrecomputedAnswers) {
	const rows = new Map(Object.entries(answers.rows));
	const sources = new Map(Object.entries(answers.sources));
	const parsed = new Map<string, PlainRow[]>();
	return {
		rows(spec: ChartSpec, filters: Filters): PlainRow[] | undefined {
			const key = answerKey(spec, filters);
			let hit = parsed.get(key);
			if (!hit) {
				const raw = rows.get(key);
				if (!raw) return undefined;
				// Kept once made: the same question hands back the very same rows (no redraw).
				parsed.set(key, (hit = plain(raw)));
			}
			return hit;
		},
		sources(spec: ChartSpec, filters: Filters): ViewSourceRow[] | undefined {
			return sources
				.get(sourcesKey(spec, filters))
				?.map((index) => Object.assign(Object.create(null), answers.sourceList[index]));
		}
	};
}

export type AnswerBook = ReturnType<typeof createAnswerBook>;
