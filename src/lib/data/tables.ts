/**
 * The table manifest: which CSV file becomes which SQL table, with explicit column types so that
 * both engines (Node at prerender, WASM in the browser) load exactly the same schema.
 * Column order matches the CSV header; `static/data/README.md` documents every column.
 */
import { quoteIdent, readCsvSql } from './sql-text';

export type ColumnType = 'INTEGER' | 'VARCHAR' | 'DATE';

export interface TableSpec {
	/** SQL table name: part of the public contract (researchers' saved queries rely on it). */
	name: string;
	/** File name under `static/data/`. */
	file: string;
	columns: Record<string, ColumnType>;
}

const text = 'VARCHAR' as const;
const int = 'INTEGER' as const;

export const tables: TableSpec[] = [
	{
		name: 'editions',
		file: 'editions.csv',
		columns: {
			edition: int,
			year: int,
			ceremony_date: 'DATE',
			city: text,
			venue: text,
			organizer: text,
			theme: text,
			prize_name_as_reported: text,
			candidates: int,
			administrations: int,
			prizes: int,
			coverage: text,
			coverage_note: text,
			conflicts: text,
			notes: text,
			source_ids: text
		}
	},
	{
		name: 'categories',
		file: 'categories.csv',
		columns: {
			edition: int,
			category_id: text,
			name_fr: text,
			name_ar: text,
			name_en: text,
			category_candidates: int,
			notes: text,
			source_ids: text
		}
	},
	{
		name: 'winners',
		file: 'winners.csv',
		columns: {
			award_id: int,
			edition: int,
			category_id: text,
			category_as_reported: text,
			prize_level: text,
			prize_as_reported: text,
			service: text,
			institution_id: text,
			institution_as_reported: text,
			conflicts: text,
			notes: text,
			source_ids: text
		}
	},
	{
		name: 'institutions',
		file: 'institutions.csv',
		columns: {
			institution_id: text,
			name_fr: text,
			name_ar: text,
			name_en: text,
			short_name: text,
			type: text,
			parent_id: text,
			city: text,
			notes: text,
			source_ids: text
		}
	},
	{
		name: 'conflicts',
		file: 'conflicts.csv',
		columns: {
			table_name: text,
			row_id: int,
			position: int,
			field: text,
			note_en: text,
			note_fr: text,
			note_ar: text,
			source_ids: text
		}
	},
	{
		name: 'sources',
		file: 'sources.csv',
		columns: {
			source_id: text,
			url: text,
			outlet: text,
			language: text,
			published: text,
			summary: text
		}
	}
];

/** The statement that loads one registered CSV file into its table (dialect: `readCsvSql`). */
export function createTableSql(table: TableSpec, registeredName: string = table.file): string {
	return `CREATE OR REPLACE TABLE ${quoteIdent(table.name)} AS ${readCsvSql(registeredName, Object.entries(table.columns))}`;
}
