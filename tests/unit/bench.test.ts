import { describe, expect, it } from 'vitest';
import {
	evaluateBudget,
	kindOf,
	paintAfter,
	prng,
	ratio,
	summarize,
	summarizeByName,
	uploadRows,
	UPLOAD_HEADER
} from '../../bench/lib.js';
import { responsiveBlock } from '../../bench/site.js';
import { interactSummary } from '../../bench/scenarios/interact.js';

describe('bench helpers', () => {
	it('summarizes runs as median, min and max', () => {
		expect(summarize([5, 1, 3])).toEqual({ median: 3, p95: 5, min: 1, max: 5, runs: 3 });
		expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, p95: 4, min: 1, max: 4, runs: 4 });
		// Nearest rank: of 20 values the 19th, of 40 the 38th.
		const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
		expect(summarize(twenty)?.p95).toBe(19);
		expect(summarize([...twenty, ...twenty.map((v) => v + 20)])?.p95).toBe(38);
		expect(summarize([NaN])).toBeNull();
	});
	it('summarizes per-name timings across runs, skipping runs without any', () => {
		const byName = summarizeByName([{ a: 3, b: 10 }, null, { a: 1 }, { a: 2, b: 20 }]);
		expect(byName.a).toEqual({ median: 2, p95: 3, min: 1, max: 3, runs: 3 });
		expect(byName.b).toEqual({ median: 15, p95: 20, min: 10, max: 20, runs: 2 });
		expect(summarizeByName([])).toEqual({});
	});
	it('gives ratios only against a positive reference', () => {
		expect(ratio(120, 100)).toBeCloseTo(1.2);
		expect(ratio(1, 0)).toBeNull();
		expect(ratio(null, 3)).toBeNull();
	});
	it('evaluates budgets as met, not met or not measured', () => {
		const b = { name: 'x', limit: '≤ 1.2×', max: 1.2, unit: '×' };
		expect(evaluateBudget({ ...b, value: 1.2 }).status).toBe('met');
		expect(evaluateBudget({ ...b, value: 1.21 }).status).toBe('not met');
		expect(evaluateBudget({ ...b, value: null }).status).toBe('not measured');
		expect(evaluateBudget({ ...b, value: NaN }).status).toBe('not measured');
	});
	it("takes the chart's paint as the first paint at or after its marks exist", () => {
		// Prerendered: the marks exist in the first frame, the first contentful paint shows them.
		expect(paintAfter(16, [52, 52, 90])).toBe(52);
		// Inserted later: the paints before the marks do not count.
		expect(paintAfter(400, [52, 390, 431, 420])).toBe(420);
		expect(paintAfter(400, [400])).toBe(400);
		// No paint reported after the marks, or no marks: not measured, never the chart's DOM time.
		expect(paintAfter(400, [52])).toBeNull();
		expect(paintAfter(null, [52])).toBeNull();
	});
	it('splits requests by kind', () => {
		expect(kindOf('/_app/immutable/assets/duckdb-eh.x.wasm')).toBe('wasm');
		expect(kindOf('/_app/immutable/chunks/a.js?v=1')).toBe('js');
		expect(kindOf('/data/editions.csv')).toBe('data');
		expect(kindOf('/fr/', 'text/html')).toBe('other');
	});
	it('generates the same upload rows for the same seed, with Arabic and French text', () => {
		const first = [...uploadRows(3)];
		expect([...uploadRows(3)]).toEqual(first);
		expect(first[0].startsWith('1,')).toBe(true);
		expect(first.join('\n')).toMatch(/[\u0600-\u06ff]/);
		expect(first.join('\n')).toMatch(/[A-Za-zé]/);
		expect(first[0].split(',').length).toBeGreaterThanOrEqual(UPLOAD_HEADER.split(',').length);
		const r = prng(1);
		expect(r()).toBe(prng(1)());
	});
});

describe('the second visit', () => {
	it('sets the engine ready online against the WASM compilation and against a bare engine started from cache', () => {
		const visit = (onlineMs: number, bareStartMs: number | null) => ({
			compileMs: 200,
			bareStartMs,
			onlineMs,
			offlineMs: onlineMs - 100,
			controlled: true
		});
		const { secondVisit } = interactSummary({
			'second-visit': [visit(1300, 1250), visit(1400, null), visit(1200, 1000), null]
		});
		expect(secondVisit.onlineRatio).toBeCloseTo(6.5);
		// Runs whose bare start failed are left out of its median, not counted as zero.
		expect(secondVisit.bareStart?.median).toBe(1125);
		expect(secondVisit.bareRatio).toBeCloseTo(1300 / 1125);
		expect(secondVisit.controlledRuns).toBe(3);
	});
});

describe('the floor page', () => {
	it("takes the chart's whole responsive block, every prerendered variant", () => {
		const variant = (w: number) =>
			`<div class="variant v${w}"><svg class="chart grouped-bars" viewBox="0 0 ${w} 9"><g><rect/></g></svg></div>`;
		const block = `<div class="responsive x">${variant(240)}${variant(520)}<div><p>note</p></div></div>`;
		const html = `<main><div class="other"><div>legend</div></div>${block}<div>after</div></main>`;
		expect(responsiveBlock(html, html.indexOf('<svg'))).toBe(block);
		expect(() => responsiveBlock('<svg class="chart grouped-bars"></svg>', 0)).toThrow(/not inside/);
	});
});
