import { error } from '@sveltejs/kit';
import { tables } from '$lib/data/tables';
import { getPrerenderEngine } from '$lib/server/engine';
import { tableAsParquet } from '$lib/server/parquet-table';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => tables.map((table) => ({ table: table.name }));

// Build time only: each built-in table beside its CSV, as `/data/<table>.parquet`.
export const GET: RequestHandler = async ({ params }) => {
	if (!tables.some((table) => table.name === params.table)) error(404, 'No such table');
	const bytes = await tableAsParquet(await getPrerenderEngine(), params.table);
	return new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), {
		headers: { 'Content-Type': 'application/vnd.apache.parquet' }
	});
};
