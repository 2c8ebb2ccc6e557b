// @ts-check
// Before the e2e tests: make build/ current (see scripts/build-if-needed.js), without serving it.
import { buildIfNeeded } from './build-if-needed.js';

if (!(await buildIfNeeded())) console.log('build/ is up to date.');
