import { json } from '@sveltejs/kit';
import { computeAnswers } from '$lib/coordinator/precompute';
import { getPrerenderEngine } from '$lib/server/engine';

export const prerender = true;

// Build time only: the dashboard's answers to its single-filter states, for before the engine.
export const GET = async () => json(await computeAnswers(await getPrerenderEngine()));
