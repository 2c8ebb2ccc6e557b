/**
 * What a view is filtered to. Every field lives in the query string (`?from=2014&to=2021&type=ministry`),
 * so every view is a link; values are validated here, once, before they reach a query.
 */
export interface Filters {
	/** First award year, inclusive. */
	from?: number;
	/** Last award year, inclusive. */
	to?: number;
	/** One edition selected (1…). */
	edition?: number;
	/** Canonical category id (`e-content` …). */
	category?: string;
	/** Institution type (`ministry` …). */
	type?: string;
	/** Prize level (`excellence` …). */
	level?: string;
}

const numberKeys = ['from', 'to', 'edition'] as const;
const idKeys = ['category', 'type', 'level'] as const;
/** A canonical id, or an uploaded history's (`c-12`, `t-3`, `other`): digits allowed, nothing else. */
const ID = /^[a-z][a-z0-9-]{0,39}$/;

/** Reads filters from a query string, dropping anything malformed instead of passing it on. */
export function parseFilters(params: URLSearchParams): Filters {
	const filters: Filters = {};
	for (const key of numberKeys) {
		const raw = params.get(key);
		if (raw !== null && /^\d{1,4}$/.test(raw)) filters[key] = Number(raw);
	}
	for (const key of idKeys) {
		const raw = params.get(key);
		if (raw !== null && ID.test(raw)) filters[key] = raw;
	}
	return filters;
}

/** The query string of a set of filters, in a stable order (`''` when there are none). */
export function filtersToSearch(filters: Filters): string {
	const params = new URLSearchParams();
	for (const key of [...numberKeys, ...idKeys]) {
		const value = filters[key];
		if (value !== undefined && value !== '') params.set(key, String(value));
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}
