import { describe, expect, it } from 'vitest';
import { chartSpecs } from '$lib/catalog';
import { languages } from '$lib/i18n/locales';
import {
	dashboardUrl,
	embedUrl,
	escapeAttribute,
	iframeSnippet,
	imageSnippet,
	scriptSnippet
} from '$lib/embed/snippet';
import { ORIGIN_PLACEHOLDER, oembedResponse, oembedUrl, parseOrigin, publicOrigin } from '$lib/embed/oembed';
import { ORIGIN_PLACEHOLDER as SERVER_PLACEHOLDER } from '../../scripts/serve.js';
import { langs } from '../e2e/routes';

const origin = 'https://observatory.example';

describe('snippet builder', () => {
	it('PNG fallback: the image with the title as alt, linking to the embed with its filters', () => {
		const target = {
			origin,
			lang: 'ar',
			chart: 'participation',
			search: '?from=2014',
			title: 'المشاركة "حسب" <الدورة>'
		};
		const html = imageSnippet(target, {
			file: 'emtiaz-participation-ar-2014-2021.png',
			width: 752,
			height: 481.6
		});
		expect(html).toBe(
			'<a href="https://observatory.example/ar/embed/participation/?from=2014">' +
				'<img src="emtiaz-participation-ar-2014-2021.png" alt="المشاركة &quot;حسب&quot; &lt;الدورة&gt;" width="752" height="482" ' +
				'style="max-width:100%;height:auto"></a>'
		);
		expect(imageSnippet(target, { file: 'a.png' })).not.toContain('width=');
	});

	it('builds the embed URL with the filters', () => {
		expect(embedUrl({ origin, lang: 'ar', chart: 'participation', search: '?from=2014&to=2021' })).toBe(
			'https://observatory.example/ar/embed/participation/?from=2014&to=2021'
		);
		expect(embedUrl({ origin: '', lang: 'fr', chart: 'participation', search: '' })).toBe(
			'/fr/embed/participation/'
		);
		expect(dashboardUrl({ origin, lang: 'en', search: '?to=2010' })).toBe(
			'https://observatory.example/en/?to=2010'
		);
	});

	it('iframe snippet is titled, lazy, marked with its chart and escapes attributes', () => {
		const html = iframeSnippet({
			origin,
			lang: 'en',
			chart: 'participation',
			search: '?from=2014&to=2021',
			title: 'Candidates "and" <winners>'
		});
		expect(html).toContain('src="https://observatory.example/en/embed/participation/?from=2014&amp;to=2021"');
		expect(html).toContain('title="Candidates &quot;and&quot; &lt;winners&gt;"');
		expect(html).toContain('loading="lazy"');
		expect(html).toContain('data-imtiaz-chart="participation"');
		expect(html).not.toMatch(/<winners>/);
	});

	it('script snippet loads /embed.js from the site', () => {
		expect(scriptSnippet(origin)).toBe('<script src="https://observatory.example/embed.js" defer></script>');
		expect(escapeAttribute('a&b')).toBe('a&amp;b');
	});
});

describe('the routes the end-to-end files visit', () => {
	it('are every language of the site', () => {
		expect([...langs].sort()).toEqual([...languages].sort());
	});
});

describe('oEmbed response', () => {
	it.each(chartSpecs.flatMap((entry) => languages.map((lang) => [entry.id, lang] as const)))(
		'%s in %s is a valid rich oEmbed 1.0 object',
		(chart, lang) => {
			const json = oembedResponse({
				origin,
				lang,
				chart,
				title: 'T "q"',
				providerName: 'Imtiaz Observatory'
			});
			expect(json).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Imtiaz Observatory' });
			expect(json.width).toBeGreaterThan(0);
			expect(json.height).toBeGreaterThan(0);
			expect(json.html).toContain(`src="${origin}/${lang}/embed/${chart}/"`);
			expect(json.html).toContain('title="T &quot;q&quot;"');
			expect(JSON.parse(JSON.stringify(json))).toEqual(json);
		}
	);

	it('has absolute URLs only, and an html that loads the host script from the same origin', () => {
		const json = oembedResponse({ origin, lang: 'fr', chart: 'categories', title: 'T', providerName: 'P' });
		expect(json.provider_url).toBe(`${origin}/fr/`);
		expect(json.html).toContain(`<script src="${origin}/embed.js" defer></script>`);
		const urls = [...json.html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
		expect(urls).toEqual([`${origin}/fr/embed/categories/`, `${origin}/embed.js`]);
		for (const url of urls) expect(new URL(url).origin).toBe(origin);
	});

	it('reads the public origin from the build environment, refusing anything but a bare origin', () => {
		expect(publicOrigin({})).toBeNull();
		expect(publicOrigin({ PUBLIC_SITE_ORIGIN: '  ' })).toBeNull();
		expect(publicOrigin({ PUBLIC_SITE_ORIGIN: 'https://imtiaz.example/' })).toBe('https://imtiaz.example');
		expect(publicOrigin({ PUBLIC_SITE_ORIGIN: 'http://127.0.0.1:4173' })).toBe('http://127.0.0.1:4173');
		for (const bad of [
			'imtiaz.example',
			'https://imtiaz.example/fr/',
			'ftp://x.example',
			'https://a@b.example'
		])
			expect(() => publicOrigin({ PUBLIC_SITE_ORIGIN: bad }), bad).toThrow(/PUBLIC_SITE_ORIGIN/);
		expect(parseOrigin('https://x.example?q=1')).toBeNull();
	});

	it('discovery URLs, and one placeholder shared by the build and the server', () => {
		expect(oembedUrl(origin, 'ar', 'participation')).toBe(`${origin}/ar/embed/participation/oembed.json`);
		expect(oembedUrl('', 'ar', 'participation')).toBe('/ar/embed/participation/oembed.json');
		expect(SERVER_PLACEHOLDER).toBe(ORIGIN_PLACEHOLDER);
		expect(new URL(ORIGIN_PLACEHOLDER).hostname.endsWith('.invalid')).toBe(true);
	});
});
