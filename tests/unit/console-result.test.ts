import { Int32, Int64, Table, Utf8, vectorFromArray } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { resultRows, type ConsoleResult } from '$lib/console/result';
import { ExactNumber } from '$lib/data/exact';

/** A result of two batches (rows 0–2, then 3–4), as the engine reads them from a stream. */
function twoBatches(): ConsoleResult {
	const table = new Table({
		id: vectorFromArray([0, 1, 2, 3, 4], new Int32()),
		big: vectorFromArray([1n, 2n ** 53n + 1n, -3n, 4n, 5n], new Int64()),
		name: vectorFromArray(['\ufeffRoman', 'b', 'c', 'd', 'e'], new Utf8())
	});
	const [batch] = table.batches;
	return {
		columns: table.schema.fields.map((field) => ({ name: field.name, type: String(field.type) })),
		batches: [batch.slice(0, 3), batch.slice(3)],
		rowCount: table.numRows,
		done: true
	};
}

describe('a console result converts only the rows asked for', () => {
	it('reads a window across its batches, in order, exactly', () => {
		const result = twoBatches();
		expect(result.batches).toHaveLength(2);
		const rows = resultRows(result, 1, 4);
		expect(rows.map((row) => row[0])).toEqual([1, 2, 3]);
		// 2^53 + 1 has no JS number: it stays its digits; a leading BOM is kept as stored.
		expect(rows[0][1]).toEqual(new ExactNumber('9007199254740993', 'Int64'));
		expect(resultRows(result, 0, 1)).toEqual([[0, 1, '\ufeffRoman']]);
		expect(resultRows(result).map((row) => row[2])).toEqual(['\ufeffRoman', 'b', 'c', 'd', 'e']);
	});

	it('never reads beyond the rows the result holds, and an empty window is empty', () => {
		const result = { ...twoBatches(), rowCount: 4 };
		expect(resultRows(result, 2, 100).map((row) => row[0])).toEqual([2, 3]);
		expect(resultRows(result, 4, 10)).toEqual([]);
		expect(resultRows({ ...result, batches: [], rowCount: 0 })).toEqual([]);
	});
});
