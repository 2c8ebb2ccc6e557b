// @ts-check
// A link of given speed in front of a local server: a proxy where each request waits a round trip
// and every response shares one download rate, in turns. The bench's phone profile and the
// end-to-end test of an engine start on a slow link both load the site through it.
import http from 'node:http';

/** How often the link hands out bytes, and the most it keeps unused (a burst). */
const TICK_MS = 5;
const BURST_MS = 20;

/**
 * A proxy to `target` (an origin) with the phone's link: each request waits the round trip before
 * it is sent on, request bodies go up at the upload rate, and every response body shares the
 * download rate with the others under way, in turns (as one link does).
 * @param {string} target
 * @param {{ latency: number, downloadThroughput: number, uploadThroughput: number }} network ms, bytes/s
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function createThrottle(target, network) {
	const upstream = new URL(target);
	/** @type {{ send: Buffer[], queued: number, wake: () => void, flushed: (() => void) | null, out: http.ServerResponse }[]} */
	const streams = [];
	/** @param {(typeof streams)[number]} stream */
	const drop = (stream) => {
		const at = streams.indexOf(stream);
		if (at >= 0) streams.splice(at, 1);
	};
	let allowance = 0;
	let turn = 0;
	const perTick = (network.downloadThroughput * TICK_MS) / 1000;
	const timer = setInterval(() => {
		allowance = Math.min(allowance + perTick, (network.downloadThroughput * BURST_MS) / 1000);
		while (allowance >= 1 && streams.some((s) => s.queued > 0)) {
			turn = (turn + 1) % streams.length;
			const stream = streams[turn];
			if (stream.queued === 0) continue;
			const head = stream.send[0];
			const n = Math.min(head.length, Math.floor(allowance), 1460);
			stream.out.write(head.subarray(0, n));
			if (n === head.length) stream.send.shift();
			else stream.send[0] = head.subarray(n);
			stream.queued -= n;
			allowance -= n;
			if (stream.queued < 64 * 1024) stream.wake();
			if (stream.queued === 0) stream.flushed?.();
		}
	}, TICK_MS);
	const server = http.createServer((req, res) => {
		setTimeout(() => {
			const forward = http.request(
				{
					host: upstream.hostname,
					port: upstream.port,
					method: req.method,
					path: req.url,
					headers: { ...req.headers, host: upstream.host }
				},
				(response) => {
					res.writeHead(response.statusCode ?? 502, response.headers);
					/** @type {(typeof streams)[number]} */
					const stream = { send: [], queued: 0, wake: () => response.resume(), flushed: null, out: res };
					streams.push(stream);
					response.on('data', (chunk) => {
						stream.send.push(chunk);
						stream.queued += chunk.length;
						if (stream.queued >= 64 * 1024) response.pause();
					});
					response.on('end', () => {
						const finish = () => {
							drop(stream);
							res.end();
						};
						if (stream.queued === 0) finish();
						else stream.flushed = finish;
					});
					response.on('error', () => res.destroy());
					// A reader gone (a page closed mid-download) leaves the link to the others.
					res.on('close', () => drop(stream));
				}
			);
			forward.on('error', () => res.destroy());
			res.on('close', () => forward.destroy());
			res.on('error', () => forward.destroy());
			// Request bodies (rare: the site only reads) go up at the upload rate.
			let sent = 0;
			const started = Date.now();
			req.on('data', (chunk) => {
				sent += chunk.length;
				const due = started + (sent / network.uploadThroughput) * 1000 - Date.now();
				forward.write(chunk);
				if (due > 0) {
					req.pause();
					setTimeout(() => req.resume(), due);
				}
			});
			req.on('end', () => forward.end());
		}, network.latency);
	});
	await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}/`,
		close: () =>
			new Promise((done) => {
				clearInterval(timer);
				server.close(() => done());
				server.closeAllConnections();
			})
	};
}
