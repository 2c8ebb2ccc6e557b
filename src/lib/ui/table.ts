import type { Formatters, Messages } from '$lib/i18n';

/** A data-table column: header text and the cell text of a row (already formatted, never HTML). */
export interface Column<Row> {
	key: string;
	label: string;
	cell: (row: Row) => string;
	numeric?: boolean;
}

/** A row of a view on the award's one time axis: every award year, its edition if it had one. */
interface YearAxisRow {
	year: number;
	edition: number | null;
	prizes: number | null;
}

/**
 * The columns every year-axis table shares: the year, its edition ("no edition" for a year without
 * one) and the prizes, "not reported" where the edition records none (never 0).
 */
export function yearAxisColumns<Row extends YearAxisRow>(
	messages: Messages,
	format: Formatters
): { year: Column<Row>; edition: Column<Row>; prizes: Column<Row> } {
	const c = messages.dashboard.columns;
	return {
		year: { key: 'year', label: c.year, cell: (row) => format.year(row.year) },
		edition: {
			key: 'edition',
			label: c.edition,
			cell: (row) => (row.edition === null ? messages.chart.noEdition : format.number(row.edition))
		},
		prizes: {
			key: 'prizes',
			label: c.prizes,
			numeric: true,
			cell: (row) =>
				row.prizes === null
					? row.edition === null
						? ''
						: messages.chart.notReported
					: format.number(row.prizes)
		}
	};
}
