import { describe, expect, it } from 'vitest';
import { preloadsAtEnd } from '../../src/hooks.server';

describe('modulepreload links at the end of the body', () => {
	const page = (head: string, body: string) =>
		`<!doctype html><html><head><meta charset="utf-8">${head}</head><body><main>chart</main>${body}</body></html>`;
	const links =
		'<link href="../_app/immutable/entry/start.A.js" rel="modulepreload"><link href="../_app/immutable/nodes/2.B.js" rel="modulepreload">';

	it('moves every link, in order, from the head to just before </body>', () => {
		const moved = preloadsAtEnd(page(`<link rel="icon" href="x.svg">${links}`, '<script>start()</script>'));
		expect(moved).toBe(page('<link rel="icon" href="x.svg">', `<script>start()</script>${links}`));
	});

	it('leaves a page without links, or without a body end, as it is', () => {
		const plain = page('', '');
		expect(preloadsAtEnd(plain)).toBe(plain);
		expect(preloadsAtEnd(`<head>${links}</head>`)).toBe(`<head>${links}</head>`);
	});
});
