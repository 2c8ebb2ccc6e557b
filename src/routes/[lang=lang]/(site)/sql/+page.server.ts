import { readSchema } from '$lib/console/statements';
import { languages, type Lang } from '$lib/i18n/locales';
import { toolTextsFor } from '$lib/i18n/tools';
import { getPrerenderEngine } from '$lib/server/engine';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => languages.map((lang) => ({ lang }));

// Build time: the schema browser is useful before the console's engine starts (or without JS).
export const load: PageServerLoad = async ({ params }) => {
	const engine = await getPrerenderEngine();
	const schema = await readSchema(
		async (sql) => (await engine.run(sql, [])) as unknown as Iterable<Record<string, unknown> | null>
	);
	// The console's texts in this page's language only (the layout's load gives the site's).
	return { schema, tools: toolTextsFor(params.lang as Lang) };
};
