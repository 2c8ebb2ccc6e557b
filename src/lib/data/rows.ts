import type { Table } from 'apache-arrow';
import { columnTypeName, exactDouble, ExactNumber, numericText } from './exact';

/** A plain row: what every layer above the data layer sees. Never Arrow, never BigInt. */
export type PlainValue = string | number | boolean | null;
/** A DuckDB `LIST` arrives as an array of plain values (never a delimited string to split again). */
export type PlainCell = PlainValue | readonly PlainValue[];
export type PlainRow = Record<string, PlainCell>;

const DAY_MS = 86_400_000;

function isoDate(ms: number): string {
	return new Date(Math.round(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

function isoTimestamp(ms: number): string {
	return new Date(ms).toISOString();
}

/**
 * The one normalisation of engine values for the dashboard: integers and decimals → number (an
 * integer beyond ±2^53, which a number would round, stays exact as its digits: a string), dates →
 * ISO strings.
 */
export function toPlainValue(value: unknown, typeName: string): PlainValue {
	if (value === null || value === undefined) return null;
	const text = numericText(value, typeName);
	if (text !== null) {
		// A fractional decimal is a measure: its nearest number is what a chart draws.
		if (text.includes('.')) return Number(text);
		return exactDouble(text) ?? text;
	}
	if (typeof value === 'bigint') return Number(value);
	if (typeName.startsWith('Date') && typeof value === 'number') return isoDate(value);
	if (typeName.startsWith('Timestamp') && typeof value === 'number') return isoTimestamp(value);
	if (value instanceof Date) return value.toISOString();
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
	// Decimals and other wrapped numbers expose a numeric primitive.
	const primitive = Number(value);
	return Number.isNaN(primitive) ? String(value) : primitive;
}

/** A console cell: a plain value, or a number kept exact where a JS number would round it. */
export type CellValue = PlainValue | ExactNumber;

/**
 * The console's conversion: as `toPlainValue`, except every integer and decimal a JS number cannot
 * hold exactly (BIGINT/UBIGINT beyond ±2^53, HUGEINT, UHUGEINT, wide DECIMAL) is an `ExactNumber`.
 */
export function toCellValue(value: unknown, typeName: string): CellValue {
	const text = value === null || value === undefined ? null : numericText(value, typeName);
	if (text === null) return toPlainValue(value, typeName);
	return exactDouble(text) ?? new ExactNumber(text, typeName);
}

/** Keeps a leading U+FEFF: a default TextDecoder drops it, and the value would read as another. */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** The shape of an Arrow Utf8 column's chunks that `textAt` reads. */
interface Utf8Chunks {
	data: readonly {
		length: number;
		valueOffsets: Int32Array;
		values: Uint8Array;
		getValid(index: number): boolean;
	}[];
}

/**
 * Row `index` of an Arrow Utf8 column, decoded as stored. Arrow's own `get` decodes with a default
 * TextDecoder, which strips a BOM at the start of each value (`'\uFEFFRoman'` came out `'Roman'`).
 */
export function textAt(vector: Utf8Chunks, index: number): string | null {
	let at = index;
	for (const chunk of vector.data) {
		if (at < chunk.length) {
			if (!chunk.getValid(at)) return null;
			return utf8.decode(chunk.values.subarray(chunk.valueOffsets[at], chunk.valueOffsets[at + 1]));
		}
		at -= chunk.length;
	}
	return null;
}

/**
 * Arrow table → plain rows, keeping the column order of the query. Read column by column: a
 * record's proxy costs a lookup per cell (measured: a third of a filter change's script time).
 */
export function toRows<T extends PlainRow = PlainRow>(table: Table): T[] {
	const columns = table.schema.fields.map((field, index) => {
		const type = columnTypeName(field);
		// A list's items have the type of its one child field.
		const itemType = type.startsWith('List') ? String(field.type.children[0]?.type) : null;
		return { name: field.name, type, itemType, values: [...(table.getChildAt(index) ?? [])] };
	});
	const rows: T[] = [];
	for (let r = 0; r < table.numRows; r++) {
		// No prototype: a column named `__proto__` (a user's header) is a key like any other.
		const row: PlainRow = Object.create(null);
		for (const column of columns) {
			const value = column.values[r];
			row[column.name] =
				column.itemType === null || value === null || value === undefined
					? toPlainValue(value, column.type)
					: Array.from(value as Iterable<unknown>, (item) => toPlainValue(item, column.itemType!));
		}
		rows.push(row as T);
	}
	return rows;
}

const sameValue = (a: PlainValue, b: PlainValue) => a === b || (Number.isNaN(a) && Number.isNaN(b));

function sameCell(a: PlainCell | undefined, b: PlainCell | undefined): boolean {
	if (!Array.isArray(a) || !Array.isArray(b)) return sameValue(a as PlainValue, b as PlainValue);
	return a.length === b.length && a.every((value, i) => sameValue(value, b[i]));
}

/**
 * Rows holding the same values (1 and '1' differ, as do null and a missing column): compared cell
 * by cell, stopping at the first difference (a JSON text of both cost a filter change ~3 ms).
 */
export function sameRows(a: readonly PlainRow[], b: readonly PlainRow[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) {
		const keys = Object.keys(a[i]);
		if (keys.length !== Object.keys(b[i]).length) return false;
		for (const key of keys) if (!(key in b[i]) || !sameCell(a[i][key], b[i][key])) return false;
	}
	return true;
}
