import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { chunkGroups } from './scripts/chunk-groups.js';
import { compileHints } from './scripts/compile-hints.js';
import { duckdbProgress } from './scripts/duckdb-progress.js';

export default defineConfig({
	// compileHints: V8 compiles hydration's modules while they stream (scripts/compile-hints.js);
	// duckdbProgress: the engine's worker reports its download on a smooth link too.
	plugins: [sveltekit(), compileHints(), duckdbProgress()],
	worker: { format: 'es' },
	// The modules a page hydrates with in a few files, not 25 (scripts/chunk-groups.js says why).
	build: { rollupOptions: { output: { codeSplitting: chunkGroups() } } },
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/svg/**/*.test.ts'],
		environment: 'node',
		// Several files start a real DuckDB in beforeAll; a busy machine needs more than the default 10 s.
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// The JSON report is what `.ci/run` counts: real results, not a parsed console.
		reporters: ['default', 'json'],
		outputFile: { json: 'test-results/unit.json' }
	}
});
