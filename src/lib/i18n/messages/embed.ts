/** Texts of the embeds (`/{lang}/embed/{chart}/`) and of the embed and download tools. */
export const embedEn = {
	embed: 'Embed',
	embedTitle: 'Embed this chart',
	iframe: 'Iframe snippet',
	script: 'Auto-height script (once per page)',
	link: 'Plain link',
	copy: 'Copy',
	copied: 'Copied',
	close: 'Close',
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
	embed: 'Intégrer',
	embedTitle: 'Intégrer ce graphique',
	iframe: 'Code iframe',
	script: 'Script de hauteur automatique (une fois par page)',
	link: 'Lien simple',
	copy: 'Copier',
	copied: 'Copié',
	close: 'Fermer',
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
	embed: 'تضمين',
	embedTitle: 'تضمين هذا الرسم البياني',
	iframe: 'شيفرة iframe',
	script: 'سكربت الارتفاع التلقائي (مرة واحدة في الصفحة)',
	link: 'رابط مباشر',
	copy: 'نسخ',
	copied: 'تم النسخ',
	close: 'إغلاق',
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
