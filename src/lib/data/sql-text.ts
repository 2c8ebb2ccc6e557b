/**
 * The one place names and texts enter SQL text (audited). Values are bound as parameters wherever
 * DuckDB allows it; identifiers and `read_csv` options cannot be, so they go through here.
 */

/**
 * An identifier, always double-quoted with inner quotes doubled: whatever the name (a header such as
 * `x" ; DROP TABLE y; --`, `__proto__`, right-to-left text), it can never close the identifier.
 * NUL is refused (DuckDB cuts the text there) and so is the empty name (DuckDB refuses `""`).
 */
export function quoteIdent(name: string): string {
	if (name.length === 0) throw new Error('Refused empty identifier');
	if (name.includes('\u0000')) throw new Error(`Refused identifier with NUL ${JSON.stringify(name)}`);
	return `"${name.replaceAll('"', '""')}"`;
}

/** A string literal, single-quoted with inner quotes doubled; NUL is refused as in `quoteIdent`. */
export function quoteLiteral(value: string): string {
	if (value.includes('\u0000')) throw new Error('Refused literal with NUL');
	return `'${value.replaceAll("'", "''")}'`;
}

/**
 * `read_csv` of a registered file in the one dialect every CSV we load is written in (the static
 * datasets and the canonical CSV of uploads): comma, `"` quoting, `\n`, ISO dates, a header row, and
 * every column typed explicitly. No sniffing, strict mode: a malformed file fails loudly instead of
 * loading with shifted columns.
 */
export function readCsvSql(
	file: string,
	columns: readonly (readonly [name: string, type: string])[]
): string {
	const typed = columns.map(([name, type]) => `${quoteLiteral(name)}: ${quoteLiteral(type)}`).join(', ');
	return (
		`SELECT * FROM read_csv(${quoteLiteral(file)}, header = true, auto_detect = false, delim = ',', ` +
		`quote = '"', escape = '"', new_line = '\\n', dateformat = '%Y-%m-%d', strict_mode = true, ` +
		`columns = {${typed}})`
	);
}
