import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end journeys: a real Chromium against the built site served as `npm start` serves it.
export default defineConfig({
	// The route list iterates the chart specs, which read their SQL through `$lib`.
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		environment: 'node',
		// One browser at a time: the machine has two cores and timings must not starve each other.
		fileParallelism: false,
		reporters: ['default', 'json'],
		outputFile: { json: 'test-results/e2e.json' },
		// A page waits on a worker and a real engine: on a loaded 2-core machine that takes seconds,
		// not expect.poll's default 1 s. Conditions are polled, never a fixed sleep.
		expect: { poll: { timeout: 20_000 } },
		testTimeout: 60_000,
		hookTimeout: 60_000
	}
});
