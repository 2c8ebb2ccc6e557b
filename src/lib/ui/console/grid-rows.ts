import { mount, unmount } from 'svelte';
import type { CellValue } from '$lib/data/rows';
import { splitInvisible } from '../invisible';
import VisibleText from '../VisibleText.svelte';

export interface GridRowsOptions {
	/** Index of the page's first row in the result (row numbers count from 1). */
	from: number;
	/** Per column: whether it aligns as a number. */
	numeric: readonly boolean[];
	nullLabel: string;
	formatNumber: (value: number) => string;
}

/**
 * Fills the result grid's body with one page of rows, built as plain elements: up to 100 rows of
 * every column, which built cell by cell as Svelte blocks (an effect, a class and an if per cell)
 * cost a run more main-thread time than reading its rows (profiled). Values go in as text only,
 * never HTML; a text with invisible characters is shown by VisibleText, mounted in its cell.
 * Returns the cleanup that unmounts those.
 */
export function fillGridRows(tbody: HTMLElement, rows: CellValue[][], options: GridRowsOptions): () => void {
	const marked: ReturnType<typeof mount>[] = [];
	// One empty row with every cell's class, cloned for each row: cheaper than building cell by cell.
	const template = document.createElement('tr');
	template.insertCell().className = 'rownum';
	for (const numeric of options.numeric) {
		const td = template.insertCell();
		if (numeric) td.className = 'numeric';
	}
	const page = document.createDocumentFragment();
	rows.forEach((row, r) => {
		const tr = template.cloneNode(true) as HTMLTableRowElement;
		let td = tr.firstElementChild as HTMLTableCellElement;
		td.textContent = options.formatNumber(options.from + r + 1);
		for (const value of row) {
			td = td.nextElementSibling as HTMLTableCellElement;
			if (value === null) {
				td.classList.add('null');
				td.textContent = options.nullLabel;
			} else if (typeof value === 'string' && splitInvisible(value).some((part) => part.kind === 'mark'))
				marked.push(mount(VisibleText, { target: td, props: { text: value } }));
			// An exact number (`ExactNumber`) as its digits, never rounded through Number.
			else td.textContent = String(value);
		}
		page.append(tr);
	});
	tbody.replaceChildren(page);
	return () => {
		for (const each of marked) void unmount(each);
	};
}
