// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
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
