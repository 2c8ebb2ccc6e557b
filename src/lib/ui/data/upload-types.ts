import type { SqlEngine } from '$lib/data/engine';
import type { UploadGroupRole, UploadGroupRow, UploadYearRow } from '$lib/data/upload-queries';
import type { Encoding } from '$lib/import/decode';
import type { UploadEngine } from '$lib/import/engine';
import type { MappingWarning } from '$lib/import/mapping-warnings';
import type { ReadJob } from '$lib/import/read-upload';
import type { StoredDataset } from '$lib/import/stored';

/** What the datasets page works with; the page passes the browser's, the unit tests their own. */
export interface UploadServices {
	/** The page's own engine, started at the first use. */
	engine(): Promise<UploadEngine>;
	/** Whether that engine was asked for already (offline, a new start is not attempted). */
	engineStarted(): boolean;
	/** The dashboard's engine, when it is ready: added editions go there. */
	site(): SqlEngine | null;
	/** Reads a file: parsed in JS, or read by the page's engine (`readUpload`). */
	parse(file: File, options: { encoding?: Encoding; onProgress: (p: Progress) => void }): ReadJob;
	storage: {
		list(): Promise<StoredDataset[]>;
		save(dataset: StoredDataset): Promise<void>;
		remove(table: string): Promise<void>;
		rename(from: string, to: string, label: string): Promise<void>;
	};
	online(): boolean;
	/** Saves a file the reader asked for. */
	download(blob: Blob, filename: string): void;
}

export interface Progress {
	bytes: number;
	total: number;
	rows: number;
}

/** The charts of one loaded table, as the charts component takes them. */
export interface UploadChartsData {
	table: string;
	perYear: UploadYearRow[];
	groups: Partial<Record<UploadGroupRole, UploadGroupRow[]>>;
}

/** A kept dataset's mapping under review: the warnings DuckDB's counts give it. */
export interface MappingReview {
	dataset: StoredDataset;
	warnings: MappingWarning[];
}
