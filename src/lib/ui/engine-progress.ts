import { fill, type Formatters, type Messages } from '$lib/i18n';

/** What a progress line shows: its words, and a bar's value and maximum (null: an indeterminate bar). */
export interface ProgressView {
	text: string;
	value: number | null;
	max: number | null;
}

const MB = 1_048_576;

/**
 * The engine's download progress in the page's language. A total is shown only when it counts the
 * same bytes as `loaded`: the engine file sent compressed has a total of compressed bytes while
 * DuckDB counts the bytes it decoded, so such a total arrives as 0 (unknown) and the bar is
 * indeterminate; a received count above its total is treated the same way, never shown as such.
 * Without a total, the count shows from 0.05 MB on (it rounds to 0.1).
 */
export function engineProgress(
	loaded: number,
	total: number,
	format: Pick<Formatters, 'number'>,
	messages: Pick<Messages['engine'], 'loading' | 'loadingBytes' | 'loadingReceived'>
): ProgressView {
	const mb = (bytes: number) => format.number(Math.round((bytes / MB) * 10) / 10);
	if (total > 0 && loaded <= total)
		return {
			text: fill(messages.loadingBytes, { loaded: mb(loaded), total: mb(total) }),
			value: loaded,
			max: total
		};
	// Counted once it rounds to a tenth of a megabyte: "0 MB received" reads as nothing arriving.
	if (loaded >= MB / 20)
		return { text: fill(messages.loadingReceived, { loaded: mb(loaded) }), value: null, max: null };
	return { text: messages.loading, value: null, max: null };
}
