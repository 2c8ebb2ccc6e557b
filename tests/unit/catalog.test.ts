import { describe, expect, it } from 'vitest';
import { chartSpecs, dimensions } from '$lib/catalog';
import { viewIds } from '$lib/ui/views';

describe('the chart specs', () => {
	it('each have one view, found by id, and ids are unique', () => {
		const ids = chartSpecs.map((spec) => spec.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect([...viewIds].sort()).toEqual([...ids].sort());
	});

	it('never filter a view by the dimension its own marks set (cross-filtering)', () => {
		for (const spec of chartSpecs) expect(spec.filteredBy, spec.id).not.toContain(spec.marks);
	});

	it('generate the cross-filter clause of each dimension they follow, once, for rows and sources alike', () => {
		const clause = (dimension: string) => new RegExp(`\\$${dimension} IS NULL OR`, 'g');
		for (const spec of chartSpecs)
			for (const dimension of dimensions) {
				const inRows = spec.statement.match(clause(dimension))?.length ?? 0;
				const inSources = spec.sourcesStatement.match(clause(dimension))?.length ?? 0;
				const follows = spec.filteredBy.includes(dimension);
				expect(inRows > 0 || !follows ? true : spec.statement, `${spec.id} ${dimension}`).toBe(true);
				expect(inRows === 0 || follows, `${spec.id} ${dimension} in rows`).toBe(true);
				expect(inSources === 0 || follows, `${spec.id} ${dimension} in sources`).toBe(true);
			}
	});

	it('write no SQL that restates a rule by view name, and use no magic values for "any"', () => {
		for (const spec of chartSpecs) {
			for (const other of chartSpecs) expect(spec.sourcesStatement).not.toContain(`'${other.id}'`);
			expect(spec.statement).not.toMatch(/9999|= 0 THEN|= ''/);
		}
	});
});
