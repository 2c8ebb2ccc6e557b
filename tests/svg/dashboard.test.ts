import type { Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import Matrix from '$lib/charts/Matrix.svelte';
import StackedBars from '$lib/charts/StackedBars.svelte';
import { palette } from '$lib/charts/palette';
import type { MatrixCell } from '$lib/charts/core/matrix';
import { layoutStackedBars, type Segment } from '$lib/charts/core/stacked-bars';
import { createFormatters, locales, messagesFor, type Lang } from '$lib/i18n';
import { renderSvg } from './render';

// The charts' Props are interfaces; renderSvg takes a record of props.
const loose = (component: unknown) => component as Component<Record<string, unknown>>;

// The rows of queryWinnersByType on tests/fixtures/data (see tests/unit/dashboard-queries.test.ts).
const typeData = [
	{ group: '2005', stack: 'ministry', value: 1 },
	{ group: '2005', stack: 'public-establishment', value: 1 },
	{ group: '2008', stack: 'ministry', value: 2 },
	{ group: '2008', stack: 'territorial-collectivity', value: 1 },
	{ group: '2009', stack: 'public-establishment', value: 1 }
];
const typeKeys = ['ministry', 'public-establishment', 'territorial-collectivity'] as const;

function stackedSvg(lang: Lang, mode: 'count' | 'share' = 'count', interactive = false): string {
	const messages = messagesFor(lang);
	const format = createFormatters(lang);
	return renderSvg(loose(StackedBars), {
		groups: ['2005', '2008', '2009'],
		groupLabel: (group: string) => format.year(Number(group)),
		stacks: typeKeys.map((key, index) => ({
			key,
			label: messages.institutionType[key],
			color: palette[index]
		})),
		data: typeData,
		mode,
		title: messages.dashboard.types.title,
		description: 'fixture',
		markLabel: (segment: Segment) => `${segment.group} ${segment.stack} ${segment.value}`,
		formatNumber: format.number,
		formatShare: format.percent,
		onselect: interactive ? () => {} : undefined,
		dir: locales[lang].dir
	});
}

// The rows of queryCategoryMatrix on the fixtures.
const cells = [
	{ column: '2005', row: 'unspecified', value: 2, note: null },
	{ column: '2008', row: 'e-content', value: 3, note: 'e-contenu' },
	{ column: '2009', row: 'mobile-app', value: 1, note: 'applications mobiles' }
];
function matrixSvg(lang: Lang, interactive = false): string {
	const messages = messagesFor(lang);
	const format = createFormatters(lang);
	return renderSvg(loose(Matrix), {
		columns: ['2005', '2008', '2009'],
		columnLabel: (year: string) => format.year(Number(year)),
		rows: ['e-content', 'mobile-app', 'unspecified'],
		rowLabel: (key: string) => messages.category[key as 'e-content'],
		cells,
		title: messages.dashboard.categories.title,
		description: 'fixture',
		cellLabel: (cell: MatrixCell) => `${cell.column} ${cell.row} ${cell.value} ${cell.note ?? ''}`,
		formatNumber: format.number,
		color: palette[0],
		onselect: interactive ? () => {} : undefined,
		dir: locales[lang].dir
	});
}

describe('stacked bars (institution types, prize levels)', () => {
	it.each(['en', 'ar'] as const)('%s snapshot', async (lang) => {
		await expect(stackedSvg(lang)).toMatchFileSnapshot(
			`./__snapshots__/stacked-bars-${locales[lang].dir}.svg`
		);
	});

	it('stacks one segment per non-zero value, and every share bar reaches 100 %', () => {
		const layout = layoutStackedBars({
			groups: ['2005', '2008', '2009'],
			stacks: typeKeys.map((key) => ({ key, label: key, color: '#000' })),
			data: typeData,
			mode: 'share',
			width: 720,
			height: 320,
			dir: 'ltr'
		});
		expect(layout.segments).toHaveLength(5);
		for (const group of ['2005', '2008', '2009']) {
			const parts = layout.segments.filter((s) => s.group === group);
			const top = Math.min(...parts.map((s) => s.y));
			expect(top).toBeCloseTo(layout.plot.top);
			expect(parts.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1);
		}
		const ministry2008 = layout.segments.find((s) => s.group === '2008' && s.stack === 'ministry')!;
		expect(ministry2008.share).toBeCloseTo(2 / 3);
	});

	it('mirrors in Arabic: the first year on the right', () => {
		const firstX = (svg: string) => Number(svg.match(/<text class="group-label" x="([\d.]+)"/)![1]);
		expect(firstX(stackedSvg('ar'))).toBeGreaterThan(firstX(stackedSvg('en')));
	});

	it('is an image when static and a group of buttons in a roving tab order when interactive', () => {
		expect(stackedSvg('en')).toMatch(/role="img"/);
		expect(stackedSvg('en')).not.toMatch(/tabindex/);
		const live = stackedSvg('en', 'count', true);
		expect(live).toMatch(/role="group"/);
		expect(live.match(/role="button"/g)).toHaveLength(5);
		expect(live.match(/tabindex="0"/g)).toHaveLength(1);
		expect(live.match(/tabindex="-1"/g)).toHaveLength(4);
	});
});

describe('category matrix', () => {
	it.each(['en', 'ar'] as const)('%s snapshot', async (lang) => {
		await expect(matrixSvg(lang)).toMatchFileSnapshot(`./__snapshots__/matrix-${locales[lang].dir}.svg`);
	});

	it('shows the reported name on hover (title) and the count in the cell', () => {
		const svg = matrixSvg('en');
		expect(svg).toContain('<title>2008 e-content 3 e-contenu</title>');
		expect(svg).toMatch(/data-row="e-content" data-column="2008" data-value="3"/);
	});

	it('puts row labels on the reading side: left in English, right in Arabic', () => {
		const labelX = (svg: string) => Number(svg.match(/<g class="row-labels"[^>]*><text x="([\d.]+)"/)![1]);
		const gridX = (svg: string) => Number(svg.match(/<rect class="cell" x="([\d.]+)"/)![1]);
		const en = matrixSvg('en');
		const ar = matrixSvg('ar');
		expect(labelX(en)).toBeLessThan(gridX(en));
		expect(labelX(ar)).toBeGreaterThan(gridX(ar));
	});

	it('gives every cell a button in a roving tab order when interactive', () => {
		const live = matrixSvg('en', true);
		expect(live.match(/role="button"/g)).toHaveLength(3);
		expect(live.match(/tabindex="0"/g)).toHaveLength(1);
	});
});
