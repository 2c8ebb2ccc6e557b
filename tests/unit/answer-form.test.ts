import { describe, expect, it } from 'vitest';
import { createAnswerBook, createAnswerWriter, type PrecomputedAnswers } from '$lib/coordinator/answers';
import { specById } from '$lib/catalog/specs';
import type { PlainRow } from '$lib/data/rows';

/** Rows as the engine hands them (no prototype). */
const rows = (...list: object[]) => list.map((row) => Object.assign(Object.create(null), row) as PlainRow);

describe("the answers' shared form", () => {
	it('writes each distinct value and column list once, and reads back the very rows, through JSON', () => {
		const writer = createAnswerWriter();
		const first = rows(
			{ year: 2005, label: '1', years: [2005, 2006], note: null, kept: true },
			{ year: 2006, label: 1, years: [2005, 2006], note: 'a', kept: false }
		);
		const second = rows({ year: 2005, label: '1', years: [2005, 2006], note: null, kept: true });
		const answers: PrecomputedAnswers = JSON.parse(
			JSON.stringify({
				values: writer.values,
				columns: writer.columns,
				rows: {
					participation: writer.write(first),
					categories: writer.write(second),
					'prize-levels': writer.write([])
				},
				sources: {},
				sourceList: []
			})
		);
		// 2005, '1', [2005, 2006], null, true, 2006, 1, 'a', false: the string '1' and the number 1 apart.
		expect(answers.values).toHaveLength(9);
		expect(answers.columns).toEqual([['year', 'label', 'years', 'note', 'kept'], []]);
		const book = createAnswerBook(answers);
		const participation = book.rows(specById('participation')!, {})!;
		expect(participation).toEqual(first);
		expect(Object.getPrototypeOf(participation[0])).toBeNull();
		expect(book.rows(specById('categories')!, {})).toEqual(second);
		expect(book.rows(specById('prize-levels')!, {})).toEqual([]);
		// Each row has lists of its own, as the engine's rows do: one changed, the others stay.
		expect(participation[0].years).not.toBe(participation[1].years);
		// The same question hands back the very same rows (a view is not drawn again).
		expect(book.rows(specById('participation')!, {})).toBe(participation);
	});
});
