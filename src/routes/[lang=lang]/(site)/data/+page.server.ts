import { queryTableStats } from '$lib/data/queries';
import { tables } from '$lib/data/tables';
import { languages, type Lang } from '$lib/i18n/locales';
import { toolTextsFor } from '$lib/i18n/tools';
import { getPrerenderEngine } from '$lib/server/engine';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => languages.map((lang) => ({ lang }));

// Build time only: the built-in tables with their row counts, columns and the years covered.
export const load: PageServerLoad = async ({ params }) => {
	const stats = await queryTableStats(await getPrerenderEngine());
	return {
		// The Data page's texts in this page's language only (the layout's load gives the site's).
		tools: toolTextsFor(params.lang as Lang),
		stats,
		tables: tables.map((table) => ({
			name: table.name,
			file: table.file,
			rows: stats[table.name as 'editions'] ?? 0,
			columns: Object.entries(table.columns).map(([name, type]) => ({ name, type }))
		}))
	};
};
