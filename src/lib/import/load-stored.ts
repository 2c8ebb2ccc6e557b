import { quoteIdent } from '$lib/data/sql-text';
import { loadCsvText, swapIn, type ImportEngine } from './load';
import { storedColumns, type StoredDataset } from './stored';

/**
 * Loads a kept dataset under its table name from what was stored: the Arrow IPC stream DuckDB
 * wrote (read back without parsing: the columns come typed), or, for datasets kept in CSV form,
 * the canonical CSV through the checks of an upload. Either way its row count must be the kept
 * one; an Arrow table must also have exactly the kept columns and types, else it is refused.
 */
export async function loadStored(engine: ImportEngine, dataset: StoredDataset): Promise<number> {
	const { header, types } = storedColumns(dataset);
	if (!dataset.arrow) {
		if (dataset.csv === undefined) throw new Error(`"${dataset.table}" has no stored data`);
		return loadCsvText(engine, dataset.table, dataset.csv, header, types, dataset.rows, dataset.label);
	}
	const ipc = new Uint8Array(await dataset.arrow.arrayBuffer());
	return swapIn(
		engine,
		dataset.table,
		dataset.label,
		dataset.rows,
		(staging) => engine.insertArrow(staging, ipc),
		async (staging) => {
			const described = await engine.run(
				`SELECT column_name, column_type FROM (DESCRIBE ${quoteIdent(staging)})`
			);
			const found = described.toArray().map((row) => `${row.column_name}\u0000${row.column_type}`);
			const kept = header.map((name, i) => `${name}\u0000${types[i]}`);
			if (found.join('\u0001') !== kept.join('\u0001'))
				throw new Error(`The stored data of "${dataset.table}" does not have its kept columns`);
		}
	);
}
