import arabicBold from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2?url';
import arabicRegular from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import latinBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import type { LegendEntry } from '$lib/export/layout';
import type { ChartMarkup, ExportTheme } from '$lib/export/standalone';
import { fontFaceCss, type EmbeddedFont } from '$lib/export/font-face';
import { cssVarNames } from '$lib/export/svg-text';
import { CHART_SVG } from './chart-image';

/**
 * The browser half of the image downloads: read a chart frame's SVG, colours and legend from the
 * page, fetch the self-hosted fonts as data URLs, and rasterise a standalone SVG into a PNG.
 * Everything that can be computed without a DOM lives in `$lib/export`.
 */

export interface FrameCapture {
	chart: ChartMarkup;
	theme: ExportTheme;
	legend: LegendEntry[];
}

/**
 * A copy of the chart with the few styles its components set through classes (a cross-filter fades
 * marks, a chosen dot gets a stroke) written as attributes: the exported file has no stylesheet.
 */
function withClassStyles(svg: SVGSVGElement): SVGSVGElement {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const originals = svg.querySelectorAll('[class]');
	const copies = copy.querySelectorAll('[class]');
	originals.forEach((element, index) => {
		const target = copies[index];
		const style = getComputedStyle(element);
		if (style.opacity !== '1') target.setAttribute('opacity', style.opacity);
		if (element.classList.contains('chosen')) {
			target.setAttribute('stroke', style.stroke);
			target.setAttribute('stroke-width', style.strokeWidth);
		}
	});
	return copy;
}

/** The frame's chart as it is on screen now (current rows, theme and series), or null if none. */
export function captureFrame(frame: HTMLElement): FrameCapture | null {
	const svg = frame.querySelector<SVGSVGElement>(CHART_SVG);
	if (!svg) return null;
	const box = svg.viewBox.baseVal;
	const width = box?.width || svg.getBoundingClientRect().width;
	const height = box?.height || svg.getBoundingClientRect().height;
	const markup = new XMLSerializer().serializeToString(withClassStyles(svg));
	const style = getComputedStyle(frame);
	const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
	const vars = Object.fromEntries(
		cssVarNames(markup).map((name) => [name, style.getPropertyValue(name).trim()])
	);
	const legend = [...frame.querySelectorAll<HTMLElement>('.legend li')].map((item) => {
		const swatch = item.querySelector<HTMLElement>('.swatch');
		const hatched = !swatch || swatch.classList.contains('hatched');
		return {
			label: item.textContent?.trim() ?? '',
			color: hatched ? null : getComputedStyle(swatch).backgroundColor
		};
	});
	return {
		chart: { markup, width, height },
		theme: {
			background: read('--chart-bg', '#ffffff'),
			foreground: read('--chart-fg', '#111827'),
			muted: read('--chart-muted', '#4b5563'),
			vars
		},
		legend
	};
}

interface FontFile {
	family: string;
	weight: number;
	url: string;
	/** The subset's range, as in @fontsource's CSS, so a glyph is taken from the right file. */
	range: string;
}

const LATIN_RANGE =
	'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
const ARABIC_RANGE =
	'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC, U+102E0-102FB, U+10E60-10E7E, U+10EC2-10EC4, U+10EFC-10EFF, U+1EE00-1EEFF';

const LATIN: FontFile[] = [
	{ family: 'Noto Sans', weight: 400, url: latinRegular, range: LATIN_RANGE },
	{ family: 'Noto Sans', weight: 700, url: latinBold, range: LATIN_RANGE }
];
const ARABIC: FontFile[] = [
	{ family: 'Noto Sans Arabic', weight: 400, url: arabicRegular, range: ARABIC_RANGE },
	{ family: 'Noto Sans Arabic', weight: 700, url: arabicBold, range: ARABIC_RANGE }
];

const dataUrls = new Map<string, Promise<string>>();

function dataUrl(url: string): Promise<string> {
	let pending = dataUrls.get(url);
	if (!pending) {
		pending = fetch(url)
			.then((response) => {
				if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
				return response.arrayBuffer();
			})
			.then(
				(bytes) =>
					new Promise<string>((resolve, reject) => {
						const reader = new FileReader();
						reader.onload = () => resolve(String(reader.result));
						reader.onerror = () => reject(reader.error);
						reader.readAsDataURL(new Blob([bytes], { type: 'font/woff2' }));
					})
			);
		pending.catch(() => dataUrls.delete(url));
		dataUrls.set(url, pending);
	}
	return pending;
}

/** The self-hosted fonts as data URLs: Latin always (digits, French, English), Arabic on request. */
export async function embeddedFonts(withArabic: boolean): Promise<EmbeddedFont[]> {
	const files = withArabic ? [...LATIN, ...ARABIC] : LATIN;
	const urls = await Promise.all(files.map((file) => dataUrl(file.url)));
	return files.map((file, index) => ({
		family: file.family,
		weight: file.weight,
		range: file.range,
		dataUrl: urls[index]
	}));
}

/**
 * `@font-face` rules with the fonts inlined: an SVG drawn as an image cannot load anything, so
 * without them Arabic would be shaped with whatever font the machine happens to have, or not at all.
 */
export async function embeddedFontCss(withArabic: boolean): Promise<string> {
	return fontFaceCss(await embeddedFonts(withArabic));
}

export function hasArabic(text: string): boolean {
	return /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/.test(text);
}

/**
 * Draws a standalone SVG into a PNG at `scale` (1 or 2). The page's own fonts are awaited first
 * (`document.fonts.ready`). The SVG carries its fonts inline, but an SVG image only starts loading
 * them when first painted and `decode()` does not wait for them (measured: the first paint has no
 * text in the bold weight). So the image is painted until two paints a frame apart agree.
 */
export async function rasterise(markup: string, width: number, height: number, scale: number): Promise<Blob> {
	await document.fonts.ready;
	const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.width = width;
		image.height = height;
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('No 2D canvas');
		const paint = (): Uint8ClampedArray => {
			context.setTransform(scale, 0, 0, scale, 0, 0);
			context.clearRect(0, 0, width, height);
			context.drawImage(image, 0, 0, width, height);
			return context.getImageData(0, 0, canvas.width, canvas.height).data;
		};
		let previous = paint();
		for (let attempt = 0; attempt < 20; attempt++) {
			await nextFrames(2);
			const current = paint();
			if (attempt > 0 && samePixels(previous, current)) break;
			previous = current;
		}
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

function nextFrames(count: number): Promise<void> {
	return new Promise((resolve) => {
		const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
		step(count);
	});
}

function samePixels(a: Uint8ClampedArray, b: Uint8ClampedArray): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}
