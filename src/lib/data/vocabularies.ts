/**
 * The closed vocabularies of static/data/README.md: what the built-in data uses, what an added
 * edition is checked against, and the order in which charts list them.
 */
export const categoryIds = [
	'e-procedure',
	'e-content',
	'mobile-app',
	'e-participation',
	'call-center',
	'web-services',
	'citizen-services',
	'business-services',
	'administration-services',
	'back-office',
	'unspecified'
] as const;

/** Highest first: the order of the prize-levels view's stacks. */
export const prizeLevels = [
	'grand-prix',
	'excellence',
	'main-prize',
	'special-jury',
	'encouragement',
	'other',
	'unspecified'
] as const;
export type PrizeLevel = (typeof prizeLevels)[number];

/** Institution types, in the order the institution-types view stacks them. */
export const institutionTypes = [
	'ministry',
	'public-establishment',
	'territorial-collectivity',
	'public-company',
	'other'
] as const;
export type InstitutionType = (typeof institutionTypes)[number];

export const coverages = ['complete', 'partial', 'minimal', 'missing'] as const;
