// A static site: every page is prerendered, and every URL ends with a slash (`/fr/`), so the
// files are `fr/index.html` and any static server or CDN serves them without rewrites.
export const prerender = true;
export const trailingSlash = 'always';
