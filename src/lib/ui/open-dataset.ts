import { specById, type ParticipationRow } from '$lib/catalog';
import { queryDatasetKeyFacts, queryDatasetLabels } from '$lib/data/dataset-queries';
import type { SqlEngine } from '$lib/data/engine';
import { datasetSchema, datasetSchemaSql, searchPathSql } from '$lib/import/award-schema';
import { loadStored } from '$lib/import/load-stored';
import { storedColumns, type StoredDataset } from '$lib/import/stored';
import { coordinator, engineFiles } from './engine.svelte';
import type { OpenedDataset } from './shown-dataset';

/** What each table and schema of the engine was built from: rebuilt when the upload or its mapping changed. */
const built = new Map<string, string>();

async function exists(sql: SqlEngine, query: string, name: string): Promise<boolean> {
	const table = await sql.run(query, [name]);
	return Number(table.getChild('n')?.get(0)) > 0;
}

/**
 * Shows a dataset to the chart specs: its table loaded into the dashboard's engine from its stored
 * form (Arrow read back without parsing; an older CSV through the checks of an upload), its schema built from its mapping, then first on the search path. The
 * coordinator's cache empties on these writes, so no view keeps the other award's rows.
 */
export async function openDataset(dataset: StoredDataset): Promise<OpenedDataset> {
	const sql = coordinator.engine;
	const files = engineFiles();
	if (!files) throw new Error('The query engine is not ready.');
	// The upload's table belongs in `main`, wherever the search path pointed before.
	await sql.run(searchPathSql(undefined), []);
	const { header } = storedColumns(dataset);
	const fingerprint = JSON.stringify([dataset.added, dataset.rows, dataset.mapping]);
	const schema = datasetSchema(dataset.table);
	const tableThere = await exists(
		sql,
		"SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'main' AND table_name = ?",
		dataset.table
	);
	const schemaThere = await exists(
		sql,
		'SELECT count(*) AS n FROM information_schema.schemata WHERE schema_name = ?',
		schema
	);
	const same = built.get(dataset.table) === fingerprint;
	if (!tableThere || !same) {
		// The bench times this step against a bare read of the same stored file.
		const started = performance.now();
		await loadStored({ ...files, run: (text) => sql.run(text, []) }, dataset);
		performance.measure('imtiaz-dataset-load', { start: started, end: performance.now() });
	}
	if (!tableThere || !schemaThere || !same) {
		for (const statement of datasetSchemaSql(dataset.table, header, dataset.mapping ?? {}))
			await sql.run(statement, []);
		built.set(dataset.table, fingerprint);
	}
	await sql.run(searchPathSql(dataset.table), []);
	const [facts, labels, participation] = await Promise.all([
		queryDatasetKeyFacts(sql),
		queryDatasetLabels(sql),
		coordinator.rows<ParticipationRow>(specById('participation')!, {})
	]);
	return { dataset, facts, labels, participation };
}

/** Shows the built-in award to the chart specs again. */
export async function showBuiltIn(): Promise<void> {
	await coordinator.engine.run(searchPathSql(undefined), []);
}
