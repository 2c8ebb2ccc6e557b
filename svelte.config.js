import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Our stylesheets are small (1–5 kB each): inlined, the first paint never waits for a CSS
		// request queued behind the module preloads (time to first chart, `npm run bench`).
		inlineStyleThreshold: 16_384,
		prerender: {
			// Every page is reachable from `/` (the language links) and embeds come from entries().
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
