import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { HEIGHT_KEY, heightMessage, MAX_HEIGHT, MIN_HEIGHT, readHeightMessage } from '$lib/embed/message';

const SITE = 'https://observatory.example';

/** Valid and invalid messages: [label, data, origin, expected updates]. */
const cases: [string, unknown, string, { chart: string; height: number }[]][] = [
	['valid', heightMessage('participation', 611.2), SITE, [{ chart: 'participation', height: 612 }]],
	[
		'two charts',
		{ [HEIGHT_KEY]: { a: 100, b: 200 } },
		SITE,
		[
			{ chart: 'a', height: 100 },
			{ chart: 'b', height: 200 }
		]
	],
	['other origin', heightMessage('participation', 600), 'https://evil.example', []],
	['absurd height', { [HEIGHT_KEY]: { participation: 1e9 } }, SITE, []],
	['too small', { [HEIGHT_KEY]: { participation: MIN_HEIGHT - 1 } }, SITE, []],
	[
		'bounds inclusive',
		{ [HEIGHT_KEY]: { a: MIN_HEIGHT, b: MAX_HEIGHT } },
		SITE,
		[
			{ chart: 'a', height: MIN_HEIGHT },
			{ chart: 'b', height: MAX_HEIGHT }
		]
	],
	['NaN', { [HEIGHT_KEY]: { participation: NaN } }, SITE, []],
	['Infinity', { [HEIGHT_KEY]: { participation: Infinity } }, SITE, []],
	['string height', { [HEIGHT_KEY]: { participation: '600' } }, SITE, []],
	['bad chart id', { [HEIGHT_KEY]: { '<img>': 600 } }, SITE, []],
	['extra key', { [HEIGHT_KEY]: { participation: 600 }, x: 1 }, SITE, []],
	['array body', { [HEIGHT_KEY]: [600] }, SITE, []],
	['string data', 'imtiaz-embed-height', SITE, []],
	['null', null, SITE, []]
];

describe('readHeightMessage', () => {
	it.each(cases)('%s', (_label, data, origin, expected) => {
		expect(readHeightMessage(data, origin, SITE)).toEqual(expected);
	});
});

/** Runs static/embed.js in a fake page with two iframes and returns a function that delivers a message. */
function hostPage() {
	const frames = ['participation', 'other'].map((chart) => ({
		contentWindow: { name: chart },
		style: { height: '' },
		getAttribute: (name: string) => (name === 'data-imtiaz-chart' ? chart : null)
	}));
	let listener: ((event: unknown) => void) | undefined;
	runInNewContext(readFileSync('static/embed.js', 'utf8'), {
		URL,
		location: { href: 'https://news.example/article' },
		document: {
			currentScript: { src: `${SITE}/embed.js` },
			getElementsByTagName: () => frames
		},
		window: {
			addEventListener: (type: string, fn: (event: unknown) => void) => {
				if (type === 'message') listener = fn;
			}
		}
	});
	return {
		frames,
		post(data: unknown, origin: string, source: unknown = null) {
			listener?.({ data, origin, source });
		}
	};
}

describe('static/embed.js (the host script)', () => {
	it.each(cases)('agrees with readHeightMessage: %s', (_label, data, origin, expected) => {
		const page = hostPage();
		page.post(data, origin);
		for (const frame of page.frames) {
			const chart = frame.getAttribute('data-imtiaz-chart');
			const update = expected.find((u) => u.chart === chart);
			expect(frame.style.height).toBe(update ? `${update.height}px` : '');
		}
	});

	it('resizes the iframe the message came from, even if its data attribute names another chart', () => {
		const page = hostPage();
		page.post(heightMessage('participation', 700), SITE, page.frames[1].contentWindow);
		expect(page.frames[1].style.height).toBe('700px');
		expect(page.frames[0].style.height).toBe('');
	});
});
