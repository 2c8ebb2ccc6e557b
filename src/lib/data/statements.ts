// Every SQL statement of the site, by name: the query functions run them, and the dashboard's
// "how this was computed" disclosures show the same text.
import categoriesMatrix from './sql/categories-matrix.sql?raw';
import editionDetail from './sql/edition-detail.sql?raw';
import institutionTypes from './sql/institution-types.sql?raw';
import keyFacts from './sql/key-facts.sql?raw';
import participation from './sql/participation.sql?raw';
import prizeLevels from './sql/prize-levels.sql?raw';
import repeatWinners from './sql/repeat-winners.sql?raw';
import sourceCount from './sql/source-count.sql?raw';

export const statements = {
	categoriesMatrix,
	editionDetail,
	institutionTypes,
	keyFacts,
	participation,
	prizeLevels,
	repeatWinners,
	sourceCount
};
