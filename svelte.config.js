import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		prerender: {
			// Every page is reachable from `/` (the language links) and embeds come from entries().
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
