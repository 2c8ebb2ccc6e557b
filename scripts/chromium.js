// @ts-check
// The system Chromium used by the end-to-end tests, the screenshots and the benchmark.

/** Where Debian installs it; CHROMIUM_PATH overrides. */
export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, and making no request of its own on this closed network. */
export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
