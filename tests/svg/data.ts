import { resolve } from 'node:path';
import { specById } from '$lib/catalog';
import { queryChart } from '$lib/coordinator';
import type { SqlEngine } from '$lib/data/engine';
import type { PlainRow } from '$lib/data/rows';
import { createNodeEngine } from '$lib/server/engine';

let engine: Promise<SqlEngine> | undefined;

/**
 * The committed dataset (`static/data/`) in the Node engine the prerender uses, so a snapshot
 * draws what the site draws: its rows come from the dashboard's own queries, not from copies.
 */
export function committedData(): Promise<SqlEngine> {
	return (engine ??= createNodeEngine(resolve('static/data')));
}

/** A chart's rows on the committed data, unfiltered, as its spec's statement returns them. */
export async function chartRows<Row extends PlainRow>(id: string): Promise<Row[]> {
	return queryChart<Row>(await committedData(), specById(id)!, {});
}
