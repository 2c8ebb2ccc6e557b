import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, addCompileHints, hydrationChunks } from '../../scripts/compile-hints.js';

type Chunk = {
	type: 'chunk';
	fileName: string;
	isEntry: boolean;
	imports: string[];
	code: string;
	map: { mappings: string } | null;
};

const chunk = (fileName: string, isEntry: boolean, imports: string[] = []): Chunk => ({
	type: 'chunk',
	fileName,
	isEntry,
	imports,
	code: `export const name = ${JSON.stringify(fileName)};`,
	map: { mappings: 'AAAA,CAAC' }
});

/**
 * A client build as SvelteKit's has it: the entries (start, app, a route node) import the runtime
 * and a chart chunk statically, and the engine and an exporter only dynamically.
 */
function bundle(): Record<string, Chunk | { type: 'asset'; fileName: string }> {
	const files = [
		chunk('entry/start.js', true, ['chunks/runtime.js']),
		chunk('entry/app.js', true, ['chunks/runtime.js']),
		chunk('nodes/2.js', true, ['chunks/runtime.js', 'chunks/charts.js']),
		chunk('chunks/runtime.js', false),
		chunk('chunks/charts.js', false, ['chunks/format.js']),
		chunk('chunks/format.js', false),
		// Reached only by `import()`: a dynamic import is not in `imports`.
		chunk('chunks/engine.js', false, ['chunks/arrow.js']),
		chunk('chunks/arrow.js', false)
	];
	return {
		...Object.fromEntries(files.map((file) => [file.fileName, file])),
		'assets/app.css': { type: 'asset', fileName: 'assets/app.css' }
	};
}

describe('compile hints on the modules of hydration', () => {
	it('finds the entries and what they import statically, directly or not, and nothing loaded later', () => {
		const names = hydrationChunks(bundle())
			.map((c) => c.fileName)
			.sort();
		expect(names).toEqual([
			'chunks/charts.js',
			'chunks/format.js',
			'chunks/runtime.js',
			'entry/app.js',
			'entry/start.js',
			'nodes/2.js'
		]);
	});

	it('puts the hint on the first line of those chunks only, once, and moves their source maps down a line', () => {
		const files = bundle();
		addCompileHints(files);
		addCompileHints(files);
		const chunkAt = (name: string) => files[name] as Chunk;
		expect(chunkAt('chunks/charts.js').code).toBe(`${COMPILE_HINT}\nexport const name = "chunks/charts.js";`);
		expect(chunkAt('chunks/charts.js').map?.mappings).toBe(';AAAA,CAAC');
		expect(chunkAt('entry/start.js').code.split('\n')[0]).toBe(COMPILE_HINT);
		expect(chunkAt('chunks/engine.js').code).toBe('export const name = "chunks/engine.js";');
		expect(chunkAt('chunks/arrow.js').code).not.toContain(COMPILE_HINT);
		expect(chunkAt('chunks/engine.js').map?.mappings).toBe('AAAA,CAAC');
	});
});
