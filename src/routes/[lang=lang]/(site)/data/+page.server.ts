import { queryTableStats } from '$lib/data/queries';
import { tables } from '$lib/data/tables';
import { languages } from '$lib/i18n/locales';
import { getPrerenderEngine } from '$lib/server/engine';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => languages.map((lang) => ({ lang }));

// Build time only: the built-in tables with their row counts, columns and the years covered.
export const load: PageServerLoad = async () => {
	const stats = await queryTableStats(await getPrerenderEngine());
	return {
		stats,
		tables: tables.map((table) => ({
			name: table.name,
			file: table.file,
			rows: stats[table.name as 'editions'] ?? 0,
			columns: Object.entries(table.columns).map(([name, type]) => ({ name, type }))
		}))
	};
};
