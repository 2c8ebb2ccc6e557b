/** Texts of an uploaded award history: the dashboard on it, its switcher, its mapping's warnings. */
export const awardEn = {
	/** The mapping's role names, as the Data page says them. */
	roles: {
		year: 'year',
		edition: 'edition',
		category: 'category',
		level: 'prize level',
		winner: 'winner',
		type: 'winner type',
		candidates: 'candidates'
	},
	switcher: 'Award shown',
	builtIn: 'e-mtiaz (built in)',
	opening: 'Opening {name}…',
	missing:
		'The dataset “{name}” is not in this browser. An uploaded dataset is kept only in the browser it was uploaded in: open this link there, or upload the file here on the Data page.',
	showBuiltIn: 'Show the built-in award',
	failed: 'The dataset “{name}” could not be opened: {reason}',
	keyFacts: '{name}: {editions} editions from {first} to {last}, {prizes} prizes won by {winners} winners.',
	candidates: 'Candidates in all: {candidates}.',
	keyFactsYears: 'With no year column, editions are numbered in order and the time axis counts editions.',
	needsColumn: '{view}: map a column as “{role}” on the Data page to see this view.',
	needsTime:
		'This dataset maps neither a year nor an edition column: map one on the Data page to see it in the dashboard.',
	other: 'Other ({count})',
	sourceLine: '{name}, uploaded to this browser on {date}'
};

export type AwardMessages = typeof awardEn;

export const awardFr: AwardMessages = {
	roles: {
		year: 'année',
		edition: 'édition',
		category: 'catégorie',
		level: 'niveau du prix',
		winner: 'lauréat',
		type: 'type de lauréat',
		candidates: 'candidats'
	},
	switcher: 'Prix affiché',
	builtIn: 'e-mtiaz (intégré)',
	opening: 'Ouverture de {name}…',
	missing:
		'Le jeu de données « {name} » n’est pas dans ce navigateur. Un jeu téléversé reste dans le navigateur où il a été téléversé : ouvrez ce lien dans celui-ci, ou téléversez le fichier ici sur la page Données.',
	showBuiltIn: 'Afficher le prix intégré',
	failed: 'Le jeu de données « {name} » n’a pas pu être ouvert : {reason}',
	keyFacts:
		'{name} : {editions} éditions de {first} à {last}, {prizes} prix remportés par {winners} lauréats.',
	candidates: 'Candidats au total : {candidates}.',
	keyFactsYears:
		'Sans colonne d’année, les éditions sont numérotées dans l’ordre et l’axe du temps compte les éditions.',
	needsColumn: '{view} : associez une colonne au rôle « {role} » sur la page Données pour voir cette vue.',
	needsTime:
		'Ce jeu de données n’associe ni colonne d’année ni colonne d’édition : associez-en une sur la page Données pour le voir dans le tableau de bord.',
	other: 'Autres ({count})',
	sourceLine: '{name}, téléversé dans ce navigateur le {date}'
};

export const awardAr: AwardMessages = {
	roles: {
		year: 'السنة',
		edition: 'الدورة',
		category: 'الصنف',
		level: 'مستوى الجائزة',
		winner: 'الفائز',
		type: 'نوع الفائز',
		candidates: 'المرشحون'
	},
	switcher: 'الجائزة المعروضة',
	builtIn: 'إمتياز (مدمجة)',
	opening: 'جارٍ فتح {name}…',
	missing:
		'مجموعة البيانات «{name}» غير موجودة في هذا المتصفح. تُحفظ مجموعة البيانات المرفوعة في المتصفح الذي رُفعت فيه فقط: افتح هذا الرابط هناك، أو ارفع الملف هنا في صفحة البيانات.',
	showBuiltIn: 'عرض الجائزة المدمجة',
	failed: 'تعذّر فتح مجموعة البيانات «{name}»: {reason}',
	keyFacts: '{name}: {editions} دورة من {first} إلى {last}، و{prizes} جائزة فاز بها {winners} فائزًا.',
	candidates: 'مجموع المرشحين: {candidates}.',
	keyFactsYears: 'في غياب عمود السنة، تُرقَّم الدورات بالترتيب ويَعُدّ محور الزمن الدورات.',
	needsColumn: '{view}: اربط عمودًا بدور «{role}» في صفحة البيانات لعرض هذا المخطط.',
	needsTime:
		'لا تربط مجموعة البيانات هذه عمود سنة ولا عمود دورة: اربط أحدهما في صفحة البيانات لعرضها في لوحة المتابعة.',
	other: 'أخرى ({count})',
	sourceLine: '{name}، رُفعت إلى هذا المتصفح في {date}'
};
