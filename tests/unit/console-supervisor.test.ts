import { describe, expect, it } from 'vitest';
import { EngineLost, EngineSupervisor, HUNG, type SupervisedEngine } from '$lib/console/supervisor';

/** A promise and the hands that settle it. */
function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
	return { promise, resolve, reject };
}

/**
 * A fake engine: `ping` answers unless the engine hangs; `work` is a query that ends only when
 * told, or when `cancel` is heard (unless it is a runaway, which cancel does not reach).
 */
class FakeEngine implements SupervisedEngine {
	disposed = false;
	hung = false;
	runaway = false;
	cancels = 0;
	#query = deferred<string>();
	constructor(
		readonly id: number,
		readonly lose: (reason: string) => void
	) {}
	ping = () => (this.hung ? new Promise<never>(() => {}) : Promise.resolve());
	work = () => {
		this.#query = deferred<string>();
		return this.#query.promise;
	};
	finish = (value: string) => this.#query.resolve(value);
	cancel = async () => {
		this.cancels++;
		if (!this.runaway) this.#query.reject(new Error('INTERRUPT Error: Interrupted!'));
		return true;
	};
	dispose = async () => void (this.disposed = true);
}

function setUp() {
	const engines: FakeEngine[] = [];
	const events: string[] = [];
	const supervisor = new EngineSupervisor<FakeEngine>({
		start: async (onLost) => {
			const engine = new FakeEngine(engines.length, onLost);
			engines.push(engine);
			return engine;
		},
		timeouts: () => ({ hangMs: 30, cancelGraceMs: 30 }),
		onRestarting: (reason, cause) => void events.push(`restarting ${cause}: ${reason}`),
		onRestarted: (result, reason, cause) =>
			void events.push('engine' in result ? `restarted ${cause} as #${result.engine.id}` : 'failed')
	});
	return { supervisor, engines, events };
}

async function lostOf(call: Promise<unknown>): Promise<EngineLost> {
	const failure = await call.then(
		() => null,
		(error: unknown) => error
	);
	expect(failure).toBeInstanceOf(EngineLost);
	return failure as EngineLost;
}

describe('EngineSupervisor', () => {
	it('answers calls from the engine it started', async () => {
		const { supervisor, engines } = setUp();
		await supervisor.start();
		const call = supervisor.call((engine) => engine.work());
		engines[0].finish('42');
		expect(await call).toBe('42');
		expect(supervisor.restarts).toBe(0);
	});

	it('a worker that dies: its pending call ends, it is ended and a new engine takes its place', async () => {
		const { supervisor, engines, events } = setUp();
		await supervisor.start();
		const call = supervisor.call((engine) => engine.work());
		engines[0].lose('simulated crash');
		const lost = await lostOf(call);
		expect([lost.reason, lost.cause]).toEqual(['simulated crash', 'lost']);
		await supervisor.settled();
		expect(engines[0].disposed).toBe(true);
		expect(supervisor.engine).toBe(engines[1]);
		expect(events).toEqual(['restarting lost: simulated crash', 'restarted lost as #1']);
		// The old engine's late death means nothing now; the new one answers.
		engines[0].lose('again');
		const next = supervisor.call((engine) => engine.work());
		engines[1].finish('answered');
		expect(await next).toBe('answered');
		expect(engines).toHaveLength(2);
	});

	it('a worker that does not answer a short call within the hang time is replaced', async () => {
		const { supervisor, engines, events } = setUp();
		await supervisor.start();
		engines[0].hung = true;
		const lost = await lostOf(supervisor.call((engine) => engine.ping(), { hang: true }));
		expect(lost.reason).toBe(HUNG);
		await supervisor.settled();
		expect(events).toEqual([`restarting lost: ${HUNG}`, 'restarted lost as #1']);
		await expect(supervisor.call((engine) => engine.ping(), { hang: true })).resolves.toBeUndefined();
	});

	it('a long call without the hang flag is left to run (the reader stops it)', async () => {
		const { supervisor, engines } = setUp();
		await supervisor.start();
		const call = supervisor.call((engine) => engine.work());
		// Three hang times pass: a query may run as long as the reader lets it.
		await new Promise((resolve) => setTimeout(resolve, 90));
		engines[0].finish('late but fine');
		expect(await call).toBe('late but fine');
		expect(engines).toHaveLength(1);
	});

	it('Stop on a query that hears the cancel: no restart', async () => {
		const { supervisor, engines } = setUp();
		await supervisor.start();
		const call = supervisor.call((engine) => engine.work());
		call.catch(() => undefined);
		expect(await supervisor.stop()).toBe('cancelled');
		await expect(call).rejects.toThrow(/Interrupted/);
		expect(engines).toHaveLength(1);
		expect(engines[0].disposed).toBe(false);
	});

	it('Stop on a runaway query: after the grace time its worker is ended and a new engine started', async () => {
		const { supervisor, engines, events } = setUp();
		await supervisor.start();
		engines[0].runaway = true;
		const call = supervisor.call((engine) => engine.work());
		expect(await supervisor.stop()).toBe('restarted');
		expect(engines[0].cancels).toBe(1);
		expect((await lostOf(call)).cause).toBe('stopped');
		expect(engines[0].disposed).toBe(true);
		expect(events).toEqual(['restarting stopped: the query was stopped', 'restarted stopped as #1']);
		const next = supervisor.call((engine) => engine.work());
		engines[1].finish('42');
		expect(await next).toBe('42');
	});

	it('Stop with nothing running does nothing', async () => {
		const { supervisor, engines } = setUp();
		await supervisor.start();
		expect(await supervisor.stop()).toBe('idle');
		expect(engines[0].cancels).toBe(0);
	});
});
