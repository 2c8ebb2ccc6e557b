import { getContext, setContext } from 'svelte';
import type { ParticipationRow } from '$lib/catalog';
import { fill, type Formatters, type Messages } from '$lib/i18n';

/** What a mark's tooltip says of its edition: number, coverage of the record, sources cited. */
export type EditionFacts = Pick<ParticipationRow, 'year' | 'edition' | 'coverage' | 'sources'>;

const KEY = Symbol('edition-facts');

/** The page gives its views the facts of every edition (the participation rows: the award's record). */
export function provideEditionFacts(rows: () => readonly EditionFacts[]): void {
	setContext(KEY, rows);
}

/** "Edition 8 · Coverage: partial · Sources: 3" in the page's language; '' for a year without one. */
export function describeEdition(
	facts: EditionFacts | undefined,
	messages: Messages,
	format: Formatters
): string {
	if (!facts || facts.edition === null) return '';
	const m = messages.feedback.tip;
	return [
		fill(m.edition, { edition: format.number(facts.edition) }),
		facts.coverage ? fill(m.coverage, { coverage: messages.coverage[facts.coverage] }) : '',
		facts.sources === null ? '' : fill(m.sources, { count: format.number(facts.sources) })
	]
		.filter(Boolean)
		.join(' · ');
}

/**
 * For a view (call it while the component is created): appends the facts of a year's edition to a
 * mark's name. Without facts from the page (an embed of one chart) the name stays as it is.
 */
export function useEditionNote(): (
	label: string,
	year: number | string,
	messages: Messages,
	format: Formatters
) => string {
	const rows = getContext<(() => readonly EditionFacts[]) | undefined>(KEY);
	return (label, year, messages, format) => {
		const record = rows?.();
		const note = record ? editionNotes(record, messages, format).get(Number(year)) : undefined;
		return note ? `${label} · ${note}` : label;
	};
}

/** Every edition's note, written once per record and language: a filter change relabels hundreds of marks. */
const notesByRecord = new WeakMap<
	readonly EditionFacts[],
	{ messages: Messages; format: Formatters; notes: Map<number, string> }
>();

function editionNotes(record: readonly EditionFacts[], messages: Messages, format: Formatters) {
	let memo = notesByRecord.get(record);
	if (!memo || memo.messages !== messages || memo.format !== format) {
		const notes = new Map<number, string>();
		// The first row of a year speaks for it, as a search from the start would.
		for (const row of record)
			if (!notes.has(row.year)) notes.set(row.year, describeEdition(row, messages, format));
		memo = { messages, format, notes };
		notesByRecord.set(record, memo);
	}
	return memo.notes;
}
