/**
 * The fixed set of reasons a file is refused. Every rejection carries one code and the place
 * (file, 1-based line, 1-based column, column name) so the interface can say where and what to do.
 */
export const importErrorCodes = [
	'empty-file',
	'no-data-rows',
	'encoding',
	'unbalanced-quote',
	'ragged-rows',
	'mixed-line-endings',
	'field-too-large',
	'too-many-columns',
	'file-too-large',
	'not-text',
	'out-of-memory',
	'interrupted',
	// Added editions only: a value outside the built-in table's types, vocabularies or keys.
	'invalid-value',
	'too-many-rows'
] as const;

export type ImportErrorCode = (typeof importErrorCodes)[number];

export interface ImportPlace {
	file: string;
	line?: number;
	column?: number;
	columnName?: string;
	/** Extra facts for the message: expected/actual counts, limits, sizes. */
	detail?: Record<string, string | number>;
}

export class ImportError extends Error {
	constructor(
		readonly code: ImportErrorCode,
		readonly place: ImportPlace
	) {
		super(
			`${code} in ${place.file}` +
				(place.line !== undefined ? ` line ${place.line}` : '') +
				(place.column !== undefined ? ` column ${place.column}` : '')
		);
		this.name = 'ImportError';
	}
}

export function isImportError(error: unknown): error is ImportError {
	return error instanceof ImportError;
}
