/**
 * What the dashboard says back to a reader: the facts of a mark's edition in its tooltip, the
 * views a filter does not apply to, and the announcement of a change of filters.
 */
export const feedbackEn = {
	tip: {
		edition: 'Edition {edition}',
		coverage: 'Coverage: {coverage}',
		sources: 'Sources: {count}'
	},
	/** `{filters}`: the names of the active filters a view does not follow. */
	notFiltered: 'Not filtered by {filters}',
	years: 'years',
	keyFactsNote: 'Not filtered: these figures describe the whole record.',
	/** `{filters}`: the active filters, or the sentence saying there is none. */
	announce: 'Charts updated. {filters}'
};

export type FeedbackMessages = typeof feedbackEn;

export const feedbackFr: FeedbackMessages = {
	tip: {
		edition: 'Édition {edition}',
		coverage: 'Couverture : {coverage}',
		sources: 'Sources : {count}'
	},
	notFiltered: 'Non filtré par {filters}',
	years: 'années',
	keyFactsNote: 'Non filtré : ces chiffres décrivent tout le corpus.',
	announce: 'Graphiques mis à jour. {filters}'
};

export const feedbackAr: FeedbackMessages = {
	tip: {
		edition: 'الدورة {edition}',
		coverage: 'التغطية: {coverage}',
		sources: 'المصادر: {count}'
	},
	notFiltered: 'لا تنطبق عليه تصفية {filters}',
	years: 'السنوات',
	keyFactsNote: 'غير مُصفّى: هذه الأرقام تصف السجل كاملا.',
	announce: 'حُدّثت الرسوم. {filters}'
};
