// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		interface PageState {
			/** A filter change's query string (src/lib/ui/page-search.ts). */
			search?: string;
		}
		// interface Platform {}
	}
	interface Window {
		/** The chart boxes' widths, read once the page is painted (src/app.html). */
		__chartWidths?: Map<string, number>;
	}
}

declare module '*.sql?raw' {
	const sql: string;
	export default sql;
}

export {};
