import type { Component } from 'svelte';
import type { PlainRow } from '$lib/data/rows';
import CategoriesView from './CategoriesView.svelte';
import EditionDetailView from './EditionDetailView.svelte';
import InstitutionTypesView from './InstitutionTypesView.svelte';
import ParticipationView from './ParticipationView.svelte';
import PrizeLevelsView from './PrizeLevelsView.svelte';
import RepeatWinnersView from './RepeatWinnersView.svelte';
import type { ChartViewProps } from './types';

export type { ChartViewProps, ViewContext } from './types';

/** The view that draws each chart spec (by the spec's id). */
const views: Record<string, Component<ChartViewProps<never>>> = {
	participation: ParticipationView,
	categories: CategoriesView,
	'institution-types': InstitutionTypesView,
	'prize-levels': PrizeLevelsView,
	'repeat-winners': RepeatWinnersView,
	'edition-detail': EditionDetailView
};

export function viewFor(id: string): Component<ChartViewProps<PlainRow>> {
	const view = views[id];
	if (!view) throw new Error(`No view draws the chart "${id}"`);
	return view as unknown as Component<ChartViewProps<PlainRow>>;
}

/** Every chart id with a view (checked against the specs in tests/unit/catalog.test.ts). */
export const viewIds = Object.keys(views);
