import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer table of the design (scripts/eslint-layers.js), enforced by ESLint: each folder's probe
// imports what it may and what it may not, in the `$lib/…` form and the relative form alike.
// The probes are not on disk: the project service (type information, which the rule does not use)
// would refuse a .svelte probe, so .svelte files are parsed without it here.
const withoutProjectService = {
	files: ['**/*.svelte'],
	languageOptions: { parserOptions: { projectService: false } }
};
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: withoutProjectService });

/** A probe's code, in a `<script>` for a .svelte file. */
function source(filePath: string, code: string): string {
	return filePath.endsWith('.svelte') ? `<script lang="ts">\n${code}</script>\n` : code;
}

type Verdict = 'allowed' | 'refused' | 'unknown';

/** Probes: `value` (import … from), `type` (import type), `dynamic` (import()), `export` (export * from). */
const probe = {
	value: (specifier: string) => `import probe from '${specifier}';\nexport const value = probe;\n`,
	side: (specifier: string) => `import '${specifier}';\n`,
	type: (specifier: string) => `import type { Probe } from '${specifier}';\nexport type Value = Probe;\n`,
	inlineType: (specifier: string) =>
		`import { type Probe } from '${specifier}';\nexport type Value = Probe;\n`,
	typeofImport: (specifier: string) => `export type Value = typeof import('${specifier}');\n`,
	dynamic: (specifier: string) => `export const load = () => import('${specifier}');\n`,
	exportAll: (specifier: string) => `export * from '${specifier}';\n`,
	exportNamed: (specifier: string) => `export { probe } from '${specifier}';\n`,
	exportType: (specifier: string) => `export type { Probe } from '${specifier}';\n`
};
type Form = keyof typeof probe;

/** [file, form, specifier, verdict] */
type Case = [string, Form, string, Verdict];

const cases: Case[] = [
	// src/lib/data: itself, @duckdb/*, apache-arrow.
	['src/lib/data/probe.ts', 'value', './engine', 'allowed'],
	['src/lib/data/probe.ts', 'value', '$lib/data/rows', 'allowed'],
	['src/lib/data/probe.ts', 'value', './sql/key-facts.sql?raw', 'allowed'],
	['src/lib/data/probe.ts', 'value', '@duckdb/duckdb-wasm', 'allowed'],
	['src/lib/data/probe.ts', 'value', '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url', 'allowed'],
	['src/lib/data/probe.ts', 'value', 'apache-arrow', 'allowed'],
	['src/lib/data/probe.ts', 'value', '$lib/import/load', 'refused'],
	['src/lib/data/probe.ts', 'value', '../import/load', 'refused'],
	['src/lib/data/probe.ts', 'dynamic', '../ui/x', 'refused'],
	['src/lib/data/probe.ts', 'dynamic', '$lib/ui/x', 'refused'],
	['src/lib/data/probe.ts', 'value', '$app/state', 'refused'],
	['src/lib/data/probe.ts', 'value', 'svelte', 'refused'],
	['src/lib/data/probe.ts', 'value', './View.svelte', 'refused'],
	['src/lib/data/probe.ts', 'exportAll', '../charts/palette', 'refused'],
	['src/lib/data/probe.ts', 'exportType', '../i18n', 'refused'],
	['src/lib/data/probe.ts', 'value', '$lib/catalog', 'refused'],
	['src/lib/data/probe.ts', 'value', '../coordinator/x', 'refused'],
	['src/lib/data/probe.ts', 'value', '$lib/console/x', 'refused'],
	['src/lib/data/probe.ts', 'value', '../server/engine', 'refused'],
	['src/lib/data/probe.ts', 'value', '$lib/export/layout', 'refused'],
	['src/lib/data/probe.ts', 'value', '../embed/snippet', 'refused'],
	['src/lib/data/probe.ts', 'value', 'papaparse', 'allowed'],
	['src/lib/data/probe.ts', 'value', 'd3-scale', 'refused'],
	['src/lib/data/sql/probe.ts', 'value', '../../ui/paths', 'refused'],

	// src/lib/server: data, catalog, import, export, i18n, node:*, @duckdb/*, parquet-wasm.
	['src/lib/server/probe.ts', 'value', '$lib/data/engine', 'allowed'],
	['src/lib/server/probe.ts', 'value', '../data/load', 'allowed'],
	['src/lib/server/probe.ts', 'value', '../catalog', 'allowed'],
	['src/lib/server/probe.ts', 'value', '$lib/import/parse', 'allowed'],
	['src/lib/server/probe.ts', 'value', '../export/layout', 'allowed'],
	['src/lib/server/probe.ts', 'value', '$lib/i18n/locales', 'allowed'],
	['src/lib/server/probe.ts', 'value', 'node:fs/promises', 'allowed'],
	['src/lib/server/probe.ts', 'value', '@duckdb/duckdb-wasm/blocking', 'allowed'],
	['src/lib/server/probe.ts', 'dynamic', 'parquet-wasm/esm', 'allowed'],
	['src/lib/server/probe.ts', 'value', '$lib/data/browser-engine', 'refused'],
	['src/lib/server/probe.ts', 'value', '../data/browser-engine', 'refused'],
	['src/lib/server/probe.ts', 'value', '$lib/ui/paths', 'refused'],
	['src/lib/server/probe.ts', 'value', '../charts/palette', 'refused'],
	['src/lib/server/probe.ts', 'value', '../coordinator/x', 'refused'],
	['src/lib/server/probe.ts', 'value', 'svelte', 'refused'],

	// src/lib/charts/core: d3-* (not d3, not d3-selection) and itself.
	['src/lib/charts/core/probe.ts', 'value', 'd3-scale', 'allowed'],
	['src/lib/charts/core/probe.ts', 'value', './margins', 'allowed'],
	['src/lib/charts/core/probe.ts', 'value', '$lib/charts/core/direction', 'allowed'],
	['src/lib/charts/core/probe.ts', 'value', 'svelte', 'refused'],
	['src/lib/charts/core/probe.ts', 'value', 'd3', 'refused'],
	['src/lib/charts/core/probe.ts', 'value', 'd3-selection', 'refused'],
	['src/lib/charts/core/probe.ts', 'value', '../palette', 'refused'],
	['src/lib/charts/core/probe.ts', 'value', '$lib/charts/palette', 'refused'],
	['src/lib/charts/core/probe.ts', 'value', '../../data/rows', 'refused'],

	// src/lib/charts: charts/core, itself, svelte.
	['src/lib/charts/probe.ts', 'value', './palette', 'allowed'],
	['src/lib/charts/probe.ts', 'value', './ChartSvg.svelte', 'allowed'],
	['src/lib/charts/probe.ts', 'value', './core/direction', 'allowed'],
	['src/lib/charts/probe.ts', 'value', '$lib/charts/core/matrix', 'allowed'],
	['src/lib/charts/probe.ts', 'value', 'svelte', 'allowed'],
	['src/lib/charts/probe.ts', 'value', '../data/queries', 'refused'],
	['src/lib/charts/probe.ts', 'value', '$lib/data/queries', 'refused'],
	['src/lib/charts/probe.ts', 'value', '../data/sql/participation.sql?raw', 'refused'],
	['src/lib/charts/probe.ts', 'value', '$lib/i18n', 'refused'],
	['src/lib/charts/probe.ts', 'value', '../i18n/index', 'refused'],
	['src/lib/charts/probe.ts', 'value', '$lib/catalog', 'refused'],
	['src/lib/charts/probe.ts', 'value', '../ui/paths', 'refused'],
	['src/lib/charts/probe.ts', 'value', '$lib/server/engine', 'refused'],
	['src/lib/charts/probe.ts', 'value', '../coordinator/x', 'refused'],
	['src/lib/charts/probe.ts', 'value', '../console/x', 'refused'],
	['src/lib/charts/probe.ts', 'value', '$lib/import/load', 'refused'],
	['src/lib/charts/probe.ts', 'value', '$app/state', 'refused'],
	['src/lib/charts/probe.ts', 'value', 'd3-selection', 'refused'],
	['src/lib/charts/probe.ts', 'value', 'd3', 'refused'],

	// src/lib/catalog: data, i18n types, itself.
	['src/lib/catalog/probe.ts', 'value', '$lib/data/queries', 'allowed'],
	['src/lib/catalog/probe.ts', 'value', '../data/filters', 'allowed'],
	['src/lib/catalog/probe.ts', 'value', './statements', 'allowed'],
	['src/lib/catalog/probe.ts', 'type', '$lib/i18n', 'allowed'],
	['src/lib/catalog/probe.ts', 'type', '../i18n', 'allowed'],
	['src/lib/catalog/probe.ts', 'exportType', '$lib/i18n', 'allowed'],
	['src/lib/catalog/probe.ts', 'value', '$lib/i18n', 'refused'],
	['src/lib/catalog/probe.ts', 'value', '../i18n', 'refused'],
	['src/lib/catalog/probe.ts', 'inlineType', '$lib/i18n', 'refused'],
	['src/lib/catalog/probe.ts', 'value', 'svelte', 'refused'],
	['src/lib/catalog/probe.ts', 'value', '$lib/ui/views/CategoriesView.svelte', 'refused'],
	['src/lib/catalog/probe.ts', 'value', '../ui/views/CategoriesView.svelte', 'refused'],
	['src/lib/catalog/probe.ts', 'typeofImport', '../ui/x', 'refused'],
	['src/lib/catalog/probe.ts', 'value', '$app/state', 'refused'],
	['src/lib/catalog/probe.ts', 'value', '../charts/palette', 'refused'],
	['src/lib/catalog/probe.ts', 'value', '$lib/server/engine', 'refused'],
	['src/lib/catalog/probe.ts', 'value', '../console/x', 'refused'],
	['src/lib/catalog/probe.ts', 'value', '../import/load', 'refused'],
	['src/lib/catalog/probe.ts', 'value', '$lib/coordinator', 'refused'],

	// src/lib/coordinator: data, catalog, import, itself.
	['src/lib/coordinator/probe.ts', 'value', '$lib/data/engine', 'allowed'],
	['src/lib/coordinator/probe.ts', 'value', '../catalog', 'allowed'],
	['src/lib/coordinator/probe.ts', 'value', '../import/load', 'allowed'],
	['src/lib/coordinator/probe.ts', 'value', './queue', 'allowed'],
	['src/lib/coordinator/probe.ts', 'value', 'svelte', 'refused'],
	['src/lib/coordinator/probe.ts', 'value', '../ui/ChartFrame.svelte', 'refused'],
	['src/lib/coordinator/probe.ts', 'value', '$lib/charts/palette', 'refused'],
	['src/lib/coordinator/probe.ts', 'value', '../server/engine', 'refused'],
	['src/lib/coordinator/probe.ts', 'value', '$lib/console/x', 'refused'],
	['src/lib/coordinator/probe.ts', 'value', '$app/state', 'refused'],

	// src/lib/console: data, import, itself, @duckdb/*, apache-arrow, parquet-wasm.
	['src/lib/console/probe.ts', 'value', '../data/engine', 'allowed'],
	['src/lib/console/probe.ts', 'value', '$lib/import/stored', 'allowed'],
	['src/lib/console/probe.ts', 'value', './history', 'allowed'],
	['src/lib/console/probe.ts', 'value', '@duckdb/duckdb-wasm', 'allowed'],
	['src/lib/console/probe.ts', 'value', 'apache-arrow', 'allowed'],
	['src/lib/console/probe.ts', 'dynamic', 'parquet-wasm/esm', 'allowed'],
	['src/lib/console/probe.ts', 'value', 'svelte', 'refused'],
	['src/lib/console/probe.ts', 'value', '$app/state', 'refused'],
	['src/lib/console/probe.ts', 'value', '../ui/x', 'refused'],
	['src/lib/console/probe.ts', 'value', '$lib/charts/palette', 'refused'],
	['src/lib/console/probe.ts', 'value', '../catalog', 'refused'],
	['src/lib/console/probe.ts', 'value', '$lib/coordinator/x', 'refused'],
	['src/lib/console/probe.ts', 'value', '../server/engine', 'refused'],

	// src/lib/import: data, itself, papaparse, @duckdb/*.
	['src/lib/import/probe.ts', 'value', '$lib/data/engine', 'allowed'],
	['src/lib/import/probe.ts', 'value', '../data/tables', 'allowed'],
	['src/lib/import/probe.ts', 'value', './parse', 'allowed'],
	['src/lib/import/probe.ts', 'value', 'papaparse', 'allowed'],
	['src/lib/import/probe.ts', 'value', '@duckdb/duckdb-wasm', 'allowed'],
	['src/lib/import/probe.ts', 'value', 'svelte', 'refused'],
	['src/lib/import/probe.ts', 'value', '$app/state', 'refused'],
	['src/lib/import/probe.ts', 'value', '../charts/palette', 'refused'],
	['src/lib/import/probe.ts', 'value', '$lib/ui/x', 'refused'],
	['src/lib/import/probe.ts', 'value', '../console/x', 'refused'],
	['src/lib/import/probe.ts', 'value', '$lib/catalog', 'refused'],
	['src/lib/import/probe.ts', 'value', '../coordinator/x', 'refused'],
	['src/lib/import/probe.ts', 'value', '../server/engine', 'refused'],

	// src/lib/i18n: itself, svelte.
	['src/lib/i18n/probe.ts', 'value', './locales', 'allowed'],
	['src/lib/i18n/probe.ts', 'value', '$lib/i18n/format', 'allowed'],
	['src/lib/i18n/probe.ts', 'value', 'svelte', 'allowed'],
	['src/lib/i18n/probe.ts', 'value', '../data/rows', 'refused'],
	['src/lib/i18n/probe.ts', 'value', '$lib/data/rows', 'refused'],
	['src/lib/i18n/probe.ts', 'value', '../charts/palette', 'refused'],
	['src/lib/i18n/probe.ts', 'value', '$lib/ui/x', 'refused'],
	['src/lib/i18n/probe.ts', 'value', '../server/x', 'refused'],
	['src/lib/i18n/probe.ts', 'value', '../catalog', 'refused'],
	['src/lib/i18n/probe.ts', 'value', '../coordinator/x', 'refused'],
	['src/lib/i18n/probe.ts', 'value', '../console/x', 'refused'],
	['src/lib/i18n/probe.ts', 'value', '$lib/import/x', 'refused'],
	['src/lib/i18n/probe.ts', 'value', '$app/state', 'refused'],

	// src/lib/embed: nothing outside itself.
	['src/lib/embed/probe.ts', 'value', './message', 'allowed'],
	['src/lib/embed/probe.ts', 'value', '$lib/embed/oembed', 'allowed'],
	['src/lib/embed/probe.ts', 'value', '$lib/i18n', 'refused'],
	['src/lib/embed/probe.ts', 'value', '../i18n', 'refused'],
	['src/lib/embed/probe.ts', 'value', 'svelte', 'refused'],
	['src/lib/embed/probe.ts', 'value', 'd3-format', 'refused'],

	// src/lib/export: itself only.
	['src/lib/export/probe.ts', 'value', './layout', 'allowed'],
	['src/lib/export/probe.ts', 'value', '$lib/export/svg-text', 'allowed'],
	['src/lib/export/probe.ts', 'value', 'svelte', 'refused'],
	['src/lib/export/probe.ts', 'value', '../data/rows', 'refused'],
	['src/lib/export/probe.ts', 'value', '$lib/i18n', 'refused'],
	['src/lib/export/probe.ts', 'value', '../embed/snippet', 'refused'],
	['src/lib/export/probe.ts', 'value', 'd3-format', 'refused'],
	// src/lib/report: itself and the export helpers; no Svelte, DOM-free, no data or i18n.
	['src/lib/report/probe.ts', 'value', './svg-markup', 'allowed'],
	['src/lib/report/probe.ts', 'value', '$lib/export/svg-text', 'allowed'],
	['src/lib/report/probe.ts', 'value', '../export/font-face', 'allowed'],
	['src/lib/report/probe.ts', 'value', 'svelte', 'refused'],
	['src/lib/report/probe.ts', 'value', '$lib/ui/download', 'refused'],
	['src/lib/report/probe.ts', 'value', '../i18n', 'refused'],
	['src/lib/report/probe.ts', 'value', '$lib/data/rows', 'refused'],
	['src/lib/ui/probe.ts', 'value', '$lib/report/build-report', 'allowed'],

	// src/lib/ui: everything but server and SQL text; types from anywhere but server.
	['src/lib/ui/probe.ts', 'value', '$lib/catalog', 'allowed'],
	['src/lib/ui/probe.ts', 'value', '../catalog', 'allowed'],
	['src/lib/ui/probe.ts', 'value', '$lib/data/filters', 'allowed'],
	['src/lib/ui/probe.ts', 'value', '../data/browser-engine', 'allowed'],
	['src/lib/ui/probe.ts', 'value', '$lib/i18n', 'allowed'],
	['src/lib/ui/probe.ts', 'value', '../charts/palette', 'allowed'],
	['src/lib/ui/probe.ts', 'value', '$lib/charts/GroupedBars.svelte', 'allowed'],
	['src/lib/ui/probe.ts', 'value', '$lib/coordinator', 'allowed'],
	['src/lib/ui/probe.ts', 'value', '../console/x', 'allowed'],
	['src/lib/ui/probe.ts', 'value', '$lib/import/parse', 'allowed'],
	['src/lib/ui/probe.ts', 'value', '../export/layout', 'allowed'],
	['src/lib/ui/probe.ts', 'value', '$lib/embed/snippet', 'allowed'],
	['src/lib/ui/probe.ts', 'value', './views/SourceList.svelte', 'allowed'],
	['src/lib/ui/probe.ts', 'value', 'svelte/reactivity', 'allowed'],
	['src/lib/ui/probe.ts', 'value', '$app/state', 'allowed'],
	['src/lib/ui/probe.ts', 'value', '@codemirror/view', 'allowed'],
	['src/lib/ui/probe.ts', 'value', 'd3-format', 'allowed'],
	['src/lib/ui/probe.ts', 'type', '$lib/data/queries', 'allowed'],
	['src/lib/ui/views/probe.ts', 'type', '../../data/queries', 'allowed'],
	['src/lib/ui/probe.ts', 'value', '$lib/data/queries', 'refused'],
	['src/lib/ui/probe.ts', 'value', '../data/queries', 'refused'],
	['src/lib/ui/probe.ts', 'inlineType', '$lib/data/queries', 'refused'],
	['src/lib/ui/probe.ts', 'value', '../data/sql/x.sql?raw', 'refused'],
	['src/lib/ui/probe.ts', 'value', '$lib/data/sql/participation.sql?raw', 'refused'],
	['src/lib/ui/probe.ts', 'value', '$lib/catalog/statements', 'refused'],
	['src/lib/ui/views/probe.ts', 'value', '../../catalog/statements', 'refused'],
	['src/lib/ui/probe.ts', 'value', '$lib/server/engine', 'refused'],
	['src/lib/ui/probe.ts', 'value', '../server/engine', 'refused'],
	['src/lib/ui/probe.ts', 'type', '$lib/server/engine', 'refused'],
	['src/lib/ui/probe.ts', 'value', 'd3-selection', 'refused'],
	['src/lib/ui/probe.ts', 'value', 'papaparse', 'refused'],
	// Every language's messages: pages get their own language's from the layout's server load.
	['src/lib/ui/probe.ts', 'value', '$lib/i18n/catalog', 'refused'],
	['src/lib/ui/probe.ts', 'dynamic', '../i18n/catalog', 'refused'],
	['src/lib/ui/probe.ts', 'type', '$lib/i18n/catalog', 'allowed'],
	['src/lib/ui/Probe.svelte', 'value', '$lib/catalog', 'allowed'],
	['src/lib/ui/Probe.svelte', 'value', '../data/queries', 'refused'],

	// src/routes: compose; server route files may reach $lib/server and the query functions.
	['src/routes/[lang=lang]/(site)/probe/+page.svelte', 'value', '$lib/ui/ChartSlot.svelte', 'allowed'],
	['src/routes/[lang=lang]/(site)/probe/+page.svelte', 'value', '$lib/catalog', 'allowed'],
	['src/routes/[lang=lang]/(site)/probe/+page.svelte', 'value', '$app/state', 'allowed'],
	['src/routes/[lang=lang]/(site)/probe/+page.svelte', 'side', '../../../../app.css', 'allowed'],
	['src/routes/[lang=lang]/(site)/probe/+page.svelte', 'value', '$lib/server/engine', 'refused'],
	['src/routes/[lang=lang]/(site)/probe/+page.svelte', 'value', '../../../../lib/server/engine', 'refused'],
	['src/routes/[lang=lang]/(site)/probe/+page.svelte', 'value', '$lib/data/queries', 'refused'],
	['src/routes/[lang=lang]/(site)/probe/+page.svelte', 'value', '$lib/data/sql/key-facts.sql?raw', 'refused'],
	['src/routes/[lang=lang]/(site)/probe/+page.svelte', 'value', 'd3-scale', 'refused'],
	['src/routes/[lang=lang]/(site)/probe/+page.svelte', 'value', '@duckdb/duckdb-wasm', 'refused'],
	['src/routes/[lang=lang]/(site)/probe/+page.ts', 'value', '$lib/i18n/locales', 'allowed'],
	['src/routes/[lang=lang]/(site)/probe/+page.ts', 'type', './$types', 'allowed'],
	['src/routes/[lang=lang]/(site)/probe/+page.ts', 'value', '$lib/server/engine', 'refused'],
	['src/routes/[lang=lang]/(site)/probe/+page.ts', 'value', '$lib/i18n/catalog', 'refused'],
	['src/routes/[lang=lang]/(site)/probe/+page.svelte', 'value', '$lib/i18n/catalog', 'refused'],
	['src/routes/[lang=lang]/(site)/probe/+layout.server.ts', 'value', '$lib/i18n/catalog', 'allowed'],
	['src/routes/[lang=lang]/(site)/probe/+page.ts', 'type', '$lib/server/engine', 'refused'],
	['src/routes/[lang=lang]/(site)/probe/+page.server.ts', 'value', '$lib/server/engine', 'allowed'],
	[
		'src/routes/[lang=lang]/(site)/probe/+page.server.ts',
		'value',
		'../../../../lib/server/engine',
		'allowed'
	],
	['src/routes/[lang=lang]/(site)/probe/+page.server.ts', 'value', '$lib/data/queries', 'allowed'],
	['src/routes/[lang=lang]/(site)/probe/+page.server.ts', 'value', '$lib/catalog', 'allowed'],
	[
		'src/routes/[lang=lang]/(site)/probe/+page.server.ts',
		'value',
		'$lib/data/sql/key-facts.sql?raw',
		'refused'
	],
	['src/routes/[lang=lang]/(site)/probe/+page.server.ts', 'value', '$lib/catalog/statements', 'refused'],
	['src/routes/data/probe/+server.ts', 'value', '$lib/server/data-manifest', 'allowed'],
	['src/routes/probe.ts', 'value', '@duckdb/duckdb-wasm', 'refused'],
	['src/hooks.server.ts', 'value', '$lib/server/engine', 'allowed'],
	['src/params/probe.ts', 'value', '$lib/server/engine', 'refused'],

	// Folders not in the table: a file there, or an import landing there.
	['src/lib/widgets/probe.ts', 'value', './x', 'unknown'],
	['src/lib/probe.ts', 'value', './data/engine', 'unknown'],
	['src/lib/ui/probe.ts', 'value', '$lib/widgets/x', 'unknown'],
	['src/lib/ui/probe.ts', 'value', '../widgets/x', 'unknown'],
	['src/lib/ui/probe.ts', 'value', '$lib/helpers', 'unknown']
];

describe('layer rules', () => {
	it.each(cases)('%s: %s %s is %s', async (filePath, form, specifier, verdict) => {
		const [result] = await eslint.lintText(source(filePath, probe[form](specifier)), { filePath });
		const fatal = result.messages.filter((message) => message.fatal);
		expect(fatal).toEqual([]);
		const layer = result.messages.filter((message) => message.ruleId === 'layers/imports');
		if (verdict === 'allowed') expect(layer.map((message) => message.message)).toEqual([]);
		else {
			expect(layer.length).toBeGreaterThan(0);
			const text = layer.map((message) => message.message).join('\n');
			if (verdict === 'unknown') expect(text).toMatch(/unknown layer/);
			else expect(text).toMatch(/ may not import `.*`.*It may import: /s);
		}
	});

	it('names the layer and what it may import', async () => {
		const [result] = await eslint.lintText(probe.value('../data/queries'), {
			filePath: 'src/lib/charts/probe.ts'
		});
		expect(result.messages.map((message) => message.message)).toEqual([
			'src/lib/charts (Svelte components that draw SVG from props) may not import `../data/queries` ' +
				'(src/lib/data/queries: src/lib/data). It may import: itself, $lib/charts/core, svelte.'
		]);
	});

	// Each pending entry (eslint.config.js) is still in its file, and refused once the entry is gone.
	const strict = new ESLint({
		cwd: process.cwd(),
		overrideConfig: { files: ['src/**/*.{js,ts,svelte}'], rules: { 'layers/imports': ['error', {}] } }
	});
	it('hold over the whole source tree with no exception', { timeout: 120_000 }, async () => {
		const config = await eslint.calculateConfigForFile('src/lib/data/probe.ts');
		expect(config.rules['layers/imports'][1].pending).toEqual([]);
		const results = await strict.lintFiles(['src/**/*.{js,ts,svelte}']);
		expect(results.length).toBeGreaterThan(100);
		const refused = results.flatMap((result) =>
			result.messages
				.filter((message) => message.ruleId === 'layers/imports')
				.map((message) => `${result.filePath}: ${message.message}`)
		);
		expect(refused).toEqual([]);
	});
});
