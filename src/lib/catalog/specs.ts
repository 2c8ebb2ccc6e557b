import type { Messages } from '$lib/i18n';
import categoriesCites from '$lib/data/sql/charts/categories.cites.sql?raw';
import categoriesSql from '$lib/data/sql/charts/categories.sql?raw';
import editionDetailCites from '$lib/data/sql/charts/edition-detail.cites.sql?raw';
import editionDetailSql from '$lib/data/sql/charts/edition-detail.sql?raw';
import typesCites from '$lib/data/sql/charts/institution-types.cites.sql?raw';
import typesSql from '$lib/data/sql/charts/institution-types.sql?raw';
import participationCites from '$lib/data/sql/charts/participation.cites.sql?raw';
import participationSql from '$lib/data/sql/charts/participation.sql?raw';
import levelsCites from '$lib/data/sql/charts/prize-levels.cites.sql?raw';
import levelsSql from '$lib/data/sql/charts/prize-levels.sql?raw';
import repeatCites from '$lib/data/sql/charts/repeat-winners.cites.sql?raw';
import repeatSql from '$lib/data/sql/charts/repeat-winners.sql?raw';
import type { Filters } from '$lib/data/filters';
import { dimensions, type Dimension } from './dimensions';
import { buildSourcesStatement, buildStatement } from './relations';

/**
 * One chart, declared once. The dashboard, the embeds, prerender `entries()`, the end-to-end route
 * list and the bench all iterate `chartSpecs`; the views are found by `id` (`ui/views`).
 */
export interface ChartSpec {
	id: string;
	/** The chart's name outside the dashboard (embed page, iframe title, oEmbed). */
	title: (messages: Messages) => string;
	/** The dimension a click on one of its marks sets; the view itself ignores its filter. */
	marks: Dimension | 'edition' | null;
	/** The dimensions whose filters it follows (generated into its statements). */
	filteredBy: readonly Dimension[];
	/** It shows the edition of the `edition` filter (the latest when none). */
	followsEdition: boolean;
	/**
	 * Its rows are one per year (or per edition and group) and never summed across years, so a
	 * year range is a slice of the every-year rows: a change of years costs no query.
	 */
	sliceYears: boolean;
	/** The statement of its rows, as run and as shown under "how this was computed". */
	statement: string;
	/** The statement of the sources behind its rows. */
	sourcesStatement: string;
	/** The filters its statement reads: a change of any other filter asks the same question. */
	reads: readonly (keyof Filters)[];
}

interface Definition {
	id: string;
	title: (messages: Messages) => string;
	marks: ChartSpec['marks'];
	/** Default: every dimension but the one its marks set. */
	filteredBy?: readonly Dimension[];
	followsEdition?: boolean;
	sliceYears?: boolean;
	sql: string;
	cites: string;
}

function spec(definition: Definition): ChartSpec {
	const filteredBy =
		definition.filteredBy ?? dimensions.filter((dimension) => dimension !== definition.marks);
	const statement = buildStatement(definition.sql, filteredBy);
	const followsEdition = definition.followsEdition ?? false;
	return {
		id: definition.id,
		title: definition.title,
		marks: definition.marks,
		filteredBy,
		followsEdition,
		sliceYears: definition.sliceYears ?? false,
		statement,
		sourcesStatement: buildSourcesStatement(definition.cites, filteredBy),
		reads: [
			...(statement.includes('$from') ? (['from', 'to'] as const) : []),
			...filteredBy,
			...(followsEdition ? (['edition'] as const) : [])
		]
	};
}

export const chartSpecs: readonly ChartSpec[] = [
	spec({
		id: 'participation',
		title: (m) => m.participation.title,
		marks: 'edition',
		// The award's own record: how many took part and won, whatever the other views show.
		filteredBy: [],
		sliceYears: true,
		sql: participationSql,
		cites: participationCites
	}),
	spec({
		id: 'categories',
		title: (m) => m.dashboard.categories.title,
		marks: 'category',
		sliceYears: true,
		sql: categoriesSql,
		cites: categoriesCites
	}),
	spec({
		id: 'institution-types',
		title: (m) => m.dashboard.types.title,
		marks: 'type',
		sliceYears: true,
		sql: typesSql,
		cites: typesCites
	}),
	spec({
		id: 'prize-levels',
		title: (m) => m.dashboard.levels.title,
		marks: 'level',
		sliceYears: true,
		sql: levelsSql,
		cites: levelsCites
	}),
	spec({
		id: 'repeat-winners',
		title: (m) => m.dashboard.repeat.title,
		marks: null,
		sql: repeatSql,
		cites: repeatCites
	}),
	spec({
		id: 'edition-detail',
		title: (m) => m.dashboard.detail.heading,
		marks: null,
		filteredBy: [],
		followsEdition: true,
		sql: editionDetailSql,
		cites: editionDetailCites
	})
];

export function specById(id: string): ChartSpec | undefined {
	return chartSpecs.find((chart) => chart.id === id);
}
