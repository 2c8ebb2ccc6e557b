import type { ExportTheme } from './standalone';

/**
 * The light palette of the site (`src/app.css`, `:root`), for what goes on paper: a report saved
 * from a page in dark mode still prints dark text on white, not a black slab per chart.
 */
const light: Record<string, string> = {
	'--bg': '#f8fafc',
	'--card': '#ffffff',
	'--fg': '#111827',
	'--muted': '#4b5563',
	'--grid': '#e5e7eb',
	'--link': '#005a8c',
	'--warn': '#b45309',
	'--warn-bg': '#fff7ed',
	'--chart-bg': '#ffffff',
	'--chart-fg': '#111827',
	'--chart-muted': '#4b5563',
	'--chart-grid': '#e5e7eb'
};

/** The theme of a capture with every site colour taken from the light palette. */
export function paperTheme(theme: ExportTheme): ExportTheme {
	const vars = Object.fromEntries(
		Object.entries(theme.vars).map(([name, value]) => [name, light[name] ?? value])
	);
	return {
		background: light['--chart-bg'],
		foreground: light['--chart-fg'],
		muted: light['--chart-muted'],
		vars
	};
}
