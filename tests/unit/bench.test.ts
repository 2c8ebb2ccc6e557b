import { describe, expect, it } from 'vitest';
import {
	evaluateBudget,
	kindOf,
	prng,
	ratio,
	summarize,
	uploadRows,
	UPLOAD_HEADER
} from '../../bench/lib.js';

describe('bench helpers', () => {
	it('summarizes runs as median, min and max', () => {
		expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
		expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, runs: 4 });
		expect(summarize([NaN])).toBeNull();
	});
	it('gives ratios only against a positive reference', () => {
		expect(ratio(120, 100)).toBeCloseTo(1.2);
		expect(ratio(1, 0)).toBeNull();
		expect(ratio(null, 3)).toBeNull();
	});
	it('evaluates budgets as met, not met or not available', () => {
		const b = { name: 'x', limit: '≤ 1.2×', max: 1.2, unit: '×' };
		expect(evaluateBudget({ ...b, value: 1.2 }).status).toBe('met');
		expect(evaluateBudget({ ...b, value: 1.21 }).status).toBe('not met');
		expect(evaluateBudget({ ...b, value: null }).status).toBe('not available');
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
