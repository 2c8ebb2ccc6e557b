/** A data-table column: header text and the cell text of a row (already formatted, never HTML). */
export interface Column<Row> {
	key: string;
	label: string;
	cell: (row: Row) => string;
	numeric?: boolean;
}
