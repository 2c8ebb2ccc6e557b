/**
 * The auto-height protocol between an embed page and its host page. The embed posts
 * `{ "imtiaz-embed-height": { "<chart>": <pixels> } }` to its parent; the host script (`static/embed.js`,
 * which mirrors `readHeightMessage` and is tested against it) resizes the matching iframes.
 * Dependency-free on purpose: the host script must stay tiny.
 */
export const HEIGHT_KEY = 'imtiaz-embed-height';
/** Heights outside these bounds are ignored: a forged or broken message cannot collapse or blow up a page. */
export const MIN_HEIGHT = 50;
export const MAX_HEIGHT = 5000;
const CHART_ID = /^[a-z][a-z0-9-]{0,63}$/;

export interface HeightUpdate {
	chart: string;
	height: number;
}

/** The message an embed posts when its height changes (rounded up to whole pixels). */
export function heightMessage(chart: string, height: number): Record<string, Record<string, number>> {
	return { [HEIGHT_KEY]: { [chart]: Math.ceil(height) } };
}

/**
 * The valid height updates in a received message, or `[]`: the origin must be the site's own, the
 * data must have the exact shape, chart ids must be well formed and heights finite and in bounds.
 */
export function readHeightMessage(data: unknown, origin: string, siteOrigin: string): HeightUpdate[] {
	if (origin !== siteOrigin || !isPlainObject(data)) return [];
	const keys = Object.keys(data);
	if (keys.length !== 1 || keys[0] !== HEIGHT_KEY) return [];
	const body = data[HEIGHT_KEY];
	if (!isPlainObject(body)) return [];
	const updates: HeightUpdate[] = [];
	for (const [chart, height] of Object.entries(body)) {
		if (!CHART_ID.test(chart)) continue;
		if (typeof height !== 'number' || !Number.isFinite(height)) continue;
		if (height < MIN_HEIGHT || height > MAX_HEIGHT) continue;
		updates.push({ chart, height: Math.ceil(height) });
	}
	return updates;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
