export {
	Coordinator,
	type ChartClient,
	type ChartListener,
	type EngineLoader,
	type EngineState,
	type EngineStatus,
	type RowsOrigin
} from './coordinator';
export { answerKey, createAnswerBook, sourcesKey, type PrecomputedAnswers } from './answers';
export { queryChart, queryChartSources, relevantFilters, selectRows } from './queries';
