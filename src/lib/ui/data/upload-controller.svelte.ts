import { SvelteSet } from 'svelte/reactivity';
import { csvDownload, toCanonicalCsv, toSpreadsheetCsv } from '$lib/data/csv';
import { queryUploadByGroup, queryUploadCoverage, queryUploadPerYear } from '$lib/data/upload-queries';
import { fill } from '$lib/i18n';
import type { DataMessages } from '$lib/i18n/messages/data';
import type { Encoding } from '$lib/import/decode';
import {
	appendEdition,
	checkEdition,
	editionKind,
	tableForExport,
	type EditionKind
} from '$lib/import/edition';
import { mapTable, unmapTable, type UploadEngine } from '$lib/import/engine';
import { ImportError } from '$lib/import/errors';
import { isValidTableName, removeTable, renameTable, tableNameFromFile } from '$lib/import/load';
import { loadStored } from '$lib/import/load-stored';
import { suggestMapping, type Mapping } from '$lib/import/mapping';
import { columnValues, reviewMapping } from '$lib/import/mapping-warnings';
import { parseTable } from '$lib/import/parse';
import {
	adoptStaged,
	castsFailed,
	dropStaged,
	unadoptStaged,
	stagedRows,
	type EngineUpload,
	type ReadJob,
	type ReadUpload
} from '$lib/import/read-upload';
import { columnTypes, StorageFullError, storedColumns, type StoredDataset } from '$lib/import/stored';
import { isoNow } from '../timestamp';
import type { MappingReview, Progress, UploadChartsData, UploadServices } from './upload-types';

export type { MappingReview, Progress, UploadChartsData, UploadServices } from './upload-types';

/**
 * The datasets page's state and actions: read and parse a file, load it into the page's engine
 * (staging, row count checked, swap), chart it, keep it (as the Arrow DuckDB writes of it), rename and remove kept ones, and append
 * an edition to the dashboard's tables with rollback. A failure is shown in one of two places: an
 * `ImportError` names its place in the file; anything else is a storage or engine message.
 */
export class UploadController {
	stored = $state<StoredDataset[]>([]);
	file = $state<File | undefined>();
	/** The file's first bytes, after an encoding error: previewed in the encoding the reader picks. */
	rawBytes = $state.raw<Uint8Array | undefined>();
	encoding = $state<Encoding>('utf-8');
	/** What runs now: reading and parsing in our worker, or loading into DuckDB's worker. */
	phase = $state<'idle' | 'parsing' | 'loading'>('idle');
	progress = $state<Progress>({ bytes: 0, total: 0, rows: 0 });
	error = $state<ImportError | undefined>();
	storageError = $state('');
	parsed = $state.raw<ReadUpload | undefined>();
	mapping = $state<Mapping>({});
	tableName = $state('');
	nameError = $state('');
	savedMessage = $state('');
	renaming = $state<string | undefined>();
	newName = $state('');
	charts = $state.raw<UploadChartsData | undefined>();
	review = $state.raw<MappingReview | undefined>();
	/** Tables present in the page's engine. */
	#loaded = new SvelteSet<string>();
	#job: ReadJob | undefined;
	#cancelled = false;

	constructor(
		private readonly services: UploadServices,
		private readonly messages: () => DataMessages
	) {}

	async refresh(): Promise<void> {
		this.stored = await this.services.storage.list();
	}

	/** Shows a failure where it belongs (the one classification of the page's errors). */
	#fail(failure: unknown, name: string): void {
		if (failure instanceof StorageFullError) this.storageError = fill(this.messages().storageFull, { name });
		else if (failure instanceof ImportError) this.error = failure;
		else this.storageError = failure instanceof Error ? failure.message : String(failure);
	}

	#clear(): void {
		this.error = undefined;
		this.storageError = '';
		this.savedMessage = '';
	}

	/** Reads and parses a file (again, in another encoding, after an encoding error). */
	async read(next: File, encoding?: Encoding): Promise<void> {
		this.#job?.cancel();
		this.#clear();
		this.#discard();
		this.file = next;
		this.nameError = '';
		this.phase = 'parsing';
		this.progress = { bytes: 0, total: next.size, rows: 0 };
		const job = (this.#job = this.services.parse(next, { encoding, onProgress: (p) => (this.progress = p) }));
		try {
			const result = await job.result;
			this.encoding = result.encoding;
			this.mapping = suggestMapping(result.table.header);
			this.tableName = tableNameFromFile(next.name);
			this.parsed = result.table;
		} catch (failure) {
			if (this.#job !== job) return;
			this.error =
				failure instanceof ImportError ? failure : new ImportError('not-text', { file: next.name });
			if (this.error.code === 'encoding')
				this.rawBytes = new Uint8Array(await next.slice(0, 8192).arrayBuffer());
		} finally {
			if (this.#job === job) this.phase = 'idle';
		}
	}

	/** Drops the table DuckDB read for the preview, when the reader moves on without keeping it. */
	#discard(): void {
		const upload = this.parsed;
		this.parsed = undefined;
		if (upload && 'staging' in upload)
			void this.services
				.engine()
				.then((engine) => dropStaged(engine, upload))
				.catch(() => undefined);
	}

	cancel(): void {
		this.#cancelled = true;
		if (this.phase === 'parsing') this.#job?.cancel();
	}

	/** A name a dataset may take: valid, and not another dataset's; '' when it may. */
	checkName(name: string, except?: string): string {
		const t = this.messages();
		if (!isValidTableName(name)) return t.nameInvalid;
		if (this.stored.some((d) => d.table === name && d.table !== except)) return fill(t.nameTaken, { name });
		return '';
	}

	/** Maps a loaded table and runs the charts' queries; returns the years covered. */
	async #chart(engine: UploadEngine, table: string, header: string[], chosen: Mapping) {
		await mapTable(engine, table, header, chosen);
		if (!chosen.year) {
			this.charts = { table, perYear: [], groups: {} };
			return undefined;
		}
		const [perYear, coverage] = await Promise.all([queryUploadPerYear(engine), queryUploadCoverage(engine)]);
		const groups: UploadChartsData['groups'] = {};
		for (const role of ['category', 'type', 'level'] as const)
			if (chosen[role]) groups[role] = await queryUploadByGroup(engine, role);
		this.charts = { table, perYear, groups };
		return coverage.first_year === null || coverage.last_year === null
			? undefined
			: { from: coverage.first_year, to: coverage.last_year, years: coverage.years };
	}

	/** Loads a kept or parsed dataset into the page's engine from what it holds (`loadStored`). */
	async #load(engine: UploadEngine, dataset: StoredDataset) {
		await loadStored(engine, dataset);
		this.#loaded.add(dataset.table);
	}

	/**
	 * Loads the parsed file into the page's engine, draws its charts, then keeps it. Offline, or when
	 * the engine cannot start, the dataset is still kept (nothing lost) and charted later. A cancel
	 * or a failure drops what this upload created and nothing else.
	 */
	async keep(): Promise<void> {
		const upload = this.parsed;
		const file = this.file;
		if (!upload || !file) return;
		this.nameError = this.checkName(this.tableName);
		if (this.nameError) return;
		const name = this.tableName;
		const chosen = Object.fromEntries(Object.entries(this.mapping).filter(([, v]) => v)) as Mapping;
		const interrupted = () => new ImportError('interrupted', { file: file.name });
		this.phase = 'loading';
		this.#cancelled = false;
		this.#clear();
		this.progress = { bytes: 0, total: 0, rows: upload.rowCount };
		const staged = 'staging' in upload ? upload : undefined;
		const dataset: StoredDataset = {
			table: name,
			label: file.name,
			csv: 'csv' in upload ? upload.csv : undefined,
			columns: columnTypes(upload.header, upload.types),
			rows: upload.rowCount,
			added: isoNow(),
			mapping: chosen,
			kind: 'dataset'
		};
		let engine: UploadEngine | undefined;
		try {
			engine =
				staged || this.services.online() || this.services.engineStarted()
					? await this.services.engine().catch(() => undefined)
					: undefined;
			if (this.#cancelled) throw interrupted();
			if (engine) {
				if (staged) {
					await adoptStaged(engine, staged, name, file.name);
					this.#loaded.add(name);
				} else await this.#load(engine, dataset);
				if (this.#cancelled) throw interrupted();
				// Kept as DuckDB holds it: a reload or the dashboard reads it back without parsing.
				dataset.arrow = await engine.tableArrow(name);
				dataset.csv = undefined;
				if (this.#cancelled) throw interrupted();
				dataset.coverage = await this.#chart(engine, name, upload.header, chosen);
				if (this.#cancelled) throw interrupted();
				await this.#review(engine, dataset);
			}
			await this.services.storage.save(dataset);
			this.parsed = undefined;
			await this.refresh();
			const t = this.messages();
			this.savedMessage =
				fill(t.saved, { name, rows: upload.rowCount }) + (engine ? '' : ` ${t.chartsLater}`);
		} catch (failure) {
			if (engine && this.#loaded.has(name))
				// A table DuckDB read goes back to waiting under its staging name: keep can be tried again.
				await this.#forget(engine, name, staged).catch(() => undefined);
			// Columns that could not be typed (out of memory) took their table with them: the preview
			// could only fail again, so it goes and the reader chooses the file anew.
			if (staged && this.parsed === upload && (await castsFailed(staged))) this.parsed = undefined;
			this.#fail(failure, name);
		} finally {
			this.phase = 'idle';
		}
	}

	/** Loads a kept dataset into the page's engine (once) and charts it. */
	async showCharts(dataset: StoredDataset): Promise<void> {
		this.error = undefined;
		try {
			const engine = await this.services.engine();
			if (!this.#loaded.has(dataset.table)) await this.#load(engine, dataset);
			await this.#chart(engine, dataset.table, storedColumns(dataset).header, dataset.mapping ?? {});
			await this.#review(engine, dataset);
		} catch (failure) {
			this.#fail(failure, dataset.table);
		}
	}

	async #review(engine: UploadEngine, dataset: StoredDataset): Promise<void> {
		const header = storedColumns(dataset).header;
		this.review = {
			dataset,
			warnings: await reviewMapping(engine, dataset.table, header, dataset.mapping ?? {})
		};
	}

	/** The values of a column of a loaded dataset, the commonest first (the winner filter's choices). */
	async columnValues(table: string, column: string): Promise<{ value: string; rows: number }[]> {
		return columnValues(await this.services.engine(), table, column);
	}

	/** Keeps a new mapping for a kept dataset, then charts and reviews it again. */
	async remap(dataset: StoredDataset, mapping: Mapping): Promise<void> {
		this.#clear();
		try {
			const engine = await this.services.engine();
			if (!this.#loaded.has(dataset.table)) await this.#load(engine, dataset);
			const next: StoredDataset = { ...dataset, mapping };
			next.coverage = await this.#chart(engine, dataset.table, storedColumns(dataset).header, mapping);
			await this.services.storage.save(next);
			await this.#review(engine, next);
			await this.refresh();
			this.savedMessage = fill(this.messages().review.mappingSaved, { name: dataset.table });
		} catch (failure) {
			this.#fail(failure, dataset.table);
		}
	}

	/** Drops a table from the page's engine (the chart view first: it reads the table). */
	async #forget(engine: UploadEngine, table: string, waiting?: EngineUpload): Promise<void> {
		await unmapTable(engine);
		await (waiting ? unadoptStaged(engine, waiting, table) : removeTable(engine, table));
		this.#loaded.delete(table);
		if (this.charts?.table === table) this.charts = undefined;
		if (this.review?.dataset.table === table) this.review = undefined;
	}

	async remove(name: string): Promise<void> {
		const edition = this.stored.find((d) => d.table === name)?.kind === 'edition';
		if (this.#loaded.has(name)) await this.#forget(await this.services.engine(), name);
		await this.services.storage.remove(name);
		this.savedMessage = edition
			? this.messages().edition.removeNote
			: fill(this.messages().removed, { name });
		await this.refresh();
	}

	startRename(dataset: StoredDataset): void {
		this.renaming = dataset.table;
		this.newName = dataset.table;
		this.nameError = '';
	}

	async rename(dataset: StoredDataset): Promise<void> {
		const to = this.newName.trim();
		if (to === dataset.table) {
			this.nameError = '';
			this.renaming = undefined;
			return;
		}
		this.nameError = this.checkName(to, dataset.table);
		if (this.nameError) return;
		if (this.#loaded.has(dataset.table)) {
			const engine = await this.services.engine();
			await unmapTable(engine);
			await renameTable(engine, dataset.table, to);
			this.#loaded.delete(dataset.table);
			this.#loaded.add(to);
			if (this.charts?.table === dataset.table) this.charts = undefined;
		}
		await this.services.storage.rename(dataset.table, to, dataset.label);
		this.renaming = undefined;
		await this.refresh();
	}

	/**
	 * Appends the parsed rows to the built-in table in the dashboard's engine, after the checks of
	 * `checkEdition`, then keeps them so every later page load merges them. Kept first: a full quota
	 * refuses the edition before the tables change; a failed append removes what was kept.
	 */
	async addEdition(kind: EditionKind): Promise<void> {
		const upload = this.parsed;
		const file = this.file;
		if (!upload || !file) return;
		this.#clear();
		const site = this.services.site();
		if (!site) {
			this.storageError = this.messages().edition.engineNotReady;
			return;
		}
		try {
			const csv =
				'staging' in upload
					? toCanonicalCsv(upload.header, await stagedRows(await this.services.engine(), upload))
					: upload.csv;
			const rows = parseTable(csv, file.name).rows;
			await checkEdition(site, kind, rows, file.name);
			const table = `added_${kind}_${Date.now()}`;
			await this.services.storage.save({
				table,
				label: file.name,
				csv,
				columns: columnTypes(upload.header, upload.types),
				rows: rows.length,
				added: isoNow(),
				kind: 'edition'
			});
			try {
				await appendEdition(site, kind, rows);
			} catch (failure) {
				await this.services.storage.remove(table);
				throw failure;
			}
			this.#discard();
			await this.refresh();
			this.savedMessage = fill(this.messages().edition.added, { rows: rows.length, table: kind });
		} catch (failure) {
			this.#fail(failure, file.name);
		}
	}

	/** Downloads a merged built-in table (spreadsheet-safe CSV). */
	async exportMerged(kind: EditionKind): Promise<void> {
		const site = this.services.site();
		if (!site) return;
		const { header, rows } = await tableForExport(site, kind);
		this.services.download(csvDownload(toSpreadsheetCsv(header, rows)), `${kind}-merged.csv`);
	}

	/** The built-in table whose shape the parsed file has, if any ("add an edition"). */
	get shape(): EditionKind | undefined {
		return this.parsed ? editionKind(this.parsed.header) : undefined;
	}
}
