export {
	Coordinator,
	type ChartClient,
	type ChartListener,
	type EngineLoader,
	type EngineState,
	type EngineStatus
} from './coordinator';
export { queryChart, queryChartSources, relevantFilters, selectRows } from './queries';
