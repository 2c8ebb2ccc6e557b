import { resolve } from 'node:path';
import type { SqlEngine } from '$lib/data/engine';
import { createNodeEngine } from '$lib/server/engine';

let engine: Promise<SqlEngine> | undefined;

/**
 * The committed dataset (`static/data/`) in the Node engine the prerender uses, so a snapshot
 * draws what the site draws: its rows come from the dashboard's own queries, not from copies.
 */
export function committedData(): Promise<SqlEngine> {
	return (engine ??= createNodeEngine(resolve('static/data')));
}
