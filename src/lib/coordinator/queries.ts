import { filterParams } from '$lib/catalog/dimensions';
import type { ViewSourceRow } from '$lib/catalog/rows';
import type { ChartSpec } from '$lib/catalog/specs';
import { bindNamed, type SqlEngine, type SqlParams } from '$lib/data/engine';
import type { Filters } from '$lib/data/filters';
import { toRows, type PlainRow } from '$lib/data/rows';

/** The filters among `filters` that a chart's statement reads (`years`: with the year range or not). */
export function relevantFilters(spec: ChartSpec, filters: Filters, years = true): Filters {
	const relevant: Filters = {};
	for (const key of spec.reads) {
		if (!years && (key === 'from' || key === 'to')) continue;
		if (filters[key] !== undefined) Object.assign(relevant, { [key]: filters[key] });
	}
	return relevant;
}

/** Runs one statement with the filters bound by name. */
export async function selectRows<Row extends PlainRow>(
	engine: SqlEngine,
	sql: string,
	params: SqlParams
): Promise<Row[]> {
	const { text, values } = bindNamed(sql, params);
	return toRows<Row>(await engine.run(text, values));
}

/** A chart's rows for a set of filters, straight from the engine (no cache, no slice). */
export function queryChart<Row extends PlainRow = PlainRow>(
	engine: SqlEngine,
	spec: ChartSpec,
	filters: Filters = {}
): Promise<Row[]> {
	return selectRows<Row>(engine, spec.statement, filterParams(relevantFilters(spec, filters)));
}

/** The sources behind a chart's rows for a set of filters. */
export function queryChartSources(
	engine: SqlEngine,
	spec: ChartSpec,
	filters: Filters = {}
): Promise<ViewSourceRow[]> {
	return selectRows<ViewSourceRow>(
		engine,
		spec.sourcesStatement,
		filterParams(relevantFilters(spec, filters))
	);
}
