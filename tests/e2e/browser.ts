import {
	chromium,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Page
} from 'playwright-core';
import { inject } from 'vitest';

import { chromiumArgs as args, executablePath } from '../../scripts/chromium.js';

export const baseUrl = (): string => inject('baseUrl');

/** What a page did that a journey must check: errors, requests elsewhere, CSP violations. */
export interface PageLog {
	consoleErrors: string[];
	pageErrors: string[];
	foreignRequests: string[];
	cspViolations: string[];
	requests: string[];
}

export interface Session {
	context: BrowserContext;
	close: () => Promise<void>;
}

let browser: Browser | undefined;

/**
 * One Chromium per test file. Playwright gives every launch a fresh, empty user-data-dir (cold
 * cache, no state between runs) and every context its own storage.
 */
export async function launchBrowser(): Promise<Browser> {
	browser = await chromium.launch({ executablePath, args });
	return browser;
}

/** Every CSP violation and request to another origin seen by any page of this file. */
const suiteProblems: string[] = [];

/**
 * Closes the browser and fails the file if any page broke the CSP or reached another origin,
 * whether or not its own test looked at the log.
 */
export async function closeBrowser(): Promise<void> {
	await browser?.close();
	if (suiteProblems.length > 0)
		throw new Error(`Security problems during this file:\n${suiteProblems.join('\n')}`);
}

export async function newSession(options: BrowserContextOptions = {}): Promise<Session> {
	if (!browser) throw new Error('launchBrowser() first');
	// Service workers answer requests that `route` then never sees (Playwright's advice: block
	// them); the journeys that test the service worker allow it.
	const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block', ...options });
	return { context, close: () => context.close() };
}

/** Opens a page that records everything a journey asserts on. */
export async function openPage(session: Session, path: string): Promise<{ page: Page; log: PageLog }> {
	const page = await session.context.newPage();
	const log: PageLog = {
		consoleErrors: [],
		pageErrors: [],
		foreignRequests: [],
		cspViolations: [],
		requests: []
	};
	const origin = new URL(baseUrl()).origin;
	page.on('console', (message) => {
		if (message.type() === 'error') log.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => log.pageErrors.push(error.message));
	page.on('request', (request) => {
		log.requests.push(request.url());
		const url = new URL(request.url());
		if (url.protocol.startsWith('http') && url.origin !== origin) {
			log.foreignRequests.push(request.url());
			suiteProblems.push(`request to another origin: ${request.url()}`);
		}
	});
	await page.exposeFunction('__reportCspViolation', (text: string) => {
		log.cspViolations.push(text);
		suiteProblems.push(`CSP violation on ${path}: ${text}`);
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { __reportCspViolation: (text: string) => void })
				.__reportCspViolation;
			report(
				`${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`
			);
		});
	});
	await page.goto(baseUrl() + path);
	return { page, log };
}

/** What `cleanLog` of a page that stayed clean equals. */
export const clean: Omit<PageLog, 'requests'> = Object.freeze({
	consoleErrors: [],
	pageErrors: [],
	foreignRequests: [],
	cspViolations: []
});

/** A page that stayed clean: no errors, nothing sent to another origin, no CSP violation. */
export function cleanLog(log: PageLog): Omit<PageLog, 'requests'> {
	const { requests: _requests, ...rest } = log;
	return rest;
}

/** The documents the page loads from now on (a client-side change loads none). */
export function documentLoads(page: Page): string[] {
	const documents: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'document') documents.push(request.url());
	});
	return documents;
}

/**
 * The page's fonts in: they are switched on after its first paint (the end-of-page script of
 * src/app.html; without JavaScript its <noscript> link holds them from the start), then every face
 * the laid-out text asks for is loaded. `document.fonts.ready` alone can resolve before the switch.
 */
export async function fontsLoaded(page: Page): Promise<void> {
	await page.waitForFunction(
		() =>
			document.querySelector('link[data-fonts]')?.getAttribute('media') === 'all' ||
			document.querySelector('noscript > link[rel="stylesheet"]') !== null
	);
	await page.evaluate(() => {
		// Laid out with the sheet on: the faces its text needs are asked for now.
		void document.body.getBoundingClientRect();
		return document.fonts.ready.then(() => undefined);
	});
}

/**
 * Opens every closed disclosure `selector` matches (a chart's data table, its "how this was
 * computed") as a reader does, by a click on its summary, and waits until each shows its body:
 * once the page runs, a closed one holds only its summary (see src/lib/ui/Disclosure.svelte).
 */
export async function openDisclosures(page: Page, selector: string): Promise<void> {
	const closed = page.locator(`${selector}:not([open]) > summary`);
	while ((await closed.count()) > 0) await closed.first().click();
	await page.waitForFunction(
		(selector) =>
			[...document.querySelectorAll<HTMLDetailsElement>(selector)].every(
				(details) => details.open && details.children.length > 1
			),
		selector
	);
}
