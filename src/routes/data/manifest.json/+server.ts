import { json } from '@sveltejs/kit';
import { createDataManifest } from '$lib/server/data-manifest';

export const prerender = true;

export const GET = async () => json(await createDataManifest());
