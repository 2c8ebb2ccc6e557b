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
	download: 'Download',
	downloadSvg: 'SVG image',
	downloadPng: 'PNG image',
	downloadPng2x: 'PNG image, double size (2×)',
	downloadCard: 'Social media card (1200 × 630)',
	downloadData: 'Data shown (CSV)',
	downloadFailed: 'The download failed: {reason}',
	pngFallback: 'PNG fallback (for sites that refuse iframes)',
	pngFallbackHelp: 'Download the image, upload it with your article, then use this snippet:',
	downloadPngFallback: 'Download the PNG',
	oembedTitle: '{title} · Imtiaz Observatory',
	/** A filter named in a downloaded image's title. */
	imageFilter: '{filter}: {value}',
	/** A downloaded image's title with the years it shows. */
	imageYears: '{title}, {years}'
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
	download: 'Télécharger',
	downloadSvg: 'Image SVG',
	downloadPng: 'Image PNG',
	downloadPng2x: 'Image PNG, taille double (2×)',
	downloadCard: 'Carte pour réseaux sociaux (1200 × 630)',
	downloadData: 'Données affichées (CSV)',
	downloadFailed: 'Le téléchargement a échoué : {reason}',
	pngFallback: 'Image PNG de repli (pour les sites qui refusent les iframes)',
	pngFallbackHelp: 'Téléchargez l’image, joignez-la à votre article, puis utilisez ce code :',
	downloadPngFallback: 'Télécharger le PNG',
	oembedTitle: '{title} · Observatoire Imtiaz',
	imageFilter: '{filter} : {value}',
	imageYears: '{title}, {years}'
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
	download: 'تنزيل',
	downloadSvg: 'صورة SVG',
	downloadPng: 'صورة PNG',
	downloadPng2x: 'صورة PNG بحجم مضاعف (2×)',
	downloadCard: 'بطاقة لمواقع التواصل الاجتماعي (1200 × 630)',
	downloadData: 'البيانات المعروضة (CSV)',
	downloadFailed: 'فشل التنزيل: {reason}',
	pngFallback: 'صورة PNG بديلة (للمواقع التي ترفض إطارات iframe)',
	pngFallbackHelp: 'نزّل الصورة وارفعها مع مقالك، ثم استعمل هذه الشيفرة:',
	downloadPngFallback: 'تنزيل صورة PNG',
	oembedTitle: '{title} · مرصد امتياز',
	imageFilter: '{filter}: {value}',
	imageYears: '{title}، {years}'
};
