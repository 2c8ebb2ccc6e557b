import type { ViewSourceRow } from '$lib/catalog/rows';
import type { ChartSpec } from '$lib/catalog/specs';
import { filtersToSearch, type Filters } from '$lib/data/filters';
import type { PlainCell, PlainRow } from '$lib/data/rows';
import { relevantFilters } from './queries';

/**
 * The dashboard's answers to its single-filter states (each value of each dimension, each edition,
 * each year range), computed by DuckDB at build time (`/data/answers.json`), as Mosaic
 * pre-aggregates for interaction: a filter or a click on a mark answers at once, before the engine
 * has loaded on a slow phone, and without a query after.
 */
export interface PrecomputedAnswers {
	/**
	 * Every distinct cell of every answer, once: the same names, years and notes (in three
	 * languages) recur across the hundreds of states. Written out row by row, the file was 1.7 MB
	 * of JSON, and parsing it held a phone's main thread for ~140 ms (CPU ×4) as the page became
	 * interactive.
	 */
	values: PlainCell[];
	/** Each chart's column names, once. */
	columns: string[][];
	/** A chart's rows by `answerKey`: the index of its columns, then each row's cells as indexes into `values`. */
	rows: Record<string, [columns: number, cells: number[][]]>;
	/** A chart's sources by `sourcesKey`, as indexes into `sourceList` (many charts cite the same). */
	sources: Record<string, number[]>;
	sourceList: ViewSourceRow[];
}

/** Writes charts' rows in the answers' shared form (`values`, `columns`), for the build. */
export function createAnswerWriter() {
	const values: PlainCell[] = [];
	const columns: string[][] = [];
	// Keyed by JSON text: 1 and '1' stay apart, equal lists meet.
	const valueIndex = new Map<string, number>();
	const columnsIndex = new Map<string, number>();
	const indexOf = <T>(list: T[], index: Map<string, number>, item: T) => {
		const key = JSON.stringify(item);
		let at = index.get(key);
		if (at === undefined) index.set(key, (at = list.push(item) - 1));
		return at;
	};
	return {
		values,
		columns,
		write(rows: PlainRow[]): [number, number[][]] {
			const names = rows.length > 0 ? Object.keys(rows[0]) : [];
			return [
				indexOf(columns, columnsIndex, names),
				rows.map((row) => names.map((name) => indexOf(values, valueIndex, row[name])))
			];
		}
	};
}

/** The question a chart's rows answer: its id and the filters its statement reads (years cut after). */
export function answerKey(spec: ChartSpec, filters: Filters): string {
	return `${spec.id}${filtersToSearch(relevantFilters(spec, filters, !spec.sliceYears))}`;
}

/** The question a chart's sources answer: its id and every filter they read, years included. */
export function sourcesKey(spec: ChartSpec, filters: Filters): string {
	return `${spec.id}${filtersToSearch(relevantFilters(spec, filters))}`;
}

/** One answer's rows as the engine hands them: without a prototype, each with lists of its own (like `toRows`). */
function readRows(answers: PrecomputedAnswers, [columns, cells]: [number, number[][]]): PlainRow[] {
	const names = answers.columns[columns];
	return cells.map((indexes) => {
		const row: PlainRow = Object.create(null);
		for (let i = 0; i < names.length; i++) {
			const value = answers.values[indexes[i]];
			row[names[i]] = Array.isArray(value) ? value.slice() : value;
		}
		return row;
	});
}

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
				parsed.set(key, (hit = readRows(answers, raw)));
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
