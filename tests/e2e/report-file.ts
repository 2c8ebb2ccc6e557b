import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { newSession, type Session } from './browser';

// Reading a saved report as a reader does (the report suite and the uploaded-history suite).

/** What a page shows view by view: the values of its marks and the cells of its tables. */
export interface Shown {
	ids: string[];
	marks: string[][];
	tables: string[][][][];
}

/** Read from the dashboard (a chart's marks are in its `svg[viewBox]`) or from the report (in its figure). */
export function shown(page: Page, frames: string, chart: string): Promise<Shown> {
	return page.evaluate(
		([frames, chart]) => {
			const clean = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
			const views = [...document.querySelectorAll<HTMLElement>(frames)];
			return {
				ids: views.map((view) => view.dataset.chart ?? view.dataset.view ?? ''),
				marks: views.map((view) =>
					[...(view.querySelector(chart)?.querySelectorAll('[data-value]') ?? [])]
						.map((mark) => mark.getAttribute('data-value') ?? '')
						.sort()
				),
				tables: views.map((view) =>
					[...view.querySelectorAll('table')]
						.filter((table) => !table.closest('[role="tooltip"]'))
						.map((table) =>
							[...table.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((row) =>
								[...row.cells].map(clean)
							)
						)
				)
			};
		},
		[frames, chart] as const
	);
}

/**
 * Opens a saved report where nothing can run or load (JavaScript off, offline), collecting every
 * request and every console message or page error.
 */
export async function openReport(
	file: string
): Promise<{ offline: Session; report: Page; requests: string[]; problems: string[] }> {
	const offline = await newSession({ javaScriptEnabled: false, offline: true });
	const report = await offline.context.newPage();
	const requests: string[] = [];
	const problems: string[] = [];
	report.on('request', (request) => requests.push(request.url()));
	report.on('console', (message) => problems.push(message.text()));
	report.on('pageerror', (error) => problems.push(error.message));
	await report.goto(pathToFileURL(file).href);
	return { offline, report, requests, problems };
}
