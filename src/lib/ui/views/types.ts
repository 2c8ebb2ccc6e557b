import type { ViewSourceRow } from '$lib/catalog';
import type { Filters } from '$lib/data/filters';
import type { Direction, Formatters, Messages } from '$lib/i18n';

/** What every chart view receives: the rows the coordinator handed its slot, and the page's context. */
export interface ChartViewProps<Row> {
	/** The chart's id (its spec's): the section's id, and the name of its downloads. */
	id: string;
	rows: Row[];
	messages: Messages;
	format: Formatters;
	dir: Direction;
	/** Number of source documents, for the source line. */
	sourceCount: number;
	/**
	 * Where the rows come from: the prerendered HTML (the default view), the build's answers for
	 * the page's filters (before the engine is ready) or the live engine.
	 */
	origin: 'prerender' | 'answers' | 'duckdb';
	/** The filters the rows were queried with. */
	filters: Filters;
	/** The statement behind the rows, shown under "how this was computed". */
	sql: string;
	/** A click on a mark asks to filter the other views (cross-filtering). */
	onfilter?: (change: Partial<Filters>) => void;
	/** The source documents behind the rows, when the page has them (not in embeds). */
	sources?: ViewSourceRow[];
	error?: string;
	onretry?: () => void;
	/** Says which active filters the view does not follow (e.g. "Not filtered by institution type"). */
	notFiltered?: string;
	/** Says which filters the view follows but its rows do not answer yet (before the engine). */
	pending?: string;
}

/** What the frame around every view reads from the view's props. */
export type ViewContext = Pick<
	ChartViewProps<unknown>,
	| 'id'
	| 'messages'
	| 'format'
	| 'sourceCount'
	| 'origin'
	| 'filters'
	| 'sql'
	| 'sources'
	| 'error'
	| 'onretry'
	| 'notFiltered'
	| 'pending'
>;
