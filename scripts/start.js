// @ts-check
// `npm start`: build when an input changed since the last build, then serve build/ on 127.0.0.1:4173.
import { buildIfNeeded } from './build-if-needed.js';
import { serveBuild } from './serve.js';

await buildIfNeeded();
await serveBuild();
