import type { Component } from 'svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import DotStrip from '$lib/charts/DotStrip.svelte';
import Matrix from '$lib/charts/Matrix.svelte';
import StackedBars from '$lib/charts/StackedBars.svelte';
import { palette } from '$lib/charts/palette';
import type { MatrixCell } from '$lib/charts/core/matrix';
import { cursorKey } from '$lib/charts/core/cursor';
import { layoutStackedBars, type Segment } from '$lib/charts/core/stacked-bars';
import type { CategoryCellRow, PrizeLevelRow, RepeatWinnerRow, TypeRow } from '$lib/catalog';
import { categoryIds, institutionTypes, prizeLevels } from '$lib/data/vocabularies';
import { createFormatters, locales, type Lang } from '$lib/i18n';
import { messagesFor } from '$lib/i18n/catalog';
import { chartRows } from './data';
import { renderSvg } from './render';

// The charts' Props are interfaces; renderSvg takes a record of props.
const loose = (component: unknown) => component as Component<Record<string, unknown>>;

type Datum = { group: string; stack: string; value: number };
const UNKNOWN = 'unknown';
const types = institutionTypes;
/** The distinct groups of `data`, in the order the query returned them (award years). */
const groupsOf = (data: Datum[]) => [...new Set(data.map((d) => d.group))];

// Every chart below draws the dashboard's own query on the committed data, mapped as its view maps it.
let typeData: Datum[] = [];
let cells: MatrixCell[] = [];
let levelData: Datum[] = [];
let repeat: RepeatWinnerRow[] = [];
beforeAll(async () => {
	// Rows that only keep a year on the time axis (no count) draw no mark.
	typeData = (await chartRows<TypeRow>('institution-types')).flatMap((row) =>
		row.prizes ? [{ group: String(row.year), stack: row.type ?? UNKNOWN, value: row.prizes }] : []
	);
	cells = (await chartRows<CategoryCellRow>('categories')).flatMap((row) =>
		row.category === null
			? []
			: [{ column: String(row.year), row: row.category, value: row.prizes ?? 0, note: row.name_as_reported }]
	);
	levelData = (await chartRows<PrizeLevelRow>('prize-levels')).flatMap((row) =>
		row.prizes
			? [
					{
						group: String(row.year),
						stack: row.withheld ? 'withheld' : (row.level ?? 'unspecified'),
						value: row.prizes
					}
				]
			: []
	);
	repeat = (await chartRows<RepeatWinnerRow>('repeat-winners')).filter((row) => row.editions >= 2);
}, 60_000);

function stackedSvg(lang: Lang, mode: 'count' | 'share' = 'count', interactive = false): string {
	const messages = messagesFor(lang);
	const format = createFormatters(lang);
	return renderSvg(loose(StackedBars), {
		groups: groupsOf(typeData),
		groupLabel: (group: string) => format.year(Number(group)),
		stacks: [
			...types.map((key, index) => ({ key, label: messages.institutionType[key], color: palette[index] })),
			{ key: UNKNOWN, label: messages.dashboard.types.unknown, color: '#999999' }
		],
		data: typeData,
		mode,
		title: messages.dashboard.types.title,
		description: 'committed data',
		markLabel: (segment: Segment) => `${segment.group} ${segment.stack} ${segment.value}`,
		formatNumber: format.number,
		formatShare: format.percent,
		onselect: interactive ? () => {} : undefined,
		dir: locales[lang].dir
	});
}

function matrixSvg(lang: Lang, interactive = false): string {
	const messages = messagesFor(lang);
	const format = createFormatters(lang);
	return renderSvg(loose(Matrix), {
		columns: [...new Set(cells.map((cell) => cell.column))],
		columnLabel: (year: string) => format.year(Number(year)),
		rows: categoryIds.filter((id) => cells.some((cell) => cell.row === id)),
		rowLabel: (key: string) => messages.category[key as 'e-content'],
		cells,
		title: messages.dashboard.categories.title,
		description: 'committed data',
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
			groups: groupsOf(typeData),
			stacks: [...types, UNKNOWN].map((key) => ({ key, label: key, color: '#000' })),
			data: typeData,
			mode: 'share',
			width: 720,
			height: 320,
			dir: 'ltr'
		});
		expect(layout.segments).toHaveLength(typeData.filter((d) => d.value > 0).length);
		for (const group of groupsOf(typeData)) {
			const parts = layout.segments.filter((s) => s.group === group);
			const top = Math.min(...parts.map((s) => s.y));
			expect(top, group).toBeCloseTo(layout.plot.top);
			expect(
				parts.reduce((sum, s) => sum + s.share, 0),
				group
			).toBeCloseTo(1);
		}
		// A ministry's share is its prizes over the year's prizes.
		const ministry = typeData.find((d) => d.stack === 'ministry')!;
		const total = typeData.filter((d) => d.group === ministry.group).reduce((sum, d) => sum + d.value, 0);
		const segment = layout.segments.find((s) => s.group === ministry.group && s.stack === 'ministry')!;
		expect(segment.share).toBeCloseTo(ministry.value / total);
	});

	it('mirrors in Arabic: the first year on the right', () => {
		const firstX = (svg: string) => Number(svg.match(/<text class="group-label" x="([\d.]+)"/)![1]);
		expect(firstX(stackedSvg('ar'))).toBeGreaterThan(firstX(stackedSvg('en')));
	});

	it('is an image when static and a group of buttons in a roving tab order when interactive', () => {
		expect(stackedSvg('en')).toMatch(/role="img"/);
		expect(stackedSvg('en')).not.toMatch(/tabindex/);
		const live = stackedSvg('en', 'count', true);
		const marks = typeData.filter((d) => d.value > 0).length;
		expect(live).toMatch(/role="group"/);
		expect(live.match(/role="button"/g)).toHaveLength(marks);
		expect(live.match(/tabindex="0"/g)).toHaveLength(1);
		expect(live.match(/tabindex="-1"/g)).toHaveLength(marks - 1);
	});
});

describe('category matrix', () => {
	it.each(['en', 'ar'] as const)('%s snapshot', async (lang) => {
		await expect(matrixSvg(lang)).toMatchFileSnapshot(`./__snapshots__/matrix-${locales[lang].dir}.svg`);
	});

	it('shows the reported name on hover (title) and the count in the cell', () => {
		const svg = matrixSvg('en');
		// A cell with prizes and a reported name made of plain letters (nothing to escape in markup).
		const cell = cells.find((c) => c.value > 0 && c.note !== null && /^[\p{L} -]+$/u.test(c.note))!;
		expect(svg).toContain(`<title>${cell.column} ${cell.row} ${cell.value} ${cell.note}</title>`);
		expect(svg).toContain(`data-row="${cell.row}" data-column="${cell.column}" data-value="${cell.value}"`);
	});

	it('puts row labels on the reading side: left in English, right in Arabic, time mirrored', () => {
		// The labels are an SVG of their own that the page places on the reading side (flex, in the
		// page's direction); in the file they stand on that side too, anchored towards the grid.
		const en = matrixSvg('en');
		const ar = matrixSvg('ar');
		const labelsX = (svg: string) => Number(/<svg x="([\d.]+)" class="grid-row-labels/.exec(svg)![1]);
		const chartX = (svg: string) => Number(/<svg x="([\d.]+)" class="matrix/.exec(svg)![1]);
		expect(labelsX(en)).toBeLessThan(chartX(en));
		expect(labelsX(ar)).toBeGreaterThan(chartX(ar));
		expect(en).toMatch(/class="grid-row-labels[^>]*>\s*<text[^>]*text-anchor="end"/);
		expect(ar).toMatch(/class="grid-row-labels[^>]*>\s*<text[^>]*text-anchor="start"/);
		// In Arabic the oldest year stands on the right.
		const columnXs = (svg: string) =>
			[...svg.matchAll(/<g class="column-labels"[\s\S]*?<\/g>/g)][0][0]
				.match(/x="([\d.]+)"/g)!
				.map((x) => Number(x.slice(3, -1)));
		const xs = columnXs(ar);
		expect(xs[0]).toBeGreaterThan(xs[xs.length - 1]);
	});

	it('gives every cell a button in a roving tab order when interactive', () => {
		const live = matrixSvg('en', true);
		expect(live.match(/role="button"/g)).toHaveLength(cells.length);
		expect(live.match(/tabindex="0"/g)).toHaveLength(1);
	});
});

// The prize-levels view's layers: recorded levels, then the withheld prizes (hatched, outlined).
const levelStacks = (lang: Lang) => {
	const messages = messagesFor(lang);
	return [
		...prizeLevels.map((key, index) => ({
			key,
			label: messages.prizeLevel[key],
			color: key === 'unspecified' ? '#999999' : palette[index]
		})),
		{ key: 'withheld', label: messages.dashboard.levels.withheld, color: 'transparent', hatched: true }
	];
};
function levelsSvg(lang: Lang, interactive = false): string {
	const messages = messagesFor(lang);
	const format = createFormatters(lang);
	return renderSvg(loose(StackedBars), {
		groups: groupsOf(levelData),
		groupLabel: (group: string) => format.year(Number(group)),
		stacks: levelStacks(lang),
		data: levelData,
		title: messages.dashboard.levels.title,
		description: 'committed data',
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
		const layout = layoutStackedBars({
			groups: groupsOf(levelData),
			stacks: levelStacks('en'),
			data: levelData,
			mode: 'count',
			width: 720,
			height: 320,
			dir: 'ltr'
		});
		const withheldSegments = layout.segments.filter((s) => s.stack === 'withheld');
		// The record states withheld prizes (2017, 2021 …): the layer is not empty.
		expect(withheldSegments.length).toBeGreaterThan(0);
		const withheld = svg.match(/<rect class="segment"[^>]*data-stack="withheld"[^>]*>/g)!;
		expect(withheld).toHaveLength(withheldSegments.length);
		for (const rect of withheld) {
			expect(rect).toMatch(/fill="url\(#[^)]+-hatch\)"/);
			expect(rect).toMatch(/stroke-dasharray="3 2"/);
		}
		expect(svg).toMatch(/<pattern id="[^"]+-hatch"/);
		// A year with both excellence and withheld prizes: the withheld layer is above.
		const year = groupsOf(levelData).find((group) =>
			['excellence', 'withheld'].every((stack) =>
				levelData.some((d) => d.group === group && d.stack === stack)
			)
		)!;
		const y = (stack: string) =>
			Number(svg.match(new RegExp(`y="([\\d.]+)"[^>]*data-group="${year}" data-stack="${stack}"`))![1]);
		expect(y('withheld')).toBeLessThan(y('excellence'));
	});

	it('keeps withheld segments in the cursor path but not selectable', () => {
		const live = levelsSvg('en', true);
		// Interactive segments are marks: class="segment mark".
		const marks = (live.match(/<rect class="segment[^"]*"/g) ?? []).length;
		const withheld = (live.match(/<rect class="segment[^"]*"[^>]*data-stack="withheld"/g) ?? []).length;
		expect(withheld).toBeGreaterThan(0);
		expect(live.match(/role="button"/g)).toHaveLength(marks);
		expect(live.match(/aria-disabled="true"/g)).toHaveLength(withheld);
		expect(live.match(/aria-pressed=/g)).toHaveLength(marks - withheld);
	});
});

// The repeat-winners strip: one dot per year an institution that won in two or more editions won.
const dotCells = (): MatrixCell[] =>
	repeat.flatMap((row) =>
		row.years.map((year) => ({ column: String(year), row: row.institution_id, value: 1, note: null }))
	);
/** Every award year, as the view passes them: the strip shares the other charts' time axis. */
const dotColumns = () => repeat[0].award_years.map(String);
const dotStatus = () =>
	new Map<string, 'gap' | 'not-reported'>([
		...repeat[0].no_edition_years.map((year) => [String(year), 'gap'] as const),
		...repeat[0].unreported_years.map((year) => [String(year), 'not-reported'] as const)
	]);
function dotSvg(lang: Lang, interactive = false): string {
	const messages = messagesFor(lang);
	const format = createFormatters(lang);
	return renderSvg(loose(DotStrip), {
		columns: dotColumns(),
		columnLabel: (year: string) => format.year(Number(year)),
		rows: repeat.map((row) => row.institution_id),
		rowLabel: (id: string) => {
			const row = repeat.find((r) => r.institution_id === id)!;
			return `${row.short_name} (${format.number(row.editions)})`;
		},
		cells: dotCells(),
		columnStatus: dotStatus(),
		statusLabels: { gap: messages.chart.noEdition, 'not-reported': messages.chart.notReported },
		title: messages.dashboard.repeat.title,
		description: 'committed data',
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
		const [first, last] = [dotColumns()[0], dotColumns().at(-1)!];
		expect(cx(dotSvg('en'), first)).toBeLessThan(cx(dotSvg('en'), last));
		expect(cx(dotSvg('ar'), first)).toBeGreaterThan(cx(dotSvg('ar'), last));
	});

	it('spans every award year: a year without an edition is marked, never an empty column', () => {
		const svg = dotSvg('en');
		for (const year of repeat[0].no_edition_years)
			expect(svg).toMatch(new RegExp(`<rect class="gap"[^>]*aria-label="${year}: no edition"`));
		expect(dotColumns()).toEqual(expect.arrayContaining(['2009', '2013', '2020']));
	});

	it('is an image when static and dots in one roving tab stop when interactive', () => {
		expect(dotSvg('en')).toMatch(/role="img"/);
		expect(dotSvg('en')).not.toMatch(/tabindex/);
		const live = dotSvg('ar', true);
		expect(live.match(/role="button"/g)).toHaveLength(dotCells().length);
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
