import categoriesPerEdition from './sql/examples/categories-per-edition.sql?raw';
import participation from './sql/examples/participation.sql?raw';
import prizesByType from './sql/examples/prizes-by-type.sql?raw';
import repeatWinners from './sql/examples/repeat-winners.sql?raw';

/** The console's example gallery: id → SQL (titles live in the console's messages). */
export const consoleExamples = [
	{ id: 'prizesByType', sql: prizesByType },
	{ id: 'repeatWinners', sql: repeatWinners },
	{ id: 'categoriesPerEdition', sql: categoriesPerEdition },
	{ id: 'participation', sql: participation }
] as const;

export type ConsoleExampleId = (typeof consoleExamples)[number]['id'];
