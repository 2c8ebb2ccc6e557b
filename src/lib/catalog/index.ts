import type { Component } from 'svelte';
import type { SqlEngine } from '$lib/data/engine';
import type { Filters } from '$lib/data/filters';
import {
	queryCategoryMatrix,
	queryEditionDetail,
	queryRepeatWinners,
	queryParticipationFlagged,
	queryPrizeLevels,
	queryWinnersByType,
	type ViewSourceRow
} from '$lib/data/queries';
import { filterPrerendered } from '$lib/data/offline-filter';
import type { PlainRow } from '$lib/data/rows';
import type { Direction, Formatters, Messages } from '$lib/i18n';
import CategoriesView from '$lib/ui/views/CategoriesView.svelte';
import EditionDetailView from '$lib/ui/views/EditionDetailView.svelte';
import RepeatWinnersView from '$lib/ui/views/RepeatWinnersView.svelte';
import InstitutionTypesView from '$lib/ui/views/InstitutionTypesView.svelte';
import ParticipationView from '$lib/ui/views/ParticipationView.svelte';
import PrizeLevelsView from '$lib/ui/views/PrizeLevelsView.svelte';

/** What every chart view receives: rows from the catalog's query, and the page's context. */
export interface ChartViewProps<Row> {
	rows: Row[];
	messages: Messages;
	format: Formatters;
	dir: Direction;
	/** Number of source documents, for the source line. */
	sourceCount: number;
	/** Where the rows come from: the prerendered HTML or the live engine. */
	origin: 'prerender' | 'duckdb';
	/** The filters the rows were queried with. */
	filters: Filters;
	/** A click on a mark asks to filter the other views (cross-filtering). */
	onfilter?: (change: Partial<Filters>) => void;
	/** The source documents behind the rows, when the page has them (not in embeds). */
	sources?: ViewSourceRow[];
	error?: string;
	onretry?: () => void;
}

/** What the frame around every view reads from the view's props. */
export type ViewContext = Pick<
	ChartViewProps<unknown>,
	'messages' | 'format' | 'sourceCount' | 'origin' | 'filters' | 'sources' | 'error' | 'onretry'
>;

/**
 * One chart of the registry. The dashboard, the embeds and prerender `entries()` all iterate
 * `catalog`, so a chart added here appears everywhere at once.
 */
export interface CatalogEntry<Row extends PlainRow = PlainRow> {
	id: string;
	/** The chart's name outside the dashboard (embed page, iframe title, oEmbed). */
	title: (messages: Messages) => string;
	query: (engine: SqlEngine, filters: Filters) => Promise<Row[]>;
	view: Component<ChartViewProps<Row>>;
	/**
	 * The rows are one per year (or per edition and group) and never summed across years, so the
	 * year range is a slice of them: see `yearSlice`.
	 */
	sliceYears?: boolean;
}

/** Keeps each entry's row type checked against its view while the list holds mixed rows. */
function entry<Row extends PlainRow>(definition: CatalogEntry<Row>): CatalogEntry {
	const query = sameRowsWhenUnchanged(definition.query);
	return {
		...definition,
		query: definition.sliceYears ? yearSlice(query) : query
	} as unknown as CatalogEntry;
}

/**
 * Asks the engine for every year (one answer per value of the other filters, which the result
 * cache keeps) and takes the year range here, as an embed does offline: a change of years then
 * costs no query at all for these charts. The same rows, slice and all, are handed back while
 * neither changes, so the view is not rendered again.
 */
export function yearSlice<Row extends PlainRow>(
	query: (engine: SqlEngine, filters: Filters) => Promise<Row[]>
): (engine: SqlEngine, filters: Filters) => Promise<Row[]> {
	let last: { rows: Row[]; from?: number; to?: number; slice: Row[] } | null = null;
	return async (engine, filters) => {
		const { from, to, ...others } = filters;
		const rows = await query(engine, others);
		if (last?.rows === rows && last.from === from && last.to === to) return last.slice;
		const slice = filterPrerendered(rows, { from, to }).rows;
		last = { rows, from, to, slice };
		return slice;
	};
}

/**
 * A filter change re-runs every chart's query, but most charts depend on some filters only.
 * When the engine answers with the very same Arrow tables as last time (the browser engine
 * caches results per statement and values), this hands back the very same rows array, so the
 * view is not rendered again (Svelte compares the raw state by identity). Measured by the
 * bench's filter latency.
 */
export function sameRowsWhenUnchanged<Row extends PlainRow>(
	query: (engine: SqlEngine, filters: Filters) => Promise<Row[]>
): (engine: SqlEngine, filters: Filters) => Promise<Row[]> {
	let last: { engine: SqlEngine; tables: unknown[]; rows: Row[] } | null = null;
	return async (engine, filters) => {
		const tables: unknown[] = [];
		const recording: SqlEngine = {
			run: async (sql, values) => {
				const table = await engine.run(sql, values);
				tables.push(table);
				return table;
			}
		};
		const rows = await query(recording, filters);
		const same =
			last !== null &&
			last.engine === engine &&
			last.tables.length === tables.length &&
			tables.every((table, i) => table === last!.tables[i]);
		if (same) return last!.rows;
		last = { engine, tables, rows };
		return rows;
	};
}

export const catalog: CatalogEntry[] = [
	entry({
		id: 'participation',
		title: (m) => m.participation.title,
		query: queryParticipationFlagged,
		sliceYears: true,
		view: ParticipationView
	}),
	entry({
		id: 'categories',
		title: (m) => m.dashboard.categories.title,
		query: queryCategoryMatrix,
		sliceYears: true,
		view: CategoriesView
	}),
	entry({
		id: 'institution-types',
		title: (m) => m.dashboard.types.title,
		query: queryWinnersByType,
		sliceYears: true,
		view: InstitutionTypesView
	}),
	entry({
		id: 'prize-levels',
		title: (m) => m.dashboard.levels.title,
		query: queryPrizeLevels,
		sliceYears: true,
		view: PrizeLevelsView
	}),
	entry({
		id: 'repeat-winners',
		title: (m) => m.dashboard.repeat.title,
		query: queryRepeatWinners,
		view: RepeatWinnersView
	}),
	entry({
		id: 'edition-detail',
		title: (m) => m.dashboard.detail.heading,
		query: queryEditionDetail,
		view: EditionDetailView
	})
];

export function chartById(id: string): CatalogEntry | undefined {
	return catalog.find((chart) => chart.id === id);
}

/** Every chart's rows for one set of filters, keyed by chart id. */
export async function queryAll(engine: SqlEngine, filters: Filters): Promise<Record<string, PlainRow[]>> {
	const results = await Promise.all(
		catalog.map(async (chart) => [chart.id, await chart.query(engine, filters)])
	);
	return Object.fromEntries(results);
}
