import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartSpecs, specById, type ViewSourceRow } from '$lib/catalog';
import { singleFilterStates } from '$lib/catalog/single-states';
import {
	Coordinator,
	createAnswerBook,
	queryChart,
	queryChartSources,
	type ChartListener,
	type PrecomputedAnswers,
	type RowsOrigin
} from '$lib/coordinator';
import { filterParams } from '$lib/catalog/dimensions';
import { bindNamed, type SqlEngine, type SqlValue } from '$lib/data/engine';
import type { Filters } from '$lib/data/filters';
import type { PlainRow } from '$lib/data/rows';
import { computeAnswers } from '$lib/coordinator/precompute';
import { createNodeEngine } from '$lib/server/engine';

let engine: SqlEngine;
/** The answers as the browser gets them: through JSON, as `/data/answers.json` ships them. */
let answers: PrecomputedAnswers;
let states: Filters[];
beforeAll(async () => {
	engine = await createNodeEngine(resolve('static/data'));
	answers = JSON.parse(JSON.stringify(await computeAnswers(engine)));
	const participation = await queryChart(engine, specById('participation')!);
	states = singleFilterStates(
		participation
			.filter((row) => row.edition !== null)
			.map((row) => ({ edition: Number(row.edition), year: Number(row.year) }))
	);
	// Some 1,600 questions to DuckDB in WASM: minutes on a busy 2-core machine.
}, 600_000);

/** Counts the statements that reach the engine. */
function counting(inner: SqlEngine) {
	const statements: string[] = [];
	const run = (sql: string, values: SqlValue[]) => (statements.push(sql), inner.run(sql, values));
	return { statements, engine: { run } satisfies SqlEngine };
}

/** What one chart is handed for one filter change. */
function ask(coordinator: Coordinator, id: string, filters: Filters) {
	const heard: {
		rows?: PlainRow[];
		origin?: RowsOrigin;
		/** Every answer handed, in order: the build's, then the engine's. */
		answers: { rows: PlainRow[]; origin: RowsOrigin }[];
		sources?: ViewSourceRow[];
		error?: string;
	} = { answers: [] };
	const listener: ChartListener = {
		rows: (rows, _filters, origin) => {
			Object.assign(heard, { rows, origin });
			heard.answers.push({ rows, origin });
		},
		sources: (sources) => void (heard.sources = sources),
		error: (error) => void (heard.error = error)
	};
	return coordinator
		.connect(specById(id)!, listener)
		.update(filters)
		.then(() => heard);
}

describe("the build's answers to the single-filter states", () => {
	it('cover each value of each dimension, each edition and each year range of the filter bar', () => {
		const years = new Set(states.flatMap((state) => [state.from, state.to]).filter((y) => y !== undefined));
		const editions = states.filter((state) => state.edition !== undefined).length;
		expect(editions).toBeGreaterThan(10);
		// Every pair from ≤ to, and each end left open: n(n+1)/2 + 2n.
		const ranges = states.filter((state) => state.from !== undefined || state.to !== undefined).length;
		expect(ranges).toBe((years.size * (years.size + 1)) / 2 + 2 * years.size);
		expect(states.some((state) => state.type === 'ministry')).toBe(true);
		expect(states.some((state) => state.level === 'grand-prix')).toBe(true);
		expect(states.some((state) => state.category === 'e-content')).toBe(true);
		expect(states.every((state) => Object.keys(state).length <= 2)).toBe(true);
	});

	it.each(chartSpecs.map((spec) => spec.id))(
		"%s: rows and sources equal the engine's for every single-filter state",
		async (id) => {
			const spec = specById(id)!;
			// Never started: every answer comes from the build's, or the question fails.
			const coordinator = new Coordinator();
			coordinator.useAnswers(answers);
			const book = createAnswerBook(answers);
			for (const filters of states) {
				const label = JSON.stringify(filters);
				expect(coordinator.canAnswer(spec, filters), label).toBe(true);
				expect(await coordinator.rows(spec, filters), label).toEqual(await queryChart(engine, spec, filters));
				expect(book.sources(spec, filters), label).toEqual(await queryChartSources(engine, spec, filters));
			}
		},
		300_000
	);
});

describe("the coordinator's choice of source", () => {
	it('answers from the build before the engine, without asking it, with its sources', async () => {
		const coordinator = new Coordinator();
		coordinator.useAnswers(answers);
		expect(coordinator.state.answers).toBe(true);
		const heard = await ask(coordinator, 'prize-levels', { type: 'ministry' });
		expect(heard.origin).toBe('answers');
		expect(heard.rows).toEqual(await queryChart(engine, specById('prize-levels')!, { type: 'ministry' }));
		expect(heard.sources).toEqual(
			await queryChartSources(engine, specById('prize-levels')!, { type: 'ministry' })
		);
		expect(heard.error).toBeUndefined();
	});

	it('cuts a year range from the answered every-year rows, and leaves sources it lacks unknown', async () => {
		const coordinator = new Coordinator();
		coordinator.useAnswers(answers);
		const filters = { type: 'ministry', from: 2010, to: 2016 };
		const heard = await ask(coordinator, 'prize-levels', filters);
		expect(heard.origin).toBe('answers');
		expect(heard.rows).toEqual(await queryChart(engine, specById('prize-levels')!, filters));
		expect(heard.sources).toBeUndefined();
		expect(heard.error).toBeUndefined();
	});

	it('cannot answer a combined filter the build did not: that waits for the engine', async () => {
		const coordinator = new Coordinator();
		coordinator.useAnswers(answers);
		const combined = { type: 'ministry', from: 2010, to: 2016 };
		expect(coordinator.canAnswer(specById('repeat-winners')!, combined)).toBe(false);
		await expect(coordinator.rows(specById('repeat-winners')!, combined)).rejects.toThrow('not ready');
		await coordinator.start(async () => engine);
		expect(coordinator.canAnswer(specById('repeat-winners')!, combined)).toBe(true);
		expect(await coordinator.rows(specById('repeat-winners')!, combined)).toEqual(
			await queryChart(engine, specById('repeat-winners')!, combined)
		);
	});

	it("with the engine ready, shows the build's answer at once and the engine confirms it: the very same rows", async () => {
		const counted = counting(engine);
		const coordinator = new Coordinator();
		coordinator.useAnswers(answers);
		expect((await ask(coordinator, 'categories', { level: 'excellence' })).origin).toBe('answers');
		expect(counted.statements).toHaveLength(0);
		await coordinator.start(async () => counted.engine);
		const live = await ask(coordinator, 'categories', { level: 'excellence' });
		expect(live.answers.map((answer) => answer.origin)).toEqual(['answers', 'duckdb']);
		// Confirmed: the engine's equal rows are not handed as new rows (the view is not drawn again).
		expect(live.answers[1].rows).toBe(live.answers[0].rows);
		expect(live.rows).toEqual(await queryChart(engine, specById('categories')!, { level: 'excellence' }));
		expect(counted.statements.length).toBeGreaterThan(0);
		// A question the build did not answer: the engine's alone.
		const combined = await ask(coordinator, 'categories', { level: 'excellence', type: 'ministry' });
		expect(combined.answers.map((answer) => answer.origin)).toEqual(['duckdb']);
	});

	it('asks the engine first for the rows the build did not answer, then confirms the answered ones', async () => {
		const counted = counting(engine);
		const coordinator = new Coordinator();
		coordinator.useAnswers(answers);
		await coordinator.start(async () => counted.engine);
		const book = createAnswerBook(answers);
		// A year range with a type: the every-year charts have the type's answer, the others none.
		const combined = { type: 'ministry', from: 2010, to: 2016 };
		const unanswered = chartSpecs.filter((spec) => book.rows(spec, combined) === undefined);
		expect(unanswered.length).toBeGreaterThan(0);
		expect(unanswered.length).toBeLessThan(chartSpecs.length);
		// Every chart asks in one task, in page order, as the dashboard's effects do.
		const heard = await Promise.all(chartSpecs.map((spec) => ask(coordinator, spec.id, combined)));
		const statementOf = (sql: string) =>
			chartSpecs.find((spec) => bindNamed(spec.statement, filterParams({})).text === sql)?.id;
		const rowsAsked = counted.statements.map(statementOf).filter((id) => id !== undefined);
		expect(rowsAsked.slice(0, unanswered.length)).toEqual(unanswered.map((spec) => spec.id));
		expect(rowsAsked).toHaveLength(chartSpecs.length);
		for (const [index, spec] of chartSpecs.entries())
			expect(heard[index].rows, spec.id).toEqual(await queryChart(engine, spec, combined));
	});

	it("drops the build's answers for good at a write, or when the reader's data is restored", async () => {
		const written = new Coordinator();
		written.useAnswers(answers);
		await written.start(async () => engine);
		await written.engine.run('CREATE TEMP TABLE scratch AS SELECT 1 AS x', []);
		expect(written.state.answers).toBe(false);
		written.useAnswers(answers);
		expect(written.state.answers).toBe(false);
		expect((await ask(written, 'categories', { level: 'excellence' })).answers.map((a) => a.origin)).toEqual([
			'duckdb'
		]);

		const restored = new Coordinator();
		restored.useAnswers(answers);
		restored.dropAnswers();
		expect(restored.canAnswer(specById('categories')!, { level: 'excellence' })).toBe(false);
		await expect(restored.rows(specById('categories')!, { level: 'excellence' })).rejects.toThrow(
			'not ready'
		);
	});
});
