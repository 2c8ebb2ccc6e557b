/** Texts of the policymakers' dashboard: filters and the cross-filtering views (provenance in its own file). */
import { awardAr, awardEn, awardFr } from './award';
import { provenanceAr, provenanceEn, provenanceFr } from './provenance';
export const dashboardEn = {
	institution: {
		names: 'Names',
		type: 'Type',
		parent: 'Part of',
		attached: 'Bodies attached to it',
		city: 'City',
		notes: 'Names as reported over time',
		prizes: 'Prizes',
		none: 'No prize is recorded for this institution itself; see the bodies attached to it.',
		year: 'Year',
		edition: 'Edition',
		reportedAs: 'Named in the source as',
		back: 'Back to the dashboard',
		frenchFallback: 'French name (no source gives one in this language)'
	},

	keyFacts: {
		title: 'Key facts',
		text: 'The dataset records {editions} editions of e-mtiaz from {first} to {last}, with {prizes} prizes won by {institutions} institutions. Of the prizes whose winner is named, ministries and state services won {ministry}, public establishments {establishment} and territorial collectivities {territorial}.',
		candidates:
			'Participation figures are rare: in {year}, the latest edition that reports them, {candidates} services from {administrations} administrations competed.'
	},

	lang: 'en' as 'en' | 'fr' | 'ar',
	repeat: {
		title: 'Repeat winners',
		subtitle: 'Institutions that won in more than one edition, ranked by prizes; one dot per edition won.',
		hint: 'Select a dot to open that edition.',
		description:
			'{count} institutions won prizes in two or more editions; the most awarded is {top} with {prizes} prizes.',
		none: 'No institution won in more than one edition in this selection.',
		dot: '{name}: won in {year} (edition {edition}); {prizes} prizes in total',
		institution: 'Institution',
		prizes: 'Prizes',
		editions: 'Editions won',
		years: 'Years'
	},
	detail: {
		title: 'Edition {edition} ({year})',
		heading: 'Edition detail',
		subtitle: 'Facts, winners and sources of one edition.',
		hint: 'Choose another edition in the filters or in the repeat-winners chart.',
		date: 'Ceremony',
		city: 'City',
		venue: 'Venue',
		presidedBy: 'Presided by',
		prizeName: 'Prize name as reported',
		organizer: 'Organiser',
		candidates: 'Candidate services',
		administrations: 'Participating administrations',
		prizes: 'Prizes stated by the sources',
		coverage: 'Coverage of the record',
		conflict: 'Sources disagree',
		notes: 'Notes',
		sources: 'Sources',
		source: 'source {n}',
		noWinners: 'No prize of this edition is recorded.',
		service: 'Service',
		institution: 'Institution',
		winners: 'Winners of edition {edition}',
		awards: '{count} prizes'
	},

	filters: {
		title: 'Filters',
		from: 'From',
		to: 'To',
		category: 'Category',
		type: 'Institution type',
		level: 'Prize level',
		edition: 'Edition',
		any: 'All',
		latest: 'Latest',
		reset: 'Reset all filters',
		active: 'Active filters',
		none: 'No filter: every edition, category, institution type and prize level.',
		remove: 'Remove filter: {filter}',
		hint: 'Click or press Enter on a bar or cell to filter the other charts.'
	},
	measure: 'Show',
	types: {
		title: 'Winning institution types over the years',
		subtitle: 'Prizes recorded per edition, by the type of the awarded institution.',
		description:
			'Stacked bars per award year from {first} to {last}: prizes recorded, by type of winning institution.',
		count: 'Number of prizes',
		share: 'Share (100 %)',
		unknown: 'institution not named',
		mark: '{year} · {type}: {count} prizes ({share} of the year)'
	},
	provenance: provenanceEn,
	award: awardEn,
	levels: {
		title: 'Prize levels per edition',
		subtitle:
			'Prizes recorded per edition by level, and, hatched, the prizes the sources say were withheld or not awarded (derived from the notes of the record; a withheld prize has no winner row).',
		description:
			'Stacked bars per award year from {first} to {last}: prizes recorded, by prize level; hatched segments are prizes withheld.',
		mark: '{year} · {level}: {count} prizes',
		withheld: 'Withheld or not awarded, as the sources state',
		withheldMark: '{year} · {category}: {count} prizes withheld ({level})',
		levelNotStated: 'level not stated',
		status: 'Status',
		recorded: 'awarded',
		withheldStatus: 'withheld'
	},
	categories: {
		title: 'Categories across editions',
		subtitle:
			'Which competition categories each edition used, and how many prizes each awarded. Hover or focus a cell for the name as reported.',
		description:
			'A matrix of {editions} editions by {categories} categories: the audience-based categories of 2012, call centres until 2015, e-participation from 2016.',
		cell: '{year} · {category}: {count} prizes recorded; reported as “{name}”',
		cellNoName: '{year} · {category}: {count} prizes recorded',
		nameAsReported: 'Name as reported'
	},
	columns: {
		year: 'Year',
		edition: 'Edition',
		type: 'Institution type',
		level: 'Prize level',
		category: 'Category',
		prizes: 'Prizes',
		share: 'Share of the year'
	},
	computed: 'How this was computed'
};

export type DashboardMessages = typeof dashboardEn;

export const dashboardFr: DashboardMessages = {
	institution: {
		names: 'Noms',
		type: 'Type',
		parent: 'Rattachée à',
		attached: 'Organismes rattachés',
		city: 'Ville',
		notes: 'Noms rapportés au fil du temps (note en anglais)',
		prizes: 'Prix',
		none: "Aucun prix n'est recensé pour cette institution elle-même ; voir les organismes rattachés.",
		year: 'Année',
		edition: 'Édition',
		reportedAs: 'Nommée dans la source',
		back: 'Retour au tableau de bord',
		frenchFallback: 'Nom français (aucune source ne le donne dans cette langue)'
	},

	keyFacts: {
		title: 'Chiffres clés',
		text: "Le jeu de données recense {editions} éditions d'e-mtiaz de {first} à {last}, avec {prizes} prix remportés par {institutions} institutions. Des prix dont le lauréat est nommé, les ministères et services de l'État ont remporté {ministry}, les établissements publics {establishment} et les collectivités territoriales {territorial}.",
		candidates:
			'Les chiffres de participation sont rares : en {year}, dernière édition qui les donne, {candidates} services de {administrations} administrations étaient candidats.'
	},

	lang: 'fr',
	repeat: {
		title: 'Lauréats à répétition',
		subtitle:
			"Les institutions primées à plus d'une édition, classées par nombre de prix ; un point par édition gagnée.",
		hint: 'Sélectionnez un point pour ouvrir cette édition.',
		description:
			'{count} institutions ont été primées à deux éditions ou plus ; la plus primée est {top}, avec {prizes} prix.',
		none: "Aucune institution n'a été primée à plus d'une édition dans cette sélection.",
		dot: '{name} : primée en {year} (édition {edition}) ; {prizes} prix au total',
		institution: 'Institution',
		prizes: 'Prix',
		editions: 'Éditions gagnées',
		years: 'Années'
	},
	detail: {
		title: 'Édition {edition} ({year})',
		heading: "Détail d'une édition",
		subtitle: "Faits, lauréats et sources d'une édition.",
		hint: 'Choisissez une autre édition dans les filtres ou dans le graphique des lauréats à répétition.',
		date: 'Cérémonie',
		city: 'Ville',
		venue: 'Lieu',
		presidedBy: 'Présidence',
		prizeName: 'Nom du prix tel que rapporté',
		organizer: 'Organisateur',
		candidates: 'Services candidats',
		administrations: 'Administrations participantes',
		prizes: 'Prix annoncés par les sources',
		coverage: 'Couverture du relevé',
		conflict: 'Les sources divergent',
		notes: 'Notes (en anglais)',
		sources: 'Sources',
		source: 'source {n}',
		noWinners: "Aucun prix de cette édition n'est recensé.",
		service: 'Service',
		institution: 'Institution',
		winners: "Lauréats de l'édition {edition}",
		awards: '{count} prix'
	},

	filters: {
		title: 'Filtres',
		from: 'De',
		to: 'À',
		category: 'Catégorie',
		type: "Type d'institution",
		level: 'Niveau du prix',
		edition: 'Édition',
		any: 'Tous',
		latest: 'La dernière',
		reset: 'Effacer tous les filtres',
		active: 'Filtres actifs',
		none: "Aucun filtre : toutes les éditions, catégories, types d'institution et niveaux de prix.",
		remove: 'Retirer le filtre : {filter}',
		hint: 'Cliquez ou appuyez sur Entrée sur une barre ou une case pour filtrer les autres graphiques.'
	},
	measure: 'Afficher',
	types: {
		title: "Types d'institutions lauréates au fil des éditions",
		subtitle: "Prix recensés par édition, selon le type de l'institution récompensée.",
		description:
			"Barres empilées par année de {first} à {last} : prix recensés, par type d'institution lauréate.",
		count: 'Nombre de prix',
		share: 'Part (100 %)',
		unknown: 'institution non nommée',
		mark: "{year} · {type} : {count} prix ({share} de l'année)"
	},
	provenance: provenanceFr,
	award: awardFr,
	levels: {
		title: 'Niveaux de prix par édition',
		subtitle:
			'Prix recensés par édition et par niveau et, hachurés, les prix que les sources disent non décernés (déduits des notes du relevé ; un prix non décerné n’a pas de ligne de lauréat).',
		description:
			'Barres empilées par année de {first} à {last} : prix recensés, par niveau de prix ; les segments hachurés sont les prix non décernés.',
		mark: '{year} · {level} : {count} prix',
		withheld: 'Prix non décernés, selon les sources',
		withheldMark: '{year} · {category} : {count} prix non décernés ({level})',
		levelNotStated: 'niveau non précisé',
		status: 'Statut',
		recorded: 'décerné',
		withheldStatus: 'non décerné'
	},
	categories: {
		title: 'Les catégories au fil des éditions',
		subtitle:
			'Les catégories de chaque édition et le nombre de prix de chacune. Survolez ou sélectionnez une case pour voir le nom rapporté.',
		description:
			'Une matrice de {editions} éditions et {categories} catégories : catégories par public en 2012, centres d’appel jusqu’en 2015, e-participation dès 2016.',
		cell: '{year} · {category} : {count} prix recensés ; nommée « {name} »',
		cellNoName: '{year} · {category} : {count} prix recensés',
		nameAsReported: 'Nom rapporté'
	},
	columns: {
		year: 'Année',
		edition: 'Édition',
		type: "Type d'institution",
		level: 'Niveau du prix',
		category: 'Catégorie',
		prizes: 'Prix',
		share: "Part de l'année"
	},
	computed: 'Comment ce graphique est calculé'
};

export const dashboardAr: DashboardMessages = {
	institution: {
		names: 'الأسماء',
		type: 'النوع',
		parent: 'تابعة لـ',
		attached: 'الهيئات التابعة لها',
		city: 'المدينة',
		notes: 'الأسماء كما وردت عبر الزمن (ملاحظة بالإنجليزية)',
		prizes: 'الجوائز',
		none: 'لا توجد جائزة مسجلة لهذه المؤسسة نفسها؛ انظر الهيئات التابعة لها.',
		year: 'السنة',
		edition: 'الدورة',
		reportedAs: 'الاسم في المصدر',
		back: 'العودة إلى لوحة المتابعة',
		frenchFallback: 'الاسم بالفرنسية (لا يذكره أي مصدر بهذه اللغة)'
	},

	keyFacts: {
		title: 'أرقام أساسية',
		text: 'تسجل البيانات {editions} دورة من جائزة امتياز من {first} إلى {last}، بـ{prizes} جائزة فازت بها {institutions} مؤسسة. من الجوائز التي سُمّي الفائز بها، نالت الوزارات ومصالح الدولة {ministry}، والمؤسسات العمومية {establishment}، والجماعات الترابية {territorial}.',
		candidates:
			'أرقام المشاركة نادرة: في {year}، آخر دورة تذكرها، تنافست {candidates} خدمة من {administrations} إدارة.'
	},

	lang: 'ar',
	repeat: {
		title: 'مؤسسات فازت أكثر من مرة',
		subtitle: 'المؤسسات التي فازت في أكثر من دورة، مرتبة حسب عدد الجوائز؛ نقطة لكل دورة.',
		hint: 'اختر نقطة لفتح تلك الدورة.',
		description: '{count} مؤسسات فازت في دورتين أو أكثر؛ أكثرها تتويجا {top} بـ{prizes} جوائز.',
		none: 'لا توجد مؤسسة فازت في أكثر من دورة في هذا الاختيار.',
		dot: '{name}: فازت في {year} (الدورة {edition})؛ {prizes} جوائز في المجموع',
		institution: 'المؤسسة',
		prizes: 'الجوائز',
		editions: 'الدورات',
		years: 'السنوات'
	},
	detail: {
		title: 'الدورة {edition} ({year})',
		heading: 'تفاصيل دورة',
		subtitle: 'وقائع دورة وفائزوها ومصادرها.',
		hint: 'اختر دورة أخرى من عوامل التصفية أو من رسم المؤسسات الفائزة أكثر من مرة.',
		date: 'الحفل',
		city: 'المدينة',
		venue: 'المكان',
		presidedBy: 'الرئاسة',
		prizeName: 'اسم الجائزة كما ورد',
		organizer: 'الجهة المنظمة',
		candidates: 'الخدمات المرشحة',
		administrations: 'الإدارات المشاركة',
		prizes: 'الجوائز حسب المصادر',
		coverage: 'تغطية السجل',
		conflict: 'المصادر مختلفة',
		notes: 'ملاحظات (بالإنجليزية)',
		sources: 'المصادر',
		source: 'المصدر {n}',
		noWinners: 'لا توجد جائزة مسجلة لهذه الدورة.',
		service: 'الخدمة',
		institution: 'المؤسسة',
		winners: 'الفائزون في الدورة {edition}',
		awards: 'عدد الجوائز: {count}'
	},

	filters: {
		title: 'عوامل التصفية',
		from: 'من',
		to: 'إلى',
		category: 'الفئة',
		type: 'نوع المؤسسة',
		level: 'مستوى الجائزة',
		edition: 'الدورة',
		any: 'الكل',
		latest: 'الأخيرة',
		reset: 'إلغاء كل عوامل التصفية',
		active: 'عوامل التصفية النشطة',
		none: 'لا تصفية: كل الدورات والفئات وأنواع المؤسسات ومستويات الجوائز.',
		remove: 'إزالة عامل التصفية: {filter}',
		hint: 'انقر أو اضغط Enter على عمود أو خانة لتصفية الرسوم البيانية الأخرى.'
	},
	measure: 'عرض',
	types: {
		title: 'أنواع المؤسسات الفائزة عبر السنين',
		subtitle: 'الجوائز المسجلة في كل دورة حسب نوع المؤسسة الفائزة.',
		description: 'أعمدة مكدسة لكل سنة من {first} إلى {last}: الجوائز المسجلة حسب نوع المؤسسة الفائزة.',
		count: 'عدد الجوائز',
		share: 'النسبة (100 %)',
		unknown: 'مؤسسة غير مسماة',
		mark: '{year} · {type}: {count} جوائز ({share} من السنة)'
	},
	provenance: provenanceAr,
	award: awardAr,
	levels: {
		title: 'مستويات الجوائز في كل دورة',
		subtitle:
			'الجوائز المسجلة في كل دورة حسب المستوى، ومظللة بخطوط الجوائز التي تقول المصادر إنها حُجبت أو لم تُمنح (مستخرجة من ملاحظات السجل؛ الجائزة المحجوبة ليس لها صف فائز).',
		description:
			'أعمدة مكدسة لكل سنة من {first} إلى {last}: الجوائز المسجلة حسب مستوى الجائزة؛ المقاطع المظللة بخطوط جوائز محجوبة.',
		mark: '{year} · {level}: {count} جوائز',
		withheld: 'جوائز محجوبة أو لم تمنح، حسب المصادر',
		withheldMark: '{year} · {category}: {count} جوائز محجوبة ({level})',
		levelNotStated: 'المستوى غير مذكور',
		status: 'الحالة',
		recorded: 'مُنحت',
		withheldStatus: 'محجوبة'
	},
	categories: {
		title: 'الفئات عبر الدورات',
		subtitle:
			'فئات المسابقة في كل دورة وعدد جوائز كل فئة. مرر المؤشر أو انتقل إلى خانة لقراءة الاسم كما ورد.',
		description:
			'مصفوفة من {editions} دورات و{categories} فئات: فئات حسب الجمهور في 2012، مراكز الاتصال حتى 2015، المشاركة الإلكترونية منذ 2016.',
		cell: '{year} · {category}: {count} جوائز مسجلة؛ وردت باسم «{name}»',
		cellNoName: '{year} · {category}: {count} جوائز مسجلة',
		nameAsReported: 'الاسم كما ورد'
	},
	columns: {
		year: 'السنة',
		edition: 'الدورة',
		type: 'نوع المؤسسة',
		level: 'مستوى الجائزة',
		category: 'الفئة',
		prizes: 'الجوائز',
		share: 'النسبة من السنة'
	},
	computed: 'كيف حُسب هذا الرسم'
};
