import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCanonicalCsv } from '$lib/data/csv';
import { decodeStrict } from '$lib/import/decode';
import { parseTable } from '$lib/import/parse';

/** Characters that break naive CSV code: Arabic, quotes, separators, line breaks, formula starts. */
const alphabet = [...'aZ09 ,;"\'\t\r\n=+-@|é', 'ا', 'ل', 'ج', 'ز', 'ة', '\u200f', '😀'];
const cell = fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 12 });
const headerName = fc
	.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 8 })
	.filter((name) => name.trim() === name && name !== '');

const table = fc
	.uniqueArray(headerName, { minLength: 1, maxLength: 5, selector: (name) => name.toLowerCase() })
	.chain((header) =>
		fc.record({
			header: fc.constant(header),
			rows: fc.array(
				fc.array(fc.option(cell, { nil: null }), { minLength: header.length, maxLength: header.length }),
				{
					minLength: 1,
					maxLength: 8
				}
			)
		})
	);

describe('CSV round trip (the raw export path)', () => {
	it('any table exported with toCanonicalCsv and imported back is equal cell for cell (empty = null)', () => {
		fc.assert(
			fc.property(table, ({ header, rows }) => {
				const csv = toCanonicalCsv(header, rows);
				const parsed = parseTable(decodeStrict(new TextEncoder().encode(csv), 'r.csv').text, 'r.csv');
				expect(parsed.header).toEqual(header);
				expect(parsed.rows).toEqual(rows.map((row) => row.map((v) => (v === '' ? null : v))));
			}),
			{ numRuns: 300 }
		);
	});
});
