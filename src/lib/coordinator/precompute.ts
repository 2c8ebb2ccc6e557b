import type { ViewSourceRow } from '$lib/catalog/rows';
import { singleFilterStates } from '$lib/catalog/single-states';
import { chartSpecs, specById } from '$lib/catalog/specs';
import { answerKey, createAnswerWriter, sourcesKey, type PrecomputedAnswers } from './answers';
import { queryChart, queryChartSources, relevantFilters } from './queries';
import type { SqlEngine } from '$lib/data/engine';

/** The editions and their award years, as the filter bar lists them (the participation rows). */
async function editionYears(engine: SqlEngine) {
	const rows = await queryChart(engine, specById('participation')!);
	return rows
		.filter((row) => row.edition !== null)
		.map((row) => ({ edition: Number(row.edition), year: Number(row.year) }));
}

/**
 * Every chart's rows and sources for every single-filter state, each question asked of the engine
 * once. A chart whose rows slice by year keeps its every-year rows: the coordinator cuts the range,
 * as it does with the engine's.
 */
export async function computeAnswers(engine: SqlEngine): Promise<PrecomputedAnswers> {
	const writer = createAnswerWriter();
	const rows: PrecomputedAnswers['rows'] = {};
	const sources: PrecomputedAnswers['sources'] = {};
	const sourceList: ViewSourceRow[] = [];
	const sourceIndex = new Map<string, number>();
	for (const filters of singleFilterStates(await editionYears(engine)))
		for (const spec of chartSpecs) {
			const key = answerKey(spec, filters);
			rows[key] ??= writer.write(
				await queryChart(engine, spec, relevantFilters(spec, filters, !spec.sliceYears))
			);
			const cited = sourcesKey(spec, filters);
			if (sources[cited]) continue;
			sources[cited] = (await queryChartSources(engine, spec, filters)).map((source) => {
				let index = sourceIndex.get(source.source_id);
				if (index === undefined) sourceIndex.set(source.source_id, (index = sourceList.push(source) - 1));
				return index;
			});
		}
	return { values: writer.values, columns: writer.columns, rows, sources, sourceList };
}
