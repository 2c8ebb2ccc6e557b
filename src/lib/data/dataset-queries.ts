import type { SqlEngine } from './engine';
import { toRows, type PlainRow } from './rows';
import keyFactsSql from './sql/dataset/key-facts.sql?raw';
import labelsSql from './sql/dataset/labels.sql?raw';

/**
 * Queries of an uploaded award history shown on the dashboard. They read the dataset's schema
 * (`src/lib/import/award-schema.ts`), first on the search path while the dataset is shown.
 */
export interface DatasetKeyFacts extends PlainRow {
	editions: number;
	first_year: number | null;
	last_year: number | null;
	prizes: number;
	winners: number;
	/** null: the file reports no candidates. */
	candidates: number | null;
}

/** One value of a dimension (`other`: `label` null, `members` values gathered). */
export interface DatasetLabel extends PlainRow {
	dimension: 'category' | 'type' | 'level';
	id: string;
	label: string | null;
	rank: number;
	members: number;
}

export async function queryDatasetKeyFacts(engine: SqlEngine): Promise<DatasetKeyFacts> {
	return toRows<DatasetKeyFacts>(await engine.run(keyFactsSql, []))[0];
}

export async function queryDatasetLabels(engine: SqlEngine): Promise<DatasetLabel[]> {
	return toRows<DatasetLabel>(await engine.run(labelsSql, []));
}
