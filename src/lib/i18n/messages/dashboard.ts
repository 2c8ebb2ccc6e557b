import type { Lang } from '../locales';

const en = {
	keyFacts: {
		title: 'Key facts',
		text: 'e-mtiaz has held {editions} editions from {first} to {last} ({missing} known only from its numbering). The latest edition to report its participation, {candidatesYear}, counted {candidates} candidate services from {administrations} administrations. Of the {prizes} prizes on record, ministries and state services won {ministry}, public establishments {establishment} and territorial collectivities {collectivity}; {institutions} institutions have won at least once.'
	},
	filters: {
		title: 'Filters',
		from: 'From',
		to: 'To',
		category: 'Category',
		type: 'Institution type',
		level: 'Prize level',
		edition: 'Edition',
		all: 'All',
		active: 'Active filters',
		none: 'No filter: every edition and prize.',
		reset: 'Reset all filters',
		remove: 'Remove filter {name}',
		needsEngine: 'Filters apply once the query engine is ready.'
	},
	toggle: { label: 'Show', count: 'Count', share: 'Share (100 %)' },
	categories: {
		title: 'Categories across editions',
		subtitle:
			'Which categories existed in each edition and how many prizes each awarded. Choose a row to filter by category.',
		description:
			'A matrix of {editions} editions by {categories} canonical categories; cells show prizes awarded; editions whose categories are not reported are hatched.',
		reported: 'as reported',
		category: 'Category'
	},
	types: {
		title: 'Winning institutions by type',
		subtitle:
			'Prizes per edition by the type of the winning institution. Choose a segment to filter by type.',
		description: 'Stacked bars per edition from {first} to {last}, by institution type; {mode}.',
		unknown: 'type not reported'
	},
	levels: {
		title: 'Prize levels per edition',
		subtitle:
			'Grand prix, excellence, main prize, jury, encouragement and other distinctions per edition. Choose a segment to filter by level.',
		description: 'Stacked bars per edition from {first} to {last}, by prize level; {mode}.',
		withheld: 'Prizes withheld or not awarded, as the sources say'
	},
	repeat: {
		title: 'Repeat winners',
		subtitle:
			'Institutions that won in two editions or more, ranked by prizes; a dot per award year. Choose a dot to open that edition.',
		description:
			'{count} institutions won in at least two editions; the most awarded is {top} with {prizes} prizes.',
		institution: 'Institution',
		prizes: 'Prizes',
		editions: 'Editions',
		years: 'Award years'
	},
	edition: {
		title: 'Edition {edition} ({year})',
		subtitle:
			'The facts of one edition, its prizes and its sources. Choose another edition in the filters or on a chart.',
		facts: 'Facts',
		ceremony: 'Ceremony',
		city: 'City',
		venue: 'Venue',
		organizer: 'Organiser',
		candidates: 'Candidate services',
		administrations: 'Participating administrations',
		coverage: 'Coverage of the record',
		conflicts: 'Sources disagree',
		winners: 'Prizes',
		category: 'Category',
		prize: 'Prize',
		service: 'Service',
		institution: 'Institution',
		type: 'Type',
		sources: 'Sources',
		noWinners: 'No prize of this edition is on record.'
	},
	method: {
		title: 'How this was computed',
		sql: 'The query, run at build time in Node and again in your browser:',
		sources: 'Source articles behind these rows:'
	}
};

export type DashboardMessages = typeof en;

const fr: DashboardMessages = {
	keyFacts: {
		title: 'Chiffres clés',
		text: "e-mtiaz a tenu {editions} éditions de {first} à {last} ({missing} connue seulement par sa numérotation). La dernière édition à publier sa participation, {candidatesYear}, comptait {candidates} services candidats de {administrations} administrations. Sur les {prizes} prix relevés, les ministères et services de l'État en ont remporté {ministry}, les établissements publics {establishment} et les collectivités territoriales {collectivity} ; {institutions} institutions ont été primées au moins une fois."
	},
	filters: {
		title: 'Filtres',
		from: 'De',
		to: 'À',
		category: 'Catégorie',
		type: "Type d'institution",
		level: 'Niveau du prix',
		edition: 'Édition',
		all: 'Toutes',
		active: 'Filtres actifs',
		none: 'Aucun filtre : toutes les éditions et tous les prix.',
		reset: 'Réinitialiser les filtres',
		remove: 'Retirer le filtre {name}',
		needsEngine: "Les filtres s'appliquent dès que le moteur de requêtes est prêt."
	},
	toggle: { label: 'Afficher', count: 'Nombre', share: 'Part (100 %)' },
	categories: {
		title: 'Catégories au fil des éditions',
		subtitle:
			'Les catégories de chaque édition et le nombre de prix décernés dans chacune. Choisissez une ligne pour filtrer par catégorie.',
		description:
			'Une matrice de {editions} éditions sur {categories} catégories ; les cellules donnent les prix décernés ; les éditions dont les catégories ne sont pas connues sont hachurées.',
		reported: 'intitulé publié',
		category: 'Catégorie'
	},
	types: {
		title: 'Institutions lauréates par type',
		subtitle:
			"Prix par édition selon le type de l'institution lauréate. Choisissez un segment pour filtrer par type.",
		description: "Barres empilées par édition de {first} à {last}, par type d'institution ; {mode}.",
		unknown: 'type non communiqué'
	},
	levels: {
		title: 'Niveaux de prix par édition',
		subtitle:
			'Grand prix, excellence, prix e-mtiaz, jury, encouragement et autres distinctions par édition. Choisissez un segment pour filtrer par niveau.',
		description: 'Barres empilées par édition de {first} à {last}, par niveau de prix ; {mode}.',
		withheld: 'Prix non attribués, selon les sources'
	},
	repeat: {
		title: 'Lauréats récurrents',
		subtitle:
			"Institutions primées lors d'au moins deux éditions, classées par nombre de prix ; un point par année. Choisissez un point pour ouvrir l'édition.",
		description:
			"{count} institutions ont été primées lors d'au moins deux éditions ; la plus primée est {top} avec {prizes} prix.",
		institution: 'Institution',
		prizes: 'Prix',
		editions: 'Éditions',
		years: 'Années primées'
	},
	edition: {
		title: 'Édition {edition} ({year})',
		subtitle:
			"Les faits d'une édition, ses prix et ses sources. Choisissez une autre édition dans les filtres ou sur un graphique.",
		facts: 'Faits',
		ceremony: 'Cérémonie',
		city: 'Ville',
		venue: 'Lieu',
		organizer: 'Organisateur',
		candidates: 'Services candidats',
		administrations: 'Administrations participantes',
		coverage: 'Couverture du relevé',
		conflicts: 'Les sources divergent',
		winners: 'Prix',
		category: 'Catégorie',
		prize: 'Prix',
		service: 'Service',
		institution: 'Institution',
		type: 'Type',
		sources: 'Sources',
		noWinners: "Aucun prix de cette édition n'est relevé."
	},
	method: {
		title: 'Comment ce résultat est calculé',
		sql: 'La requête, exécutée à la construction du site dans Node puis dans votre navigateur :',
		sources: 'Articles sources de ces lignes :'
	}
};

const ar: DashboardMessages = {
	keyFacts: {
		title: 'أرقام رئيسية',
		text: 'نُظمت جائزة «امتياز» في {editions} دورة من {first} إلى {last} (منها {missing} لا تُعرف إلا من ترقيمها). آخر دورة أعلنت عن المشاركة، دورة {candidatesYear}، عرفت ترشح {candidates} خدمة من {administrations} إدارة. ومن أصل {prizes} جائزة مسجلة، فازت الوزارات ومصالح الدولة بـ{ministry}، والمؤسسات العمومية بـ{establishment}، والجماعات الترابية بـ{collectivity}؛ وفازت {institutions} مؤسسة مرة واحدة على الأقل.'
	},
	filters: {
		title: 'المرشحات',
		from: 'من',
		to: 'إلى',
		category: 'الصنف',
		type: 'نوع المؤسسة',
		level: 'مستوى الجائزة',
		edition: 'الدورة',
		all: 'الكل',
		active: 'المرشحات النشطة',
		none: 'بدون مرشح: كل الدورات وكل الجوائز.',
		reset: 'إلغاء كل المرشحات',
		remove: 'إزالة المرشح {name}',
		needsEngine: 'تُطبق المرشحات حين يصبح محرك الاستعلامات جاهزا.'
	},
	toggle: { label: 'العرض', count: 'العدد', share: 'النسبة (100 %)' },
	categories: {
		title: 'الأصناف عبر الدورات',
		subtitle: 'الأصناف الموجودة في كل دورة وعدد الجوائز الممنوحة في كل منها. اختر صفا للتصفية حسب الصنف.',
		description:
			'مصفوفة من {editions} دورة و{categories} صنفا؛ تعرض الخلايا عدد الجوائز؛ والدورات التي لم تُعرف أصنافها مخططة.',
		reported: 'التسمية المنشورة',
		category: 'الصنف'
	},
	types: {
		title: 'المؤسسات الفائزة حسب النوع',
		subtitle: 'الجوائز في كل دورة حسب نوع المؤسسة الفائزة. اختر جزءا للتصفية حسب النوع.',
		description: 'أعمدة مكدسة لكل دورة من {first} إلى {last} حسب نوع المؤسسة؛ {mode}.',
		unknown: 'نوع غير معلن'
	},
	levels: {
		title: 'مستويات الجوائز حسب الدورة',
		subtitle:
			'الجائزة الكبرى والتميز وجائزة امتياز ولجنة التحكيم والتشجيع وغيرها في كل دورة. اختر جزءا للتصفية حسب المستوى.',
		description: 'أعمدة مكدسة لكل دورة من {first} إلى {last} حسب مستوى الجائزة؛ {mode}.',
		withheld: 'جوائز حُجبت أو لم تُمنح، حسب المصادر'
	},
	repeat: {
		title: 'الفائزون المتكررون',
		subtitle:
			'مؤسسات فازت في دورتين على الأقل، مرتبة حسب عدد الجوائز؛ نقطة لكل سنة فوز. اختر نقطة لفتح تلك الدورة.',
		description: 'فازت {count} مؤسسة في دورتين على الأقل؛ وأكثرها تتويجا {top} بـ{prizes} جوائز.',
		institution: 'المؤسسة',
		prizes: 'الجوائز',
		editions: 'الدورات',
		years: 'سنوات الفوز'
	},
	edition: {
		title: 'الدورة {edition} ({year})',
		subtitle: 'معطيات دورة واحدة وجوائزها ومصادرها. اختر دورة أخرى من المرشحات أو من أحد الرسوم.',
		facts: 'المعطيات',
		ceremony: 'الحفل',
		city: 'المدينة',
		venue: 'المكان',
		organizer: 'الجهة المنظمة',
		candidates: 'الخدمات المرشحة',
		administrations: 'الإدارات المشاركة',
		coverage: 'تغطية السجل',
		conflicts: 'المصادر تختلف',
		winners: 'الجوائز',
		category: 'الصنف',
		prize: 'الجائزة',
		service: 'الخدمة',
		institution: 'المؤسسة',
		type: 'النوع',
		sources: 'المصادر',
		noWinners: 'لا توجد أي جائزة مسجلة لهذه الدورة.'
	},
	method: {
		title: 'كيف حُسب هذا',
		sql: 'الاستعلام، يُنفذ عند بناء الموقع في Node ثم في متصفحك:',
		sources: 'المقالات المصدرية لهذه السطور:'
	}
};

export const dashboardMessages: Record<Lang, DashboardMessages> = { en, fr, ar };
