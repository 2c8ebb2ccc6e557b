import type { TestProject } from 'vitest/node';
import { createServer } from '../../scripts/serve.js';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

let close: (() => Promise<void>) | undefined;

/** Serves `build/` exactly as `npm start` does, on a free port, for the whole run. */
export async function setup(project: TestProject): Promise<void> {
	const server = await createServer({ root: 'build', port: 0, host: '127.0.0.1' });
	close = server.close;
	project.provide('baseUrl', server.url.replace(/\/$/, ''));
}

export async function teardown(): Promise<void> {
	await close?.();
}
