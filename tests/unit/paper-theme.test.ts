import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paperTheme } from '$lib/export/paper-theme';

/** The custom properties of the first `:root` block of the site's stylesheet: its light theme. */
function lightRoot(): Record<string, string> {
	const css = readFileSync('src/app.css', 'utf8');
	const block = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
	return Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

describe('a report goes on paper in the light palette', () => {
	const dark = {
		background: '#111827',
		foreground: '#f3f4f6',
		muted: '#cbd5e1',
		vars: { '--chart-fg': '#f3f4f6', '--chart-grid': '#374151', '--series-x': '#0072B2' }
	};

	it('replaces every site colour of a dark capture with the light theme of src/app.css', () => {
		const root = lightRoot();
		const paper = paperTheme(dark);
		expect(paper.background).toBe(root['--chart-bg']);
		expect(paper.foreground).toBe(root['--chart-fg']);
		expect(paper.muted).toBe(root['--chart-muted']);
		expect(paper.vars['--chart-fg']).toBe(root['--chart-fg']);
		expect(paper.vars['--chart-grid']).toBe(root['--chart-grid']);
		// A colour that is not the site's (a series) stays as drawn.
		expect(paper.vars['--series-x']).toBe('#0072B2');
	});

	it('knows every colour of the light theme, so none is left dark', () => {
		const root = lightRoot();
		const names = Object.keys(root).filter((name) => root[name].startsWith('#'));
		expect(names.length).toBeGreaterThan(8);
		const vars = Object.fromEntries(names.map((name) => [name, 'dark']));
		expect(paperTheme({ ...dark, vars }).vars).toEqual(
			Object.fromEntries(names.map((name) => [name, root[name]]))
		);
	});
});
