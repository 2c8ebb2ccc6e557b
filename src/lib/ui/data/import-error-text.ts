import { fill } from '$lib/i18n';
import type { DataMessages } from '$lib/i18n/messages/data';
import type { EditionRule } from '$lib/import/edition';
import type { ImportError } from '$lib/import/errors';

/** An import error in the reader's words: where (file, line, column) and what to do. */
export function importErrorText(failure: ImportError, t: DataMessages): string {
	const detail = { ...(failure.place.detail ?? {}) };
	if (typeof detail.rule === 'string') detail.rule = t.rules[detail.rule as EditionRule] ?? detail.rule;
	const { file, line, column, columnName } = failure.place;
	const where = [fill(t.place.file, { file })];
	if (line !== undefined) where.push(fill(t.place.line, { line }));
	if (column !== undefined)
		where.push(fill(t.place.column, { column: columnName ? `${column} (${columnName})` : column }));
	return `${where.join(', ')}: ${fill(t.errors[failure.code], detail)}`;
}
