import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import GroupedBars from '$lib/charts/GroupedBars.svelte';
import DataTable from '$lib/ui/DataTable.svelte';
import type { Column } from '$lib/ui/table';

// Hostile text as it could arrive in an uploaded cell or header.
const payloads = [
	'<script>alert(1)</script>',
	'<img src=x onerror="alert(2)">',
	'<a href="javascript:alert(3)">x</a>',
	'<svg><script>alert(4)</script></svg>',
	'\u202Egnp.exe'
];

type Row = { label: string; value: number };

/**
 * The elements and attribute names of rendered HTML. Attribute values are blanked first: inside a
 * quoted value `<` is inert, and escaped text (`&lt;img …`) is not an element.
 */
function elementsOf(html: string): { name: string; attributes: string[] }[] {
	return [...html.replace(/="[^"]*"/g, '=""').matchAll(/<([a-zA-Z][\w:-]*)([^>]*)>/g)].map((match) => ({
		name: match[1].toLowerCase(),
		attributes: [...match[2].matchAll(/([^\s=]+)=/g)].map((attribute) => attribute[1].toLowerCase())
	}));
}

/** Elements or handlers a payload would have created. */
function injected(html: string): string[] {
	return elementsOf(html).flatMap(({ name, attributes }) => [
		...(['script', 'img', 'a', 'iframe', 'object'].includes(name) ? [name] : []),
		...attributes.filter((attribute) => attribute.startsWith('on'))
	]);
}
const rows: Row[] = payloads.map((label, index) => ({ label, value: index + 1 }));

describe('data is rendered as text, never as markup', () => {
	it('in a chart: labels, titles and descriptions', () => {
		const { body } = render(GroupedBars<Row>, {
			props: {
				rows,
				group: (row: Row) => row.label,
				groupLabel: (row: Row) => row.label,
				isGap: () => false,
				series: [{ key: payloads[1], label: payloads[0], color: '#000', value: (row: Row) => row.value }],
				title: payloads[2],
				description: payloads[3],
				labels: { notReported: payloads[0], gap: payloads[1] },
				formatNumber: String
			}
		});
		expect(injected(body)).toEqual([]);
		expect((body.match(/<svg/g) ?? []).length).toBe(1);
		expect(body).toContain('&lt;script>alert(1)&lt;/script>');
		expect(body).toContain('\u202Egnp.exe');
	});

	it('in a data table: headers and cells', () => {
		const columns: Column<Row>[] = [
			{ key: 'label', label: payloads[1], cell: (row) => row.label },
			{ key: 'value', label: payloads[0], cell: (row) => String(row.value), numeric: true }
		];
		const { body } = render(DataTable<Row>, {
			props: { rows, columns, caption: payloads[2], summary: payloads[3] }
		});
		expect(injected(body)).toEqual([]);
		expect((body.match(/&lt;script>/g) ?? []).length).toBeGreaterThanOrEqual(3);
	});
});
