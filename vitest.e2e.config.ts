import { defineConfig } from 'vitest/config';

// End-to-end journeys: a real Chromium against the built site served as `npm start` serves it.
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		environment: 'node',
		// One browser at a time: the machine has two cores and timings must not starve each other.
		fileParallelism: false,
		reporters: ['default', 'json'],
		outputFile: { json: 'test-results/e2e.json' },
		testTimeout: 60_000,
		hookTimeout: 60_000
	}
});
