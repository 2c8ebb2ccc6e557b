import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import { layersPlugin } from './scripts/eslint-layers.js';
import svelteConfig from './svelte.config.js';

/**
 * Imports the layer table refuses that are still in the code, each one file and one specifier
 * with its reason: none today. tests/unit/layers.test.ts fails when an entry's import is gone, so
 * the list only shrinks.
 */
export const pendingLayerImports = [];

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
	// The layer table of the design (README "Design"): scripts/eslint-layers.js.
	{
		files: ['src/**/*.{js,ts,svelte}'],
		plugins: { layers: layersPlugin },
		rules: { 'layers/imports': ['error', { pending: pendingLayerImports }] }
	}
);
