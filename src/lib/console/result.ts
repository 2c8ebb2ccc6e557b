import type { RecordBatch } from 'apache-arrow';
import { textAt, toCellValue, type CellValue } from '$lib/data/rows';

export interface ConsoleColumn {
	name: string;
	type: string;
}

/** A running or finished result: its columns, the rows read so far, whether more remain. */
export interface ConsoleResult {
	columns: ConsoleColumn[];
	/**
	 * The rows read so far, as DuckDB sent them (kept for Parquet export too). They become cells only
	 * when shown or exported (`resultRows`): a run converts one page of the grid, not 10,000 rows.
	 */
	batches: RecordBatch[];
	/** How many rows the batches hold. */
	rowCount: number;
	done: boolean;
	/** true when reading stopped at MAX_RESULT_ROWS with rows left unread. */
	capped?: boolean;
}

/**
 * Rows `from` to `to` (excluded) of a result as cells, exact where a JS number would round
 * (`ExactNumber`, see `toCellValue`). Column by column, by position: a row proxy costs a lookup per
 * cell and would give two columns of the same name (SELECT 1 AS a, 2 AS a) the same value.
 */
export function resultRows(result: ConsoleResult, from = 0, to = result.rowCount): CellValue[][] {
	const rows: CellValue[][] = [];
	const end = Math.min(to, result.rowCount);
	let start = 0;
	for (const batch of result.batches) {
		if (start >= end) break;
		const stop = start + batch.numRows;
		if (stop > from) {
			const cells = cellReaders(batch, result.columns.length);
			for (let r = Math.max(from, start) - start; r < Math.min(end, stop) - start; r++)
				rows.push(cells.map((cell) => cell(r)));
		}
		start = stop;
	}
	return rows;
}

/** How each column of a batch reads its row `r` (the type looked up once per column, not per cell). */
function cellReaders(batch: RecordBatch, count: number): ((r: number) => CellValue)[] {
	return Array.from({ length: count }, (_, c) => {
		const vector = batch.getChildAt(c);
		if (!vector) return () => null;
		// The vector's own type: Arrow's schema gives columns of one name the last one's type.
		const type = String(vector.type);
		// Text is decoded as stored (a leading BOM kept), see textAt.
		if (type === 'Utf8') return (r) => textAt(vector as never, r);
		return (r) => toCellValue(vector.get(r), type);
	});
}
