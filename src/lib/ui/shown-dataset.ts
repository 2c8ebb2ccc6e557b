import type { ParticipationRow } from '$lib/catalog';
import type { DatasetKeyFacts, DatasetLabel } from '$lib/data/dataset-queries';
import type { Role } from '$lib/import/mapping';
import type { StoredDataset } from '$lib/import/stored';
import { fill, type Formatters, type Messages } from '$lib/i18n';
import type { AwardDimension, ShownAward } from './shown-award';

/** An uploaded history opened on the dashboard: its key facts, its values, its editions. */
export interface OpenedDataset {
	dataset: StoredDataset;
	facts: DatasetKeyFacts;
	labels: DatasetLabel[];
	participation: ParticipationRow[];
}

/** The column role each view needs beyond a year or an edition (the others need nothing more). */
export const viewNeeds: Partial<Record<string, Role>> = {
	categories: 'category',
	'institution-types': 'type',
	'prize-levels': 'level',
	'repeat-winners': 'winner'
};

/** A dataset can be shown once it maps a year or an edition. */
export const canShow = (dataset: StoredDataset) => Boolean(dataset.mapping?.year || dataset.mapping?.edition);

/**
 * Opening a dataset loads its table and builds its schema (`open-dataset.ts`): code the built-in
 * award never needs, fetched on the first dataset shown so the dashboard's first load stays small.
 */
export async function openDataset(dataset: StoredDataset): Promise<OpenedDataset> {
	return (await import('./open-dataset')).openDataset(dataset);
}

/** Shows the built-in award to the chart specs again. */
export async function showBuiltIn(): Promise<void> {
	return (await import('./open-dataset')).showBuiltIn();
}

/** What the views read of an opened dataset: its values' labels ("Other (600)") and source line. */
export function shownAwardOf(opened: OpenedDataset, messages: Messages, format: Formatters): ShownAward {
	const dimensions: AwardDimension[] = ['category', 'type', 'level'];
	const t = messages.dashboard.award;
	const of = (dimension: AwardDimension) => opened.labels.filter((label) => label.dimension === dimension);
	return {
		ids: Object.fromEntries(dimensions.map((d) => [d, of(d).map((label) => label.id)])) as ShownAward['ids'],
		labels: Object.fromEntries(
			dimensions.map((d) => [
				d,
				new Map(
					of(d).map((label) => [
						label.id,
						label.label ?? fill(t.other, { count: format.number(label.members) })
					])
				)
			])
		) as ShownAward['labels'],
		sourceLine: fill(t.sourceLine, {
			name: opened.dataset.label,
			date: format.date(opened.dataset.added.slice(0, 10))
		})
	};
}
