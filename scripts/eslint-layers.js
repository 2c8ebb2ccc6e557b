/**
 * The layer rules of the design (README "Design"), as one ESLint rule: `layers/imports`. Every
 * import specifier (static `import`, `export … from`, `import()`, `typeof import()`) is resolved
 * to where it lands — a relative path, `$lib/…`, `/…` (Vite root), or a package (`$app/*`,
 * `node:*`, `d3-scale`, `@duckdb/…`); a `?raw`/`?url` suffix is kept aside — and that place is
 * checked against LAYERS below. A folder of src/lib that is not in the table (or a file directly
 * in src/lib) is an error, so a new folder must be given its rule here.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Modules holding SQL text (`*.sql`, the SQL folder, statement modules): never the UI's or routes'. */
const SQL_TEXT = [
	'src/**/*.sql',
	'src/lib/data/sql/**',
	'src/lib/data/queries*',
	'src/lib/catalog/statements*'
];

/** Every language's messages: pages get their own as data; client code would ship all three. */
const ALL_MESSAGES = {
	paths: ['src/lib/i18n/catalog*'],
	what: "every language's messages (pages get theirs as data)"
};

/** Svelte components (and `.svelte.ts` rune modules, imported as `x.svelte`). */
const SVELTE_FILES = ['**/*.svelte'];

/** Everything a route may reach in $lib (server-only code is allowed in server route files only). */
const LIB_FOR_ROUTES = [
	'data',
	'charts/core',
	'charts',
	'catalog',
	'coordinator',
	'console',
	'import'
].concat(['i18n', 'embed', 'export', 'report', 'ui']);

/**
 * The table. For each layer: the folder, what it is, and what it may import.
 * - `layers`: layers it may import (values and types);
 * - `packages`: package patterns it may import (`*` matches anything, `svelte` also `svelte/…`);
 * - `refuse`: refusals checked first, each `{ packages?, paths?, what }` (paths are globs from the root);
 * - `typesFrom`: layers whose `import type` is allowed although value imports are not
 *   (`'*'`: any layer or package except src/lib/server). Only `import type` / `export type` count:
 *   `import { type A }` still loads the module (verbatimModuleSyntax).
 */
export const LAYERS = {
	data: {
		folder: 'src/lib/data',
		role: 'the engine layer: table manifest, SQL, query functions, Arrow → rows, DuckDB clients, filters, CSV and Parquet writers',
		layers: ['data'],
		packages: ['@duckdb/*', 'apache-arrow', 'papaparse', 'parquet-wasm', 'parquet-wasm/*'],
		refuse: [{ paths: SVELTE_FILES, what: 'Svelte components' }]
	},
	server: {
		folder: 'src/lib/server',
		role: 'Node code run at build time only',
		layers: ['server', 'data', 'catalog', 'import', 'export', 'i18n'],
		packages: ['node:*', '@duckdb/*', 'parquet-wasm'],
		refuse: [
			{ paths: SVELTE_FILES, what: 'Svelte components' },
			{ paths: ['src/lib/data/browser-engine*'], what: 'the browser engine' }
		]
	},
	'charts/core': {
		folder: 'src/lib/charts/core',
		role: 'pure geometry',
		layers: ['charts/core'],
		packages: ['d3-*'],
		refuse: [
			{ paths: SVELTE_FILES, what: 'Svelte components' },
			{ packages: ['d3-selection'], what: 'DOM helpers' }
		]
	},
	charts: {
		folder: 'src/lib/charts',
		role: 'Svelte components that draw SVG from props',
		layers: ['charts', 'charts/core'],
		packages: ['svelte']
	},
	catalog: {
		folder: 'src/lib/catalog',
		role: 'chart specs as plain objects, no Svelte',
		layers: ['catalog', 'data'],
		packages: [],
		typesFrom: ['i18n'],
		refuse: [{ paths: SVELTE_FILES, what: 'Svelte components' }]
	},
	coordinator: {
		folder: 'src/lib/coordinator',
		role: 'the query coordinator, plain TypeScript',
		layers: ['coordinator', 'data', 'catalog', 'import'],
		packages: [],
		refuse: [{ paths: SVELTE_FILES, what: 'Svelte components' }]
	},
	console: {
		folder: 'src/lib/console',
		role: "the SQL console's engine code, plain TypeScript",
		layers: ['console', 'data', 'import'],
		packages: ['@duckdb/*', 'apache-arrow', 'parquet-wasm'],
		refuse: [{ paths: SVELTE_FILES, what: 'Svelte components' }]
	},
	import: {
		folder: 'src/lib/import',
		role: 'the upload pipeline',
		layers: ['import', 'data'],
		packages: ['papaparse', '@duckdb/*', 'apache-arrow'],
		refuse: [{ paths: SVELTE_FILES, what: 'Svelte components' }]
	},
	i18n: {
		folder: 'src/lib/i18n',
		role: 'locales, message catalogs, formatters',
		layers: ['i18n'],
		packages: ['svelte']
	},
	embed: {
		folder: 'src/lib/embed',
		role: 'the embed protocol, dependency-free',
		layers: ['embed'],
		packages: [],
		refuse: [{ paths: SVELTE_FILES, what: 'Svelte components' }]
	},
	export: {
		folder: 'src/lib/export',
		role: 'pure string and layout code for the downloads',
		layers: ['export'],
		packages: [],
		refuse: [{ paths: SVELTE_FILES, what: 'Svelte components' }]
	},
	report: {
		folder: 'src/lib/report',
		role: 'the saved report: pure builders of one self-contained HTML file from what the page shows',
		layers: ['report', 'export'],
		packages: [],
		refuse: [{ paths: SVELTE_FILES, what: 'Svelte components' }]
	},
	ui: {
		folder: 'src/lib/ui',
		role: 'widgets, views, the console and upload UIs',
		layers: [
			'ui',
			'i18n',
			'charts',
			'charts/core',
			'catalog',
			'coordinator',
			'console',
			'import',
			'data'
		].concat(['export', 'embed', 'report']),
		// @fontsource: the font files the PNG export embeds (`?url`), assets rather than code.
		packages: ['svelte', '$app/*', '@codemirror/*', 'codemirror', 'd3-*', '@fontsource/*'],
		refuse: [
			{ paths: SQL_TEXT, what: 'SQL text' },
			{ packages: ['d3-selection'], what: 'DOM helpers' },
			ALL_MESSAGES
		],
		typesFrom: ['*']
	},
	routes: {
		folder: 'src/routes',
		role: 'composition only (pages, layouts, +page.ts)',
		layers: ['routes', 'app-shell', ...LIB_FOR_ROUTES],
		packages: ['*'],
		refuse: [
			{ paths: SQL_TEXT, what: 'SQL text' },
			{ packages: ['d3', 'd3-*', '@duckdb/*'], what: 'D3 or the engine' },
			ALL_MESSAGES
		],
		typesFrom: ['*']
	},
	'routes-server': {
		folder: 'src/routes',
		files: '+page.server.ts, +layout.server.ts, +server.ts, hooks.server.ts',
		role: 'server route files, run at prerender',
		layers: ['routes', 'app-shell', 'server', ...LIB_FOR_ROUTES],
		packages: ['*'],
		// The statements run at prerender come through the query functions, never as text.
		refuse: [{ paths: SQL_TEXT.filter((glob) => glob !== 'src/lib/data/queries*'), what: 'SQL text' }],
		typesFrom: ['*']
	}
};

/** Places outside the table a specifier may land in. */
const PLACES = {
	'app-shell': 'src (app.css, app.d.ts, hooks, params)',
	outside: 'outside src'
};

const SERVER_ROUTE = /^\+(page|layout)\.server\.[jt]s$|^\+server\.[jt]s$|^hooks\.server\.[jt]s$/;

/** `*` matches anything (slashes included), `**` too; the rest is literal. */
function glob(pattern) {
	const source = pattern
		.split('*')
		.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
		.join('.*');
	return new RegExp(`^${source.replace(/(\.\*)+/g, '.*')}$`);
}

function matchesPackage(name, pattern) {
	if (pattern === '*') return true;
	if (pattern.includes('*')) return glob(pattern).test(name);
	return name === pattern || name.startsWith(`${pattern}/`);
}

/** The layer of a path relative to the root (forward slashes), or an unknown place. */
export function placeOf(relative, { server = false } = {}) {
	const parts = relative.split('/');
	if (parts[0] !== 'src') return { place: 'outside' };
	if (parts[1] === 'routes')
		return { place: server && SERVER_ROUTE.test(parts.at(-1)) ? 'routes-server' : 'routes' };
	if (parts[1] !== 'lib') {
		if (server && SERVER_ROUTE.test(parts.at(-1))) return { place: 'routes-server' };
		if (server && (parts[1] === 'params' || /^hooks(\.client)?\.[jt]s$/.test(parts[1])))
			return { place: 'routes' };
		return { place: 'app-shell' };
	}
	if (parts.length < 3) return { place: null, unknown: 'src/lib' };
	if (parts[2] === 'charts' && parts[3] === 'core') return { place: 'charts/core' };
	if (Object.hasOwn(LAYERS, parts[2]) && !parts[2].startsWith('routes')) return { place: parts[2] };
	return { place: null, unknown: parts.length === 3 ? `src/lib/${parts[2]}` : `src/lib/${parts[2]}/` };
}

/** Where a specifier lands, seen from `file` (relative to the root). */
export function resolveSpecifier(specifier, file) {
	const [bare, query] = specifier.split(/\?(.*)/s);
	let target = null;
	if (bare === '$lib' || bare.startsWith('$lib/')) target = `src/lib${bare.slice(4)}`;
	else if (bare.startsWith('./') || bare.startsWith('../') || bare === '.' || bare === '..')
		target = path.posix.join(path.posix.dirname(file), bare);
	else if (bare.startsWith('/')) target = path.posix.normalize(bare.slice(1));
	if (target === null) {
		const parts = bare.split('/');
		const name = bare.startsWith('@') ? parts.slice(0, 2).join('/') : bare.startsWith('$') ? bare : parts[0];
		return { package: name, query };
	}
	target = target.replace(/\/$/, '');
	return { path: target, query, ...placeOf(target) };
}

function describePlace(place) {
	return place in LAYERS
		? LAYERS[place].folder + (place === 'routes-server' ? ' (server files)' : '')
		: PLACES[place];
}

/** `$lib/data` for a layer of src/lib, the place's words otherwise. */
function shortPlace(place) {
	return place in LAYERS && LAYERS[place].folder.startsWith('src/lib/')
		? `$lib/${LAYERS[place].folder.slice('src/lib/'.length)}`
		: describePlace(place);
}

function summary(name) {
	const layer = LAYERS[name];
	const layers = layer.layers.map((other) => (other === name ? 'itself' : shortPlace(other)));
	const packages = layer.packages.map((pattern) => (pattern === '*' ? 'packages' : pattern));
	const types = (layer.typesFrom ?? []).map((other) =>
		other === '*' ? 'types from anywhere but $lib/server' : `types of ${shortPlace(other)}`
	);
	const refused = (layer.refuse ?? []).map((refusal) => refusal.what);
	const allowed = [...layers, ...packages, ...types].join(', ') || 'nothing outside itself';
	return `${allowed}${refused.length ? `; never ${refused.join(', ')}` : ''}`;
}

/** Why `name` may not import what `landing` describes (`typeOnly`: a type import), or null. */
export function check(name, landing, typeOnly) {
	if (landing.unknown) return { unknown: landing.unknown };
	const layer = LAYERS[name];
	const typeAllowed =
		typeOnly &&
		(layer.typesFrom ?? []).some((other) =>
			other === '*' ? landing.place !== 'server' : landing.place === other
		);
	if (typeAllowed) return null;
	for (const refusal of layer.refuse ?? []) {
		const hit =
			landing.package !== undefined
				? (refusal.packages ?? []).some((pattern) => matchesPackage(landing.package, pattern))
				: (refusal.paths ?? []).some((pattern) => glob(pattern).test(landing.path));
		if (hit) return { refused: refusal.what };
	}
	if (landing.package !== undefined) {
		return layer.packages.some((pattern) => matchesPackage(landing.package, pattern))
			? null
			: { refused: landing.package };
	}
	if (layer.layers.includes(landing.place)) return null;
	const typesOnly = (layer.typesFrom ?? []).includes(landing.place);
	return { refused: `${describePlace(landing.place)}${typesOnly ? ' values (only `import type`)' : ''}` };
}

/** `{ file, import }` pairs allowed for now (see the rule's `pending` option). */
function pendingSet(pending) {
	return new Set((pending ?? []).map((entry) => `${entry.file}\u0000${entry.import}`));
}

const importsRule = {
	meta: {
		type: 'problem',
		docs: { description: 'Each folder of src/lib and src/routes imports only what its layer may.' },
		schema: [
			{
				type: 'object',
				properties: {
					pending: {
						type: 'array',
						items: {
							type: 'object',
							properties: { file: { type: 'string' }, import: { type: 'string' }, why: { type: 'string' } },
							required: ['file', 'import', 'why'],
							additionalProperties: false
						}
					}
				},
				additionalProperties: false
			}
		],
		messages: {
			refused:
				'{{layer}} ({{role}}) may not import `{{specifier}}` ({{landing}}). It may import: {{allowed}}.',
			unknownFile:
				'{{folder}} is an unknown layer: add it to the layer table (scripts/eslint-layers.js) with what it may import.',
			unknownTarget:
				'`{{specifier}}` lands in {{folder}}, an unknown layer: add it to the layer table (scripts/eslint-layers.js).'
		}
	},
	create(context) {
		const file = path.relative(ROOT, context.filename).split(path.sep).join('/');
		const source = placeOf(file, { server: true });
		const pending = pendingSet(context.options[0]?.pending);
		if (source.place === 'outside' || source.place === 'app-shell') return {};
		if (source.unknown) {
			return {
				Program(node) {
					context.report({ node, messageId: 'unknownFile', data: { folder: source.unknown } });
				}
			};
		}
		const name = source.place;

		function verify(node, specifier, typeOnly) {
			if (typeof specifier !== 'string') return;
			if (pending.has(`${file}\u0000${specifier}`)) return;
			const landing = resolveSpecifier(specifier, file);
			const verdict = check(name, landing, typeOnly);
			if (verdict === null) return;
			if (verdict.unknown) {
				context.report({ node, messageId: 'unknownTarget', data: { specifier, folder: verdict.unknown } });
				return;
			}
			const where = landing.package !== undefined ? `package ${landing.package}` : landing.path;
			context.report({
				node,
				messageId: 'refused',
				data: {
					layer: LAYERS[name].folder + (name === 'routes-server' ? ' server files' : ''),
					role: LAYERS[name].role,
					specifier,
					landing: verdict.refused === landing.package ? where : `${where}: ${verdict.refused}`,
					allowed: summary(name)
				}
			});
		}

		const literal = (node) =>
			node?.type === 'Literal'
				? node.value
				: node?.type === 'TemplateLiteral' && node.expressions.length === 0
					? node.quasis[0].value.cooked
					: undefined;

		return {
			ImportDeclaration(node) {
				verify(node.source, node.source.value, node.importKind === 'type');
			},
			ExportNamedDeclaration(node) {
				if (node.source) verify(node.source, node.source.value, node.exportKind === 'type');
			},
			ExportAllDeclaration(node) {
				verify(node.source, node.source.value, node.exportKind === 'type');
			},
			ImportExpression(node) {
				verify(node.source, literal(node.source), false);
			},
			TSImportType(node) {
				const argument = node.source ?? node.argument;
				verify(argument, literal(argument?.literal ?? argument), true);
			}
		};
	}
};

/** The inline plugin: `layers/imports`. */
export const layersPlugin = { meta: { name: 'layers' }, rules: { imports: importsRule } };
