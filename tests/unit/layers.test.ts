import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer table of the design, enforced by ESLint: these imports must be refused where they are.
const eslint = new ESLint({ cwd: process.cwd() });

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result.messages.map((message) => message.ruleId ?? message.message);
}

describe('layer rules', () => {
	it.each([
		[
			'src/lib/charts/core/probe.ts',
			"import { scaleLinear } from 'd3-scale';\nexport const s = scaleLinear;\n",
			[]
		],
		[
			'src/lib/charts/core/probe.ts',
			"import { mount } from 'svelte';\nexport const m = mount;\n",
			['no-restricted-imports']
		],
		[
			'src/lib/charts/probe.ts',
			"import { select } from 'd3-selection';\nexport const s = select;\n",
			['no-restricted-imports']
		],
		[
			'src/lib/charts/probe.ts',
			"import { queryAll } from '$lib/catalog';\nimport { fill } from '$lib/i18n/index';\nexport const q = [queryAll, fill];\n",
			['no-restricted-imports']
		],
		[
			'src/lib/charts/core/probe.ts',
			"import { createMargin } from './margins';\nexport const m = createMargin;\n",
			[]
		],
		[
			'src/lib/charts/probe.ts',
			"import { fill } from '$lib/i18n';\nexport const f = fill;\n",
			['no-restricted-imports']
		],
		['src/lib/charts/probe.ts', "import { palette } from './palette';\nexport const p = palette;\n", []],
		[
			'src/lib/data/probe.ts',
			"import { page } from '$app/state';\nexport const p = page;\n",
			['no-restricted-imports']
		],
		[
			'src/lib/ui/probe.ts',
			"import sql from '$lib/data/sql/participation.sql?raw';\nexport const s = sql;\n",
			['no-restricted-imports']
		],
		[
			'src/routes/probe.ts',
			"import * as duckdb from '@duckdb/duckdb-wasm';\nexport const d = duckdb;\n",
			['no-restricted-imports']
		],
		[
			'src/lib/embed/probe.ts',
			"import { fill } from '$lib/i18n';\nexport const f = fill;\n",
			['no-restricted-imports']
		]
	])('%s: %s', async (filePath, code, expected) => {
		const broken = await rulesBroken(filePath, code);
		expect(broken.filter((rule) => rule === 'no-restricted-imports').length > 0).toBe(expected.length > 0);
	});
});
