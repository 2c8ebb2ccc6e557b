import type { PlainValue } from './rows';

/** JSON of a result: an array of objects keyed by column name. */
export function toJson(columns: string[], rows: PlainValue[][]): string {
	return JSON.stringify(
		rows.map((row) => Object.fromEntries(columns.map((name, i) => [name, row[i]]))),
		null,
		2
	);
}
