import type { Component } from 'svelte';
import type { SqlEngine } from '$lib/data/engine';
import { queryParticipation, type ParticipationRow, type YearRange } from '$lib/data/queries';
import ParticipationView from '$lib/ui/views/ParticipationView.svelte';

/**
 * The one registry of charts: the dashboard, the embeds and prerender `entries()` all iterate it,
 * so a chart added here appears everywhere at once.
 */
export interface CatalogEntry<Row> {
	id: string;
	query: (engine: SqlEngine, range: YearRange) => Promise<Row[]>;
	// The view's props are checked where it is rendered; the registry only needs its identity.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	view: Component<any>;
}

export const participation: CatalogEntry<ParticipationRow> = {
	id: 'participation',
	query: queryParticipation,
	view: ParticipationView
};

export const catalog = [participation] as const;
export type ChartId = (typeof catalog)[number]['id'];
