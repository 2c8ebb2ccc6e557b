/** File names of downloads: `emtiaz-participation-fr-2014-2021.png`, `…-2x.png`, `…-card.png`. */
export type ExportVariant = 'svg' | 'png' | 'png-2x' | 'card' | 'csv';

/** The span of award years in rows that carry a numeric `year`, or null. */
export function yearSpan(rows: readonly Record<string, unknown>[]): [number, number] | null {
	const years = rows.map((row) => row.year).filter((year): year is number => typeof year === 'number');
	if (years.length === 0) return null;
	return [Math.min(...years), Math.max(...years)];
}

const SAFE = /[^a-z0-9-]+/g;

export function exportFileName(input: {
	chart: string;
	lang: string;
	years: [number, number] | null;
	variant: ExportVariant;
}): string {
	const years = input.years
		? input.years[0] === input.years[1]
			? `${input.years[0]}`
			: `${input.years[0]}-${input.years[1]}`
		: '';
	const suffix = input.variant === 'png-2x' ? '2x' : input.variant === 'card' ? 'card' : '';
	const extension = input.variant === 'svg' ? 'svg' : input.variant === 'csv' ? 'csv' : 'png';
	const stem = ['emtiaz', input.chart, input.lang, years, suffix]
		.map((part) =>
			part
				.toLowerCase()
				.replace(SAFE, '-')
				.replace(/^-+|-+$/g, '')
		)
		.filter(Boolean)
		.join('-');
	return `${stem}.${extension}`;
}
