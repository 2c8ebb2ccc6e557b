// @ts-check
// The screenshot gallery (docs/screenshots/): every route of the built site in ar, fr and en, at a
// phone's width and a desktop's, and the dashboard in dark too. Builds when needed, serves `build/`
// as `npm start` does, and photographs each page in the system Chromium once it has settled (the
// dashboard's engine ready, the console's editor ready). `--only <text>` keeps the shots whose file
// name contains the text.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { buildIfNeeded } from './build-if-needed.js';
import { chromiumArgs, executablePath } from './chromium.js';
import { createServer } from './serve.js';

const out = 'docs/screenshots';
const langs = ['ar', 'fr', 'en'];
const sizes = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1280, height: 900 }
];
/** An institution with attached bodies and several sources: the page with the most to show. */
const institution = 'mef';

/** What a page must show before its picture is taken. */
const settled = {
	dashboard: () => document.documentElement.dataset.engine === 'ready',
	console: () => document.querySelector('.console[data-status="ready"] .editor[data-ready="true"]') !== null,
	page: () => document.readyState === 'complete',
	// An embed is hydrated (its downloads shown) once it has set its theme.
	embed: () => document.readyState === 'complete' && document.documentElement.dataset.theme !== undefined
};

await buildIfNeeded();
// The embeds are named by the build itself, so a chart added to the specs is photographed too.
const charts = (await readdir('build/en/embed', { withFileTypes: true }))
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name)
	.sort();
const routes = [
	{ name: 'dashboard', path: '', settle: settled.dashboard },
	{ name: 'console', path: 'sql', settle: settled.console },
	{ name: 'data', path: 'data', settle: settled.dashboard },
	{ name: 'institution', path: `institutions/${institution}`, settle: settled.page },
	...charts.map((chart) => ({ name: `embed-${chart}`, path: `embed/${chart}`, settle: settled.embed }))
];
const shots = routes.flatMap((route) =>
	langs.flatMap((lang) =>
		sizes.flatMap((size) => [
			{ route, lang, size, scheme: 'light' },
			...(route.name === 'dashboard' ? [{ route, lang, size, scheme: 'dark' }] : [])
		])
	)
);
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : undefined;
const fileOf = (/** @type {(typeof shots)[number]} */ shot) =>
	`${shot.route.name}-${shot.lang}-${shot.size.name}${shot.scheme === 'dark' ? '-dark' : ''}.png`;
const chosen = shots.filter((shot) => !only || fileOf(shot).includes(only));

if (!only) await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const server = await createServer({ root: 'build', port: 0 });
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
	for (const shot of chosen) {
		const context = await browser.newContext({
			viewport: { width: shot.size.width, height: shot.size.height },
			colorScheme: /** @type {'light' | 'dark'} */ (shot.scheme),
			locale: shot.lang === 'ar' ? 'ar-MA' : shot.lang === 'fr' ? 'fr-FR' : 'en-GB'
		});
		const page = await context.newPage();
		await page.goto(new URL(`/${shot.lang}/${shot.route.path}`, server.url).href);
		await page.waitForFunction(shot.route.settle, null, { timeout: 120_000 });
		// The fonts are switched on after the first paint (src/app.html): wait for the switch, then
		// for every face the laid-out text asks for.
		await page.waitForFunction(
			() => document.querySelector('link[data-fonts]')?.getAttribute('media') === 'all'
		);
		await page.evaluate(() => {
			void document.body.getBoundingClientRect();
			return document.fonts.ready;
		});
		// A whole-page picture paints what is off screen too: frames skipped until the reader scrolls
		// near them (content-visibility) are laid out as they are when reached.
		await page.evaluate(() =>
			document.querySelectorAll('.chart-frame').forEach((frame) => {
				if (frame instanceof HTMLElement) frame.style.contentVisibility = 'visible';
			})
		);
		await page.evaluate(
			() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
		);
		const file = fileOf(shot);
		await page.screenshot({ path: `${out}/${file}`, fullPage: true });
		console.log(`${out}/${file}`);
		await context.close();
	}
	if (!only) await writeFile(`${out}/README.md`, gallery());
} finally {
	await browser.close();
	await server.close();
}

/** The gallery's index: one table per route, a row per language, phone and desktop side by side. */
function gallery() {
	const lines = [
		'# Screenshots',
		'',
		'Written by `npm run screenshot` from the built site (headless Chromium; phone 390 px, desktop 1280 px).',
		''
	];
	for (const route of routes) {
		lines.push(`## ${route.name} (\`/{lang}/${route.path}\`)`, '', '| | phone | desktop |', '|---|---|---|');
		for (const lang of langs)
			for (const scheme of route.name === 'dashboard' ? ['light', 'dark'] : ['light']) {
				const suffix = scheme === 'dark' ? '-dark' : '';
				const cell = (/** @type {string} */ size) =>
					`<img src="${route.name}-${lang}-${size}${suffix}.png" width="${size === 'phone' ? 160 : 320}" alt="${route.name}, ${lang}, ${size}${scheme === 'dark' ? ', dark' : ''}">`;
				lines.push(`| ${lang}${scheme === 'dark' ? ' dark' : ''} | ${cell('phone')} | ${cell('desktop')} |`);
			}
		lines.push('');
	}
	return lines.join('\n');
}
