import { tables } from '$lib/data/tables';

/** Rows in the shape of the built-in `editions` and `winners` tables, for the added-edition tests. */
export const editionsHeader = Object.keys(tables.find((t) => t.name === 'editions')!.columns);
export const winnersHeader = Object.keys(tables.find((t) => t.name === 'winners')!.columns);

/** A row of `header` with the given cells set, every other cell empty. */
export function row(header: string[], cells: Record<string, string>): (string | null)[] {
	return header.map((name) => cells[name] ?? null);
}
export const edition5 = row(editionsHeader, {
	edition: '5',
	year: '2024',
	ceremony_date: '2024-11-30',
	coverage: 'partial'
});
export const winner = (id: string, cells: Record<string, string> = {}) =>
	row(winnersHeader, {
		award_id: id,
		edition: '5',
		category_id: 'e-content',
		prize_level: 'excellence',
		institution_id: 'inst-a',
		...cells
	});
