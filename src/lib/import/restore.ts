import type { SqlEngine } from '$lib/data/engine';
import { appendEdition, checkEdition, editionKind, type EditionKind } from './edition';
import { isValidTableName, type ImportEngine } from './load';
import { loadStored } from './load-stored';
import { parseTable } from './parse';
import { listStoredDatasets, storageAvailable, storedColumns, type StoredDataset } from './stored';

/** A stored upload that could not be restored: the engine starts without it and says so. */
export interface RestoreSkip {
	table: string;
	kind: 'dataset' | 'edition';
	/** Why, in the engine's words (an edition that no longer fits says nothing more). */
	reason: string;
}

/** What a restore did: the uploaded tables now in the engine, and what it skipped. */
export interface RestoreReport {
	loaded: string[];
	skipped: RestoreSkip[];
}

/**
 * The datasets kept in this browser, or only one kind of them; none when the browser refuses
 * storage (private modes): the engines then work on the built-in tables.
 */
export async function readStored(kind?: StoredDataset['kind']): Promise<StoredDataset[]> {
	try {
		return storageAvailable() ? await listStoredDatasets(kind) : [];
	} catch {
		return [];
	}
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Restores stored uploads into a freshly loaded engine, as every page that has an engine needs:
 * each uploaded dataset becomes its table again from its stored form (`loadStored`: Arrow read
 * back as it was written, or CSV through the checks of a fresh upload; only when `files` is given;
 * a name already taken, a built-in table's say, is never replaced), then the added
 * editions are appended to the built-in tables, editions before winners (winners refer to them), each
 * checked again. One that no longer fits (the built-in data gained the same edition, say) is
 * skipped and reported, never half-applied.
 */
export async function restoreStored(
	sql: SqlEngine,
	datasets: readonly StoredDataset[],
	files?: ImportEngine
): Promise<RestoreReport> {
	const report: RestoreReport = { loaded: [], skipped: [] };
	if (files)
		for (const dataset of datasets) {
			if ((dataset.kind ?? 'dataset') !== 'dataset' || !isValidTableName(dataset.table)) continue;
			try {
				await loadStored(files, dataset);
				report.loaded.push(dataset.table);
			} catch (error) {
				report.skipped.push({ table: dataset.table, kind: 'dataset', reason: message(error) });
			}
		}
	const editions = datasets.filter((dataset) => dataset.kind === 'edition');
	for (const kind of ['editions', 'winners'] as const satisfies EditionKind[])
		for (const dataset of editions) {
			if (editionKind(storedColumns(dataset).header) !== kind) continue;
			try {
				const rows = parseTable(dataset.csv ?? '', dataset.label).rows;
				await checkEdition(sql, kind, rows, dataset.label);
				await appendEdition(sql, kind, rows);
			} catch (error) {
				report.skipped.push({ table: dataset.table, kind: 'edition', reason: message(error) });
			}
		}
	return report;
}
