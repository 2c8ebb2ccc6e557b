// @ts-check
// `npm start`: build when an input changed since the last build, then serve build/ on
// $HOST:$PORT (127.0.0.1:4173). A first build leaves the engines' WASM at a fast Brotli level
// (scripts/compress.js); they are recompressed at 11 in the background, at low priority, while
// the site is already served (the server picks each better sibling up when it lands).
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './build-if-needed.js';
import { serveBuild } from './serve.js';

const scripts = dirname(fileURLToPath(import.meta.url));
await buildIfNeeded();
await serveBuild();
console.log(`Ready after ${process.uptime().toFixed(0)} s.`);
const upgrade = spawn(
	process.execPath,
	[join(scripts, 'compress.js'), '--upgrade', join(scripts, '..', 'build')],
	{
		stdio: 'inherit'
	}
);
try {
	if (upgrade.pid) setPriority(upgrade.pid, 19);
} catch {
	// A system that refuses a lower priority: the upgrade runs at the normal one.
}
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
	process.on(signal, () => {
		upgrade.kill();
		process.exit(0);
	});
