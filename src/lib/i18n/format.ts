import { locales, type Lang } from './locales';

/** Formatters for one language, built once and handed to charts as plain functions. */
export interface Formatters {
	/** Integers and counts, in the language's pinned digit system. */
	number: (value: number) => string;
	/** A share between 0 and 1, as a percentage. */
	percent: (value: number) => string;
	/** An award year: digits only, no grouping (2019, not 2,019). */
	year: (value: number) => string;
	/** An ISO date (YYYY-MM-DD) as a long date. */
	date: (iso: string) => string;
	/** Names joined as the language joins them ("type and level", "النوع والمستوى"). */
	list: (items: string[]) => string;
}

/** One set per language for the whole page: building `Intl` formatters costs milliseconds each. */
const built = new Map<Lang, Formatters>();

export function createFormatters(lang: Lang): Formatters {
	let formatters = built.get(lang);
	if (!formatters) built.set(lang, (formatters = buildFormatters(lang)));
	return formatters;
}

/** Distinct numbers kept formatted per language (a dataset's thousands of values are not all kept). */
const NUMBERS_KEPT = 4096;

/** Built at its first use: an `Intl` formatter costs milliseconds to build, and a page may never use one. */
function lazy<T>(make: () => T): () => T {
	let value: T | undefined;
	return () => (value ??= make());
}

function buildFormatters(lang: Lang): Formatters {
	const tag = locales[lang].intl;
	const number = lazy(() => new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }));
	const percent = lazy(() => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }));
	const year = lazy(() => new Intl.NumberFormat(tag, { useGrouping: false }));
	const years = new Map<number, string>();
	const numbers = new Map<number, string>();
	const date = lazy(() => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }));
	const list = lazy(() => new Intl.ListFormat(tag, { type: 'conjunction' }));
	return {
		// The counts of marks, labels and tables repeat at every redraw: each is formatted once
		// (an `Intl` call costs microseconds; ~1.4 ms of a filter change), up to a bound for data
		// with many distinct values.
		number: (value) => {
			// A map holds -0 as 0: its text ("-0") is never kept.
			if (Object.is(value, -0)) return number().format(value);
			const known = numbers.get(value);
			if (known !== undefined) return known;
			const text = number().format(value);
			if (numbers.size < NUMBERS_KEPT) numbers.set(value, text);
			return text;
		},
		percent: (value) => percent().format(value),
		// Few distinct years, formatted in every axis, label and table cell: each is formatted once.
		year: (value) => years.get(value) ?? years.set(value, year().format(value)).get(value)!,
		date: (iso) => date().format(new Date(`${iso}T00:00:00Z`)),
		list: (items) => list().format(items)
	};
}
