import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	worker: { format: 'es' },
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/svg/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000
	}
});
