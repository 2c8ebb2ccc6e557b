/** English catalog: the reference shape every other language must match (see `Messages`). */
export const en = {
	site: {
		name: 'Imtiaz Observatory',
		tagline: "Twenty years of Morocco's national e-government award, e-mtiaz, edition by edition.",
		skip: 'Skip to content',
		languages: 'Language',
		nav: { dashboard: 'Dashboard', sql: 'SQL console', data: 'Data' },
		footer: 'Data: press reports and official announcements, each row with its source.',
		chooseLanguage: 'Choose your language'
	},
	engine: {
		loading: 'Loading the query engine…',
		loadingBytes: 'Loading the query engine: {loaded} of {total} MB',
		loadingReceived: 'Loading the query engine: {loaded} MB received',
		ready: 'Interactive features are ready.',
		failed:
			'Interactive features are unavailable: {reason}. The charts and tables below still show the data.',
		restarting: 'The query engine stopped ({reason}); starting it again with your data…',
		restarted: 'The query engine stopped ({reason}) and was started again; your data was loaded again.'
	},
	chart: {
		source: 'Source',
		sourceLine: 'e-mtiaz records compiled from {count} press and official sources',
		dataTable: 'Data table',
		notReported: 'not reported',
		noEdition: 'no edition',
		scrollHint: 'Scroll sideways to see every year',
		loading: 'Loading…',
		empty: 'No data for this selection.',
		error: 'This chart could not be updated: {reason}',
		retry: 'Retry'
	},
	participation: {
		title: 'Participation per edition',
		subtitle:
			'Candidate services and administrations where reported; prizes and winning institutions recorded for each edition.',
		description:
			'Grouped bars per award year from {first} to {last}: {editions} editions. Hatched marks are values no source reports; years without an edition are marked.',
		series: {
			candidates: 'Candidate services',
			administrations: 'Participating administrations',
			prizes: 'Prizes recorded',
			winning_institutions: 'Winning institutions'
		},
		year: 'Year',
		edition: 'Edition',
		coverage: 'Coverage of the record'
	},
	coverage: {
		complete: 'complete',
		partial: 'partial',
		minimal: 'minimal',
		missing: 'missing'
	},
	category: {
		'e-procedure': 'e-procedures',
		'e-content': 'e-content',
		'mobile-app': 'mobile apps',
		'e-participation': 'e-participation',
		'call-center': 'call centres',
		'web-services': 'web services',
		'citizen-services': 'services for citizens',
		'business-services': 'services for businesses',
		'administration-services': 'services for the administration',
		'back-office': 'back office',
		unspecified: 'category not stated'
	},
	prizeLevel: {
		'grand-prix': 'Grand Prix',
		excellence: 'Excellence prize',
		'main-prize': 'e-mtiaz prize',
		'special-jury': 'Jury prize',
		encouragement: 'Encouragement prize',
		other: 'Other distinction',
		unspecified: 'level not stated'
	},
	institutionType: {
		ministry: 'Ministry or state service',
		'public-establishment': 'Public establishment',
		'territorial-collectivity': 'Territorial collectivity',
		'public-company': 'Public company or régie',
		other: 'Other'
	}
};

/** The shape of the core message catalog (site, engine, charts, vocabularies). */
export type CoreMessages = typeof en;
