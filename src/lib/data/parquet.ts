import {
	Bool,
	Field,
	Float64,
	Int64,
	makeData,
	RecordBatch,
	Schema,
	Struct,
	Table,
	tableToIPC,
	TimestampMillisecond,
	Utf8,
	type Data,
	type DataType
} from 'apache-arrow';

/**
 * Parquet files from query results or plain rows, written by parquet-wasm (DuckDB-WASM has no
 * built-in Parquet: its extension would be fetched from the network, and offline a `COPY … (FORMAT
 * parquet)` hangs). This module is meant to be imported lazily (`await import('$lib/data/parquet')`)
 * so only a page that writes Parquet downloads parquet-wasm and its ~5 MB wasm, from our own site.
 */

/** Plain rows with their column names, in order (e.g. a console result or a built-in table's rows). */
export interface RowsSource {
	columns: readonly string[];
	rows: readonly (readonly unknown[])[];
}

/**
 * An Arrow table (a DuckDB result as is, types kept: BIGINT stays Int64), an Arrow IPC stream
 * (bytes), or plain rows.
 */
export type ParquetSource = Table | Uint8Array | RowsSource;

/** What parquet-wasm's init accepts: a URL of the wasm, or its bytes (Node tests read the file). */
export type ParquetWasmSource = string | URL | BufferSource;

export interface ParquetOptions {
	/** Where the wasm comes from; by default the file Vite serves from our own site (`?url`). */
	wasm?: ParquetWasmSource;
}

type ParquetWasm = typeof import('parquet-wasm/esm');

let ready: Promise<ParquetWasm> | null = null;

/** Loads and instantiates parquet-wasm once per page. */
function loadParquetWasm(wasm?: ParquetWasmSource): Promise<ParquetWasm> {
	ready ??= (async () => {
		const module = await import('parquet-wasm/esm');
		// `?url`: the wasm is a file of our build, never a CDN; imported only here, so lazily.
		const source = wasm ?? (await import('parquet-wasm/esm/parquet_wasm_bg.wasm?url')).default;
		await module.default({ module_or_path: source });
		return module;
	})().catch((error) => {
		ready = null;
		throw error;
	});
	return ready;
}

/** The Parquet bytes (`PAR1 … PAR1`) of an Arrow table or of plain rows, Snappy-compressed. */
export async function toParquet(source: ParquetSource, options: ParquetOptions = {}): Promise<Uint8Array> {
	const ipc = source instanceof Uint8Array ? source : tableToIPC(arrowTable(source), 'stream');
	const parquet = await loadParquetWasm(options.wasm);
	const wasmTable = parquet.Table.fromIPCStream(ipc);
	const properties = new parquet.WriterPropertiesBuilder().setCompression(parquet.Compression.SNAPPY).build();
	return parquet.writeParquet(wasmTable, properties);
}

/** Parquet bytes → Arrow table (used by the tests to read a written file back). */
export async function fromParquet(bytes: Uint8Array, options: ParquetOptions = {}): Promise<Table> {
	const parquet = await loadParquetWasm(options.wasm);
	const { tableFromIPC } = await import('apache-arrow');
	const wasmTable = parquet.readParquet(bytes);
	return tableFromIPC(wasmTable.intoIPCStream());
}

/**
 * The Arrow table to write. A table made by another copy of apache-arrow (in Node, the CommonJS
 * copy DuckDB uses) would serialise as an empty stream: refuse it rather than write an empty file.
 */
function arrowTable(source: Table | RowsSource): Table {
	if (source instanceof Table) return source;
	if ('batches' in source)
		throw new TypeError(
			'toParquet: this Arrow table comes from another copy of apache-arrow; pass its IPC stream bytes'
		);
	return rowsToArrow(source);
}

type Kind = 'number' | 'bigint' | 'boolean' | 'date' | 'text';

/** One type per column: the common type of its non-null values; mixed or all-null → text. */
function kindOf(values: Iterable<unknown>): Kind {
	let kind: Kind | null = null;
	for (const value of values) {
		if (value === null || value === undefined) continue;
		const own: Kind =
			typeof value === 'number'
				? 'number'
				: typeof value === 'bigint'
					? 'bigint'
					: typeof value === 'boolean'
						? 'boolean'
						: value instanceof Date
							? 'date'
							: 'text';
		if (kind === null) kind = own;
		else if (kind !== own) return 'text';
	}
	return kind ?? 'text';
}

function validity(values: readonly unknown[]): { bitmap: Uint8Array; nulls: number } {
	const bitmap = new Uint8Array(Math.ceil(values.length / 8));
	let nulls = 0;
	values.forEach((value, i) => {
		if (value === null || value === undefined) nulls++;
		else bitmap[i >> 3] |= 1 << (i & 7);
	});
	return { bitmap, nulls };
}

/**
 * One Arrow column from plain values, built on typed arrays directly: Arrow's `tableFromArrays`
 * and builders compile a null check with `new Function`, which our CSP forbids.
 */
function column(values: readonly unknown[]): Data {
	const length = values.length;
	const { bitmap: nullBitmap, nulls: nullCount } = validity(values);
	const kind = kindOf(values);
	const present = (value: unknown) => value !== null && value !== undefined;
	if (kind === 'number') {
		const data = Float64Array.from(values, (value) => (present(value) ? (value as number) : 0));
		return makeData({ type: new Float64(), length, nullCount, nullBitmap, data });
	}
	if (kind === 'bigint') {
		const data = BigInt64Array.from(values, (value) => (present(value) ? (value as bigint) : 0n));
		return makeData({ type: new Int64(), length, nullCount, nullBitmap, data });
	}
	if (kind === 'date') {
		const data = BigInt64Array.from(values, (value) =>
			present(value) ? BigInt((value as Date).getTime()) : 0n
		);
		return makeData({ type: new TimestampMillisecond(), length, nullCount, nullBitmap, data });
	}
	if (kind === 'boolean') {
		const data = new Uint8Array(Math.ceil(length / 8));
		values.forEach((value, i) => {
			if (value === true) data[i >> 3] |= 1 << (i & 7);
		});
		return makeData({ type: new Bool(), length, nullCount, nullBitmap, data });
	}
	const encoder = new TextEncoder();
	const parts = values.map((value) => (present(value) ? encoder.encode(String(value)) : new Uint8Array()));
	const valueOffsets = new Int32Array(length + 1);
	parts.forEach((part, i) => (valueOffsets[i + 1] = valueOffsets[i] + part.length));
	const data = new Uint8Array(valueOffsets[length]);
	parts.forEach((part, i) => data.set(part, valueOffsets[i]));
	return makeData({ type: new Utf8(), length, nullCount, nullBitmap, valueOffsets, data });
}

/** Plain rows → an Arrow table (numbers → Float64, BigInt → Int64, Date → timestamp, else text). */
export function rowsToArrow({ columns, rows }: RowsSource): Table {
	const children = columns.map((_, c) => column(rows.map((row) => row[c])));
	const fields = columns.map((name, c) => new Field(name, children[c].type as DataType, true));
	const schema = new Schema(fields);
	const data = makeData({ type: new Struct(fields), length: rows.length, nullCount: 0, children });
	return new Table([new RecordBatch(schema, data)]);
}
