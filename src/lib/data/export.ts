import type { CellValue } from './rows';

/**
 * JSON of a result: an array of objects keyed by column name. A number a JS number cannot hold
 * exactly (`ExactNumber`: a BIGINT beyond ±2^53, a HUGEINT, a wide DECIMAL) is written as a string
 * of its exact digits, e.g. `"9007199254740993"`: most JSON readers parse numbers as doubles and
 * would round it. Every other number stays a JSON number.
 */
export function toJson(columns: string[], rows: CellValue[][]): string {
	return JSON.stringify(
		rows.map((row) => Object.fromEntries(columns.map((name, i) => [name, row[i]]))),
		null,
		2
	);
}
