/** The site's languages and the charts of the catalog (src/lib/catalog), as the e2e files visit them. */
export const langs = ['ar', 'fr', 'en'] as const;

/** Every chart of the catalog has a section on the dashboard and an embed (checked in tests/unit/embed-snippet.test.ts). */
export const chartIds = [
	'participation',
	'categories',
	'institution-types',
	'prize-levels',
	'repeat-winners',
	'edition-detail'
] as const;
