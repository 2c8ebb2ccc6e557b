import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page and returns its violations of every impact (minor and moderate
 * included) as readable lines
 * (`rule: target`). Injected through the DevTools protocol, so the page's CSP stays enforced.
 */
export async function axeViolations(page: Page): Promise<string[]> {
	await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: {
					run: (
						context: Document
					) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
				};
			}
		).axe;
		const result = await axe.run(document);
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			targets: v.nodes.map((n) => n.target.join(' '))
		}));
	});
	return violations.flatMap((v) => v.targets.map((target) => `${v.id} (${v.impact}): ${target}`));
}
