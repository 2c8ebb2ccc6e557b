import { readSchema } from '$lib/console/statements';
import { languages } from '$lib/i18n/locales';
import { getPrerenderEngine } from '$lib/server/engine';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => languages.map((lang) => ({ lang }));

// Build time: the schema browser is useful before the console's engine starts (or without JS).
export const load: PageServerLoad = async () => {
	const engine = await getPrerenderEngine();
	const schema = await readSchema(
		async (sql) => (await engine.run(sql, [])) as unknown as Iterable<Record<string, unknown> | null>
	);
	return { schema };
};
