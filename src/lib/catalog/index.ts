import type { Component } from 'svelte';
import type { SqlEngine } from '$lib/data/engine';
import type { Filters } from '$lib/data/filters';
import {
	queryCategoriesMatrix,
	queryEditionDetail,
	queryInstitutionTypes,
	queryKeyFacts,
	queryPrizeLevels,
	queryRepeatWinners
} from '$lib/data/dashboard';
import { queryParticipation } from '$lib/data/queries';
import { statements } from '$lib/data/statements';
import type { PlainRow } from '$lib/data/rows';
import type { Direction, Formatters, Lang, Messages } from '$lib/i18n';
import CategoriesView from '$lib/ui/views/CategoriesView.svelte';
import EditionView from '$lib/ui/views/EditionView.svelte';
import KeyFactsView from '$lib/ui/views/KeyFactsView.svelte';
import LevelsView from '$lib/ui/views/LevelsView.svelte';
import ParticipationView from '$lib/ui/views/ParticipationView.svelte';
import RepeatWinnersView from '$lib/ui/views/RepeatWinnersView.svelte';
import TypesView from '$lib/ui/views/TypesView.svelte';

/** What every chart view receives: rows from the catalog's query, and the page's context. */
export interface ChartViewProps<Row> {
	rows: Row[];
	lang: Lang;
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
	error?: string;
	onretry?: () => void;
	/** The chart's SQL, for its "how this was computed" disclosure. */
	sql?: string;
}

/**
 * One chart of the registry. The dashboard, the embeds and prerender `entries()` all iterate
 * `catalog`, so a chart added here appears everywhere at once.
 */
export interface CatalogEntry<Row extends PlainRow = PlainRow> {
	id: string;
	query: (engine: SqlEngine, filters: Filters) => Promise<Row[]>;
	view: Component<ChartViewProps<Row>>;
	/** The statement behind the view, shown in its "how this was computed" disclosure. */
	sql: string;
}

/** Keeps each entry's row type checked against its view while the list holds mixed rows. */
function entry<Row extends PlainRow>(definition: CatalogEntry<Row>): CatalogEntry {
	return definition as unknown as CatalogEntry;
}

/** In page order: the key facts first, then the charts, then the chosen edition. */
export const catalog: CatalogEntry[] = [
	entry({
		id: 'key-facts',
		query: (engine) => queryKeyFacts(engine),
		view: KeyFactsView,
		sql: statements.keyFacts
	}),
	entry({
		id: 'participation',
		query: queryParticipation,
		view: ParticipationView,
		sql: statements.participation
	}),
	entry({
		id: 'categories',
		query: queryCategoriesMatrix,
		view: CategoriesView,
		sql: statements.categoriesMatrix
	}),
	entry({
		id: 'institution-types',
		query: queryInstitutionTypes,
		view: TypesView,
		sql: statements.institutionTypes
	}),
	entry({ id: 'prize-levels', query: queryPrizeLevels, view: LevelsView, sql: statements.prizeLevels }),
	entry({
		id: 'repeat-winners',
		query: queryRepeatWinners,
		view: RepeatWinnersView,
		sql: statements.repeatWinners
	}),
	entry({ id: 'edition', query: queryEditionDetail, view: EditionView, sql: statements.editionDetail })
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
