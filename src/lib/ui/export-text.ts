import type { PlainCell, PlainRow } from '$lib/data/rows';
import type { Filters } from '$lib/data/filters';
import { fill, type Messages } from '$lib/i18n';
import type { Dimension } from '$lib/catalog/dimensions';

/**
 * What a download says about itself: the image's title names the years and the filters its rows
 * answer (a picture travels without its URL), and the CSV of the data shown carries the labels of
 * the page's language, with the codes beside them in their own columns.
 */

/** The label of a code in one of the vocabularies, or undefined when the column has none. */
function vocabulary(messages: Messages, column: string): Record<string, string> | undefined {
	const lists: Record<string, Record<string, string>> = {
		category: messages.category,
		type: messages.institutionType,
		level: messages.prizeLevel,
		coverage: messages.coverage
	};
	return Object.hasOwn(lists, column) ? lists[column] : undefined;
}

/**
 * The award years the rows show: their `year`, or the years listed per row (`years`, as the
 * repeat winners carry them), within the filters' range.
 */
function yearsShown(rows: readonly PlainRow[], filters: Filters): [number, number] | null {
	const years = rows.flatMap((row) => {
		const value = row.year ?? row.years;
		return (Array.isArray(value) ? value : [value]).filter(
			(year): year is number => typeof year === 'number'
		);
	});
	const inRange = years.filter(
		(year) =>
			(filters.from === undefined || year >= filters.from) && (filters.to === undefined || year <= filters.to)
	);
	if (inRange.length === 0) return null;
	return [Math.min(...inRange), Math.max(...inRange)];
}

/** `Title, 2014–2021 (Category: E-content · Prize level: Excellence)`, as the image's title. */
export function exportTitle(input: {
	title: string;
	rows: readonly PlainRow[];
	filters: Filters;
	/** The dimensions the chart's rows follow: other filters do not change it and are not named. */
	filteredBy: readonly Dimension[];
	messages: Messages;
	formatYear: (year: number) => string;
}): string {
	const { messages: m, filters } = input;
	const years = yearsShown(input.rows, filters);
	const span = years
		? years[0] === years[1]
			? input.formatYear(years[0])
			: `${input.formatYear(years[0])}–${input.formatYear(years[1])}`
		: '';
	const named = input.filteredBy
		.filter((dimension) => filters[dimension])
		.map((dimension) => {
			const code = filters[dimension]!;
			const label = vocabulary(m, dimension)?.[code] ?? code;
			return fill(m.embed.imageFilter, { filter: m.dashboard.filters[dimension], value: label });
		});
	const head = span ? fill(m.embed.imageYears, { title: input.title, years: span }) : input.title;
	return named.length > 0 ? `${head} (${named.join(' · ')})` : head;
}

/**
 * The rows of the "data shown" CSV: every coded column (category, type, level, coverage) holds the
 * label in the page's language, and its code moves to `<column>_code` right after it.
 */
export function labelledRecords(
	rows: readonly PlainRow[],
	messages: Messages
): { columns: string[]; rows: Record<string, PlainCell>[] } {
	const source = Object.keys(rows[0] ?? {});
	const coded = new Set(source.filter((column) => vocabulary(messages, column)));
	const columns = source.flatMap((column) => (coded.has(column) ? [column, `${column}_code`] : [column]));
	const out = rows.map((row) => {
		const record: Record<string, PlainCell> = Object.create(null);
		for (const column of source) {
			const value = row[column];
			if (!coded.has(column)) {
				record[column] = value;
				continue;
			}
			const labels = vocabulary(messages, column)!;
			record[column] = typeof value === 'string' ? (labels[value] ?? value) : value;
			record[`${column}_code`] = value;
		}
		return record;
	});
	return { columns, rows: out };
}
