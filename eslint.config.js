import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** A layer's forbidden imports (see ARCHITECTURE in README "Design"): the design, enforced. */
function forbid(files, patterns, message) {
	// `$lib/x/*` also forbids the folder's index (`$lib/x`).
	const groups = [
		...new Set(patterns.flatMap((group) => (group.endsWith('/*') ? [group, group.slice(0, -2)] : [group])))
	];
	return {
		files,
		rules: {
			'no-restricted-imports': ['error', { patterns: groups.map((group) => ({ group: [group], message })) }]
		}
	};
}

const svelteAndApp = ['svelte', 'svelte/*', '$app/*', '*.svelte'];

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'bench/results/',
			'bench/tmp/',
			'tests/svg/__snapshots__/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'svelte/no-at-html-tags': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Links are built with resolve() from $app/paths; the rule cannot see through helpers.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	forbid(
		['src/lib/data/**'],
		[...svelteAndApp, '$lib/charts/*', '$lib/i18n/*', '$lib/ui/*', '$lib/catalog/*', '$lib/server/*'],
		'src/lib/data is the engine layer: no Svelte, charts, i18n or $app.'
	),
	forbid(
		['src/lib/server/**'],
		['$lib/ui/*', '$lib/charts/*', '$lib/data/browser-engine*'],
		'src/lib/server runs in Node at prerender only.'
	),
	forbid(
		['src/lib/charts/**'],
		[
			'$app/*',
			'd3-selection',
			'd3',
			'$lib/data/*',
			'$lib/i18n/*',
			'$lib/ui/*',
			'$lib/server/*',
			'$lib/catalog/*',
			'*.sql*'
		],
		'Charts draw SVG from props: they never query, translate or read the URL.'
	),
	// After the charts rule: a later block replaces the rule for the files both match.
	forbid(
		['src/lib/charts/core/**'],
		[...svelteAndApp, 'd3-selection', 'd3', '$lib/*'],
		'charts/core is pure geometry: d3 modules and itself only.'
	),
	forbid(
		['src/lib/i18n/**'],
		['$app/*', '$lib/data/*', '$lib/charts/*', '$lib/ui/*', '$lib/server/*'],
		'i18n holds catalogs and formatters only.'
	),
	forbid(['src/lib/ui/**'], ['*.sql*', '$lib/server/*'], 'UI widgets never hold SQL or build-time code.'),
	forbid(
		['src/lib/import/**'],
		[...svelteAndApp, '$lib/charts/*', '$lib/ui/*'],
		'The upload pipeline is UI-free.'
	),
	forbid(['src/lib/embed/**'], ['*'], 'The embed script is dependency-free.'),
	forbid(
		['src/lib/export/**'],
		[...svelteAndApp, '$lib/*', 'd3', 'd3-*'],
		'src/lib/export is pure string and layout code for the downloads: no Svelte, no DOM helpers, no other layer.'
	),
	forbid(['src/routes/**'], ['*.sql*', 'd3-*', '@duckdb/*'], 'Routes compose: no SQL, no D3, no engine.')
);
