import type { Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import DotStrip from '$lib/charts/DotStrip.svelte';
import Matrix from '$lib/charts/Matrix.svelte';
import StackedBars from '$lib/charts/StackedBars.svelte';
import { palette } from '$lib/charts/palette';
import type { MatrixCell } from '$lib/charts/core/matrix';
import { cursorKey } from '$lib/charts/core/cursor';
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

// The prize-levels view's layers: recorded levels, then the withheld prizes (hatched, outlined).
const levelData = [
	{ group: '2008', stack: 'excellence', value: 1 },
	{ group: '2008', stack: 'encouragement', value: 1 },
	{ group: '2008', stack: 'withheld', value: 1 },
	{ group: '2009', stack: 'excellence', value: 1 },
	{ group: '2009', stack: 'withheld', value: 3 }
];
function levelsSvg(lang: Lang, interactive = false): string {
	const messages = messagesFor(lang);
	const format = createFormatters(lang);
	return renderSvg(loose(StackedBars), {
		groups: ['2008', '2009'],
		groupLabel: (group: string) => format.year(Number(group)),
		stacks: [
			{ key: 'excellence', label: messages.prizeLevel.excellence, color: palette[1] },
			{ key: 'encouragement', label: messages.prizeLevel.encouragement, color: palette[4] },
			{ key: 'withheld', label: messages.dashboard.levels.withheld, color: 'transparent', hatched: true }
		],
		data: levelData,
		title: messages.dashboard.levels.title,
		description: 'fixture',
		markLabel: (segment: Segment) => `${segment.group} ${segment.stack} ${segment.value}`,
		formatNumber: format.number,
		formatShare: format.percent,
		onselect: interactive ? () => {} : undefined,
		canSelect: (segment: Segment) => segment.stack !== 'withheld',
		dir: locales[lang].dir
	});
}

describe('prize levels with withheld prizes', () => {
	it.each(['en', 'ar'] as const)('%s snapshot', async (lang) => {
		await expect(levelsSvg(lang)).toMatchFileSnapshot(
			`./__snapshots__/prize-levels-${locales[lang].dir}.svg`
		);
	});

	it('draws withheld prizes hatched with a dashed outline, on top of the recorded levels', () => {
		const svg = levelsSvg('en');
		const withheld = svg.match(/<rect class="segment"[^>]*data-stack="withheld"[^>]*>/g)!;
		expect(withheld).toHaveLength(2);
		for (const rect of withheld) {
			expect(rect).toMatch(/fill="url\(#[^)]+-hatch\)"/);
			expect(rect).toMatch(/stroke-dasharray="3 2"/);
		}
		expect(svg).toMatch(/<pattern id="[^"]+-hatch"/);
		const y = (stack: string) =>
			Number(svg.match(new RegExp(`y="([\\d.]+)"[^>]*data-group="2008" data-stack="${stack}"`))![1]);
		expect(y('withheld')).toBeLessThan(y('excellence'));
	});

	it('keeps withheld segments in the cursor path but not selectable', () => {
		const live = levelsSvg('en', true);
		expect(live.match(/role="button"/g)).toHaveLength(5);
		expect(live.match(/aria-disabled="true"/g)).toHaveLength(2);
		expect(live.match(/aria-pressed=/g)).toHaveLength(3);
	});
});

// The repeat-winners strip: inst-a won in 2005 and 2008 on the fixtures (one dot per edition).
const dots = [
	{ column: '2005', row: 'inst-a', value: 3, note: '1' },
	{ column: '2008', row: 'inst-a', value: 3, note: '3' },
	{ column: '2008', row: 'inst-d', value: 2, note: '3' },
	{ column: '2009', row: 'inst-d', value: 2, note: '4' }
];
function dotSvg(lang: Lang, interactive = false): string {
	const messages = messagesFor(lang);
	const format = createFormatters(lang);
	return renderSvg(loose(DotStrip), {
		columns: ['2005', '2008', '2009'],
		columnLabel: (year: string) => format.year(Number(year)),
		rows: ['inst-a', 'inst-d'],
		rowLabel: (id: string) => (id === 'inst-a' ? 'ministère A (3)' : 'Agence D (2)'),
		cells: dots,
		title: messages.dashboard.repeat.title,
		description: 'fixture',
		dotLabel: (cell: MatrixCell) => `${cell.row} ${cell.column}`,
		color: palette[0],
		onselect: interactive ? () => {} : undefined,
		dir: locales[lang].dir
	});
}

describe('repeat winners dot strip', () => {
	it.each(['en', 'ar'] as const)('%s snapshot', async (lang) => {
		await expect(dotSvg(lang)).toMatchFileSnapshot(`./__snapshots__/dot-strip-${locales[lang].dir}.svg`);
	});

	it('mirrors in Arabic: the first year on the right', () => {
		const cx = (svg: string, column: string) =>
			Number(svg.match(new RegExp(`<circle[^>]*cx="([\\d.]+)"[^>]*data-column="${column}"`))![1]);
		expect(cx(dotSvg('en'), '2005')).toBeLessThan(cx(dotSvg('en'), '2009'));
		expect(cx(dotSvg('ar'), '2005')).toBeGreaterThan(cx(dotSvg('ar'), '2009'));
	});

	it('is an image when static and dots in one roving tab stop when interactive', () => {
		expect(dotSvg('en')).toMatch(/role="img"/);
		expect(dotSvg('en')).not.toMatch(/tabindex/);
		const live = dotSvg('ar', true);
		expect(live.match(/role="button"/g)).toHaveLength(4);
		expect(live.match(/tabindex="0"/g)).toHaveLength(1);
	});
});

describe('keyboard data cursor (shared by every chart)', () => {
	it('moves with the screen: right is forward in English, backward in Arabic', () => {
		expect(cursorKey('ArrowRight', 2, 5, 'ltr')).toEqual({ move: 3 });
		expect(cursorKey('ArrowRight', 2, 5, 'rtl')).toEqual({ move: 1 });
		expect(cursorKey('ArrowLeft', 2, 5, 'rtl')).toEqual({ move: 3 });
	});
	it('clamps at the ends, jumps with Home/End, selects with Enter/Space, ignores other keys', () => {
		expect(cursorKey('ArrowLeft', 0, 5, 'ltr')).toEqual({ move: 0 });
		expect(cursorKey('ArrowRight', 4, 5, 'ltr')).toEqual({ move: 4 });
		expect(cursorKey('Home', 3, 5, 'rtl')).toEqual({ move: 0 });
		expect(cursorKey('End', 0, 5, 'ltr')).toEqual({ move: 4 });
		expect(cursorKey('Enter', 1, 5, 'ltr')).toEqual({ select: true });
		expect(cursorKey(' ', 1, 5, 'ltr')).toEqual({ select: true });
		expect(cursorKey('a', 1, 5, 'ltr')).toBeNull();
	});
	it('delegates up/down to the chart (next/previous mark by default)', () => {
		expect(cursorKey('ArrowUp', 1, 5, 'ltr')).toEqual({ move: 2 });
		expect(cursorKey('ArrowDown', 1, 5, 'ltr')).toEqual({ move: 0 });
		expect(cursorKey('ArrowDown', 1, 5, 'ltr', (i, step) => i + step * 2)).toEqual({ move: 3 });
	});
});
