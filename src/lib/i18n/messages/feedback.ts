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
	/**
	 * `{filters}`: the filters a view follows that its figures do not answer yet (a question only
	 * the query engine answers, asked before it is ready): the figures are those it had.
	 */
	notYetFiltered: 'Not yet filtered by {filters}: loading…',
	/** The same, once the query engine has failed to start. */
	notFilteredNoEngine: 'Not filtered by {filters}: the query engine did not start.',
	years: 'years',
	keyFactsNote: 'Not filtered: these figures describe the whole record.',
	/** `{filters}`: the active filters, or the sentence saying there is none. */
	announce: 'Charts updated. {filters}',
	/** Added to it while a chart cannot follow the filters before the query engine is ready. */
	someWait: 'Some charts wait for the query engine: each says which filters it does not follow yet.'
};

export type FeedbackMessages = typeof feedbackEn;

export const feedbackFr: FeedbackMessages = {
	tip: {
		edition: 'Édition {edition}',
		coverage: 'Couverture : {coverage}',
		sources: 'Sources : {count}'
	},
	notFiltered: 'Non filtré par {filters}',
	notYetFiltered: 'Pas encore filtré par {filters} : chargement…',
	notFilteredNoEngine: 'Non filtré par {filters} : le moteur de requêtes n’a pas démarré.',
	years: 'années',
	keyFactsNote: 'Non filtré : ces chiffres décrivent tout le corpus.',
	announce: 'Graphiques mis à jour. {filters}',
	someWait:
		'Certains graphiques attendent le moteur de requêtes : chacun dit quels filtres il ne suit pas encore.'
};

export const feedbackAr: FeedbackMessages = {
	tip: {
		edition: 'الدورة {edition}',
		coverage: 'التغطية: {coverage}',
		sources: 'المصادر: {count}'
	},
	notFiltered: 'لا تنطبق عليه تصفية {filters}',
	notYetFiltered: 'لم تُطبَّق عليه تصفية {filters} بعد: جارٍ التحميل…',
	notFilteredNoEngine: 'لا تنطبق عليه تصفية {filters}: لم يبدأ محرك الاستعلامات.',
	years: 'السنوات',
	keyFactsNote: 'غير مُصفّى: هذه الأرقام تصف السجل كاملا.',
	announce: 'حُدّثت الرسوم. {filters}',
	someWait: 'بعض الرسوم تنتظر محرك الاستعلامات: يذكر كلّ منها التصفيات التي لم يتبعها بعد.'
};
