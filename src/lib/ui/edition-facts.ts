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
		const facts = rows?.().find((row) => row.year === Number(year));
		const note = describeEdition(facts, messages, format);
		return note ? `${label} · ${note}` : label;
	};
}
