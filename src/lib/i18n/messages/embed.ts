/** Texts of the embeds (`/{lang}/embed/{chart}/`) and of the embed and download tools. */
export const embedEn = {
	credit: 'Imtiaz Observatory',
	fullView: 'Open the full view',
	notApplied: 'This embed cannot apply these filters without the query engine: {filters}. The full view can.',
	filterNames: {
		from: 'from',
		to: 'to',
		edition: 'edition',
		category: 'category',
		type: 'institution type',
		level: 'prize level'
	},
	downloadCsv: 'Download CSV',
	oembedTitle: '{title} · Imtiaz Observatory'
};

export type EmbedMessages = typeof embedEn;

export const embedFr: EmbedMessages = {
	credit: 'Observatoire Imtiaz',
	fullView: 'Ouvrir la vue complète',
	notApplied:
		'Cette intégration ne peut pas appliquer ces filtres sans le moteur de requêtes : {filters}. La vue complète le peut.',
	filterNames: {
		from: 'à partir de',
		to: 'jusqu’à',
		edition: 'édition',
		category: 'catégorie',
		type: 'type d’institution',
		level: 'niveau du prix'
	},
	downloadCsv: 'Télécharger le CSV',
	oembedTitle: '{title} · Observatoire Imtiaz'
};

export const embedAr: EmbedMessages = {
	credit: 'مرصد امتياز',
	fullView: 'فتح العرض الكامل',
	notApplied:
		'لا يمكن لهذا الرسم المُضمَّن تطبيق هذه المرشحات دون محرك الاستعلام: {filters}. العرض الكامل يطبّقها.',
	filterNames: {
		from: 'من',
		to: 'إلى',
		edition: 'الدورة',
		category: 'الفئة',
		type: 'نوع المؤسسة',
		level: 'مستوى الجائزة'
	},
	downloadCsv: 'تنزيل ملف CSV',
	oembedTitle: '{title} · مرصد امتياز'
};
