import { reviewAr, reviewEn, reviewFr } from './review';
/** Texts of the datasets page and the upload pipeline, in the three languages. */
export const dataEn = {
	title: 'Data',
	intro: 'The tables behind the dashboard, to download, and your own award histories, kept in this browser.',
	builtIn: 'Built-in tables',
	rows: 'Rows',
	columns: 'Columns',
	coverage: 'Coverage',
	coverageValue: '{from}–{to}, {editions} editions',
	sources: 'Sources',
	sourcesValue: '{count} press and official sources, listed in the sources table',
	download: 'Download {table} as CSV',
	downloadParquet: 'Download {table} as Parquet',
	yours: 'Your datasets',
	none: 'No dataset uploaded yet.',
	upload: 'Upload a CSV or TSV file',
	chooseFile: 'Choose a file',
	noFile: 'Nothing chosen yet.',
	chosenFile: 'File: {name}',
	drop: 'or drop it here',
	limit: 'Files up to {mb} MB.',
	reading: 'Reading {name}…',
	progress: '{bytes} of {total} MB, {rows} rows',
	cancel: 'Cancel',
	preview: 'Preview of {name}: {rows} rows, delimiter “{delimiter}”',
	type: 'Type',
	mapping: 'Column mapping',
	roles: {
		year: 'Year',
		edition: 'Edition',
		category: 'Category',
		level: 'Prize level',
		winner: 'Winner or institution',
		type: 'Winner type (institution type, gender, country…)',
		candidates: 'Candidates'
	},
	noColumn: '(none)',
	tableName: 'Table name',
	save: 'Keep this dataset',
	saved: '{name} is kept in this browser ({rows} rows).',
	remove: 'Remove {name}',
	rename: 'Rename',
	encodingPick: 'Read the file as',
	encodings: {
		'utf-8': 'UTF-8',
		'windows-1256': 'Windows-1256 (Arabic)',
		'windows-1252': 'Windows-1252 / Latin-1 (French)',
		'utf-16le': 'UTF-16 LE',
		'utf-16be': 'UTF-16 BE'
	},
	loadingEngine: 'Checking and loading {name} into the query engine ({rows} rows)…',
	showCharts: 'Show charts of {name}',
	/** A kept dataset's mapping: its warnings, the winner filter, the way to the dashboard. */
	review: reviewEn,
	coverageYears: '{from}–{to} ({years} years)',
	coverageUnknown: 'not reported (no year column mapped)',
	renameTo: 'New name for {name}',
	renameConfirm: 'Rename',
	renameCancel: 'Cancel',
	nameInvalid:
		'A table name starts with a letter and holds only lower-case letters, digits and _, and is not a built-in table.',
	nameTaken: 'A dataset named {name} already exists: choose another name.',
	removed: '{name} was removed from this browser.',
	charts: {
		heading: 'Charts of your dataset {table}',
		perYear: 'Prizes and participation per year',
		perYearDescription:
			'Bars per award year of {table}, {first} to {last}: prizes, candidates and winning institutions where the file reports them.',
		byGroup: 'Prizes per year by {role}',
		byGroupDescription: 'Stacked bars per award year, {first} to {last}, one segment per {role}.',
		mark: '{year}, {group}: {count}',
		year: 'Year',
		series: { prizes: 'Prizes', candidates: 'Candidates', winners: 'Winning institutions' },
		absent: 'not in the file',
		other: 'other ({count} categories)',
		empty: 'No row to chart.',
		noYear: 'Map a column to Year to see the charts of this dataset.'
	},
	edition: {
		heading: 'Add an edition to the built-in data',
		detected:
			'This file has exactly the columns of the built-in {table} table: its rows can be added to it in this browser, after the same checks.',
		add: 'Add these rows to {table}',
		added: '{rows} rows were added to {table} in this browser: the dashboard shows them merged.',
		engineNotReady: 'The query engine is still loading; try again in a moment.',
		badge: 'Rows added to the built-in {table} table',
		merged: 'Merged tables (built-in data and the editions you added)',
		export: 'Download the merged {table} as CSV',
		removeNote: 'Removed: the merged tables return to the built-in data at the next page load.'
	},
	rules: {
		type: 'wrong type for this column',
		vocabulary: 'not one of the values listed in the data dictionary',
		duplicate: 'already used by the built-in data or an earlier row',
		'unknown-edition': 'no such edition: add it to editions first',
		'unknown-institution': 'no such institution in the institutions table',
		required: 'this column may not be empty'
	},
	chartsLater: 'The charts need the query engine, which is not available now: use “Show charts” later.',
	storageFull:
		'This browser has no room left to keep {name}: remove a dataset and try again. Nothing was saved.',
	place: { file: 'File {file}', line: 'line {line}', column: 'column {column}' },
	errors: {
		'empty-file': 'The file is empty. Choose a file that has a header line and data.',
		'no-data-rows': 'The file has a header but no data rows. Add at least one row under the header.',
		encoding: 'The file is not valid UTF-8. Pick its encoding below and check the preview.',
		'unbalanced-quote': 'A quoted field opens here and is never closed. Close the quote or remove it.',
		'ragged-rows':
			'This row has {actual} fields where the header has {expected}. Fix the row or quote fields holding the delimiter.',
		'mixed-line-endings':
			'The line endings change here (Windows and Unix mixed). Save the file again with one kind.',
		'field-too-large': 'A field is longer than {limit} characters. Shorten it or split the column.',
		'too-many-columns': 'The file has {count} columns; at most {limit} are accepted.',
		'file-too-large': 'The file is {size} MB; the limit is {limit} MB. Split it into smaller files.',
		'not-text': 'This is not a text file (it holds binary bytes). Export your table as CSV first.',
		'out-of-memory': 'The browser ran out of memory. Close other tabs or split the file.',
		interrupted: 'Reading was interrupted. Nothing was changed; upload the file again.',
		'invalid-value':
			'The value “{value}” is refused ({rule}). Correct it; nothing was added to the built-in data.',
		'too-many-rows': 'An added edition holds at most {limit} rows; this file has {count}. Split it.'
	}
};

export type DataMessages = typeof dataEn;

export const dataFr: DataMessages = {
	title: 'Données',
	intro:
		'Les tables du tableau de bord, à télécharger, et vos propres historiques de prix, gardés dans ce navigateur.',
	builtIn: 'Tables intégrées',
	rows: 'Lignes',
	columns: 'Colonnes',
	coverage: 'Couverture',
	coverageValue: '{from}–{to}, {editions} éditions',
	sources: 'Sources',
	sourcesValue: '{count} sources de presse et officielles, listées dans la table sources',
	download: 'Télécharger {table} en CSV',
	downloadParquet: 'Télécharger {table} en Parquet',
	yours: 'Vos jeux de données',
	none: 'Aucun jeu de données importé pour l’instant.',
	upload: 'Importer un fichier CSV ou TSV',
	chooseFile: 'Choisir un fichier',
	noFile: 'Aucun fichier choisi pour l’instant.',
	chosenFile: 'Fichier : {name}',
	drop: 'ou déposez-le ici',
	limit: 'Fichiers jusqu’à {mb} Mo.',
	reading: 'Lecture de {name}…',
	progress: '{bytes} sur {total} Mo, {rows} lignes',
	cancel: 'Annuler',
	preview: 'Aperçu de {name} : {rows} lignes, séparateur « {delimiter} »',
	type: 'Type',
	mapping: 'Correspondance des colonnes',
	roles: {
		year: 'Année',
		edition: 'Édition',
		category: 'Catégorie',
		level: 'Niveau du prix',
		winner: 'Lauréat ou institution',
		type: 'Type de lauréat (type d’institution, genre, pays…)',
		candidates: 'Candidats'
	},
	noColumn: '(aucune)',
	tableName: 'Nom de la table',
	save: 'Garder ce jeu de données',
	saved: '{name} est gardé dans ce navigateur ({rows} lignes).',
	remove: 'Supprimer {name}',
	rename: 'Renommer',
	encodingPick: 'Lire le fichier comme',
	encodings: {
		'utf-8': 'UTF-8',
		'windows-1256': 'Windows-1256 (arabe)',
		'windows-1252': 'Windows-1252 / Latin-1 (français)',
		'utf-16le': 'UTF-16 LE',
		'utf-16be': 'UTF-16 BE'
	},
	loadingEngine: 'Vérification et chargement de {name} dans le moteur de requêtes ({rows} lignes)…',
	showCharts: 'Afficher les graphiques de {name}',
	/** A kept dataset's mapping: its warnings, the winner filter, the way to the dashboard. */
	review: reviewFr,
	coverageYears: '{from}–{to} ({years} années)',
	coverageUnknown: 'non communiquée (aucune colonne Année)',
	renameTo: 'Nouveau nom pour {name}',
	renameConfirm: 'Renommer',
	renameCancel: 'Annuler',
	nameInvalid:
		'Un nom de table commence par une lettre, ne contient que des minuscules, des chiffres et _, et n’est pas une table intégrée.',
	nameTaken: 'Un jeu de données nommé {name} existe déjà : choisissez un autre nom.',
	removed: '{name} a été supprimé de ce navigateur.',
	charts: {
		heading: 'Graphiques de votre jeu de données {table}',
		perYear: 'Prix et participation par année',
		perYearDescription:
			'Barres par année de {table}, de {first} à {last} : prix, candidats et institutions lauréates quand le fichier les donne.',
		byGroup: 'Prix par année selon : {role}',
		byGroupDescription:
			'Barres empilées par année, de {first} à {last}, un segment par valeur de « {role} ».',
		mark: '{year}, {group} : {count}',
		year: 'Année',
		series: { prizes: 'Prix', candidates: 'Candidats', winners: 'Institutions lauréates' },
		absent: 'absente du fichier',
		other: 'autres ({count} catégories)',
		empty: 'Aucune ligne à représenter.',
		noYear: 'Associez une colonne à Année pour voir les graphiques de ce jeu de données.'
	},
	edition: {
		heading: 'Ajouter une édition aux données intégrées',
		detected:
			'Ce fichier a exactement les colonnes de la table intégrée {table} : ses lignes peuvent y être ajoutées dans ce navigateur, après les mêmes vérifications.',
		add: 'Ajouter ces lignes à {table}',
		added:
			'{rows} lignes ont été ajoutées à {table} dans ce navigateur : le tableau de bord les montre fusionnées.',
		engineNotReady: 'Le moteur de requêtes se charge encore ; réessayez dans un instant.',
		badge: 'Lignes ajoutées à la table intégrée {table}',
		merged: 'Tables fusionnées (données intégrées et éditions ajoutées)',
		export: 'Télécharger {table} fusionnée en CSV',
		removeNote: 'Supprimé : les tables fusionnées reviennent aux données intégrées au prochain chargement.'
	},
	rules: {
		type: 'type incorrect pour cette colonne',
		vocabulary: 'ne fait pas partie des valeurs du dictionnaire des données',
		duplicate: 'déjà utilisée par les données intégrées ou une ligne précédente',
		'unknown-edition': 'édition inconnue : ajoutez-la d’abord à editions',
		'unknown-institution': 'institution absente de la table institutions',
		required: 'cette colonne ne peut pas être vide'
	},
	chartsLater:
		'Les graphiques demandent le moteur de requêtes, indisponible pour l’instant : utilisez « Afficher les graphiques » plus tard.',
	storageFull:
		'Ce navigateur n’a plus de place pour garder {name} : supprimez un jeu de données et réessayez. Rien n’a été enregistré.',
	place: { file: 'Fichier {file}', line: 'ligne {line}', column: 'colonne {column}' },
	errors: {
		'empty-file': 'Le fichier est vide. Choisissez un fichier avec une ligne d’en-tête et des données.',
		'no-data-rows': 'Le fichier a un en-tête mais aucune ligne de données. Ajoutez au moins une ligne.',
		encoding:
			'Le fichier n’est pas en UTF-8 valide. Choisissez son encodage ci-dessous et vérifiez l’aperçu.',
		'unbalanced-quote':
			'Un champ entre guillemets s’ouvre ici et ne se ferme jamais. Fermez ou retirez le guillemet.',
		'ragged-rows':
			'Cette ligne a {actual} champs alors que l’en-tête en a {expected}. Corrigez la ligne ou mettez entre guillemets les champs qui contiennent le séparateur.',
		'mixed-line-endings':
			'Les fins de ligne changent ici (Windows et Unix mélangés). Réenregistrez le fichier avec un seul type.',
		'field-too-large': 'Un champ dépasse {limit} caractères. Raccourcissez-le ou découpez la colonne.',
		'too-many-columns': 'Le fichier a {count} colonnes ; {limit} au plus sont acceptées.',
		'file-too-large':
			'Le fichier fait {size} Mo ; la limite est {limit} Mo. Découpez-le en fichiers plus petits.',
		'not-text':
			'Ce n’est pas un fichier texte (il contient des octets binaires). Exportez d’abord votre table en CSV.',
		'out-of-memory': 'Le navigateur manque de mémoire. Fermez d’autres onglets ou découpez le fichier.',
		interrupted: 'La lecture a été interrompue. Rien n’a changé ; importez le fichier à nouveau.',
		'invalid-value':
			'La valeur « {value} » est refusée ({rule}). Corrigez-la ; rien n’a été ajouté aux données intégrées.',
		'too-many-rows':
			'Une édition ajoutée compte au plus {limit} lignes ; ce fichier en a {count}. Découpez-le.'
	}
};

export const dataAr: DataMessages = {
	title: 'البيانات',
	intro: 'جداول لوحة المعلومات للتنزيل، وسجلات الجوائز الخاصة بكم محفوظة في هذا المتصفح.',
	builtIn: 'الجداول المدمجة',
	rows: 'الصفوف',
	columns: 'الأعمدة',
	coverage: 'التغطية',
	coverageValue: '{from}–{to}، {editions} دورة',
	sources: 'المصادر',
	sourcesValue: '{count} مصدرا صحفيا ورسميا، مدرجة في جدول المصادر',
	download: 'تنزيل {table} بصيغة CSV',
	downloadParquet: 'تنزيل {table} بصيغة Parquet',
	yours: 'بياناتكم',
	none: 'لم يتم رفع أي مجموعة بيانات بعد.',
	upload: 'رفع ملف CSV أو TSV',
	chooseFile: 'اختيار ملف',
	noFile: 'لم يُختر أي ملف بعد.',
	chosenFile: 'الملف: {name}',
	drop: 'أو أفلتوه هنا',
	limit: 'ملفات حتى {mb} ميغابايت.',
	reading: 'جار قراءة {name}…',
	progress: '{bytes} من {total} ميغابايت، {rows} صفا',
	cancel: 'إلغاء',
	preview: 'معاينة {name}: {rows} صفا، الفاصل «{delimiter}»',
	type: 'النوع',
	mapping: 'مطابقة الأعمدة',
	roles: {
		year: 'السنة',
		edition: 'الدورة',
		category: 'الصنف',
		level: 'مستوى الجائزة',
		winner: 'الفائز أو المؤسسة',
		type: 'نوع الفائز (نوع المؤسسة، الجنس، البلد…)',
		candidates: 'المرشحون'
	},
	noColumn: '(لا شيء)',
	tableName: 'اسم الجدول',
	save: 'الاحتفاظ بهذه البيانات',
	saved: 'تم الاحتفاظ بـ {name} في هذا المتصفح ({rows} صفا).',
	remove: 'حذف {name}',
	rename: 'إعادة التسمية',
	encodingPick: 'قراءة الملف بترميز',
	encodings: {
		'utf-8': 'UTF-8',
		'windows-1256': 'Windows-1256 (عربي)',
		'windows-1252': 'Windows-1252 / Latin-1 (فرنسي)',
		'utf-16le': 'UTF-16 LE',
		'utf-16be': 'UTF-16 BE'
	},
	loadingEngine: 'جار التحقق من {name} وتحميله في محرك الاستعلامات ({rows} صفا)…',
	showCharts: 'عرض رسوم {name}',
	/** A kept dataset's mapping: its warnings, the winner filter, the way to the dashboard. */
	review: reviewAr,
	coverageYears: '{from}–{to} ({years} سنوات)',
	coverageUnknown: 'غير مُعلنة (لم يُحدَّد عمود السنة)',
	renameTo: 'الاسم الجديد لـ {name}',
	renameConfirm: 'إعادة التسمية',
	renameCancel: 'إلغاء',
	nameInvalid: 'يبدأ اسم الجدول بحرف لاتيني ولا يحتوي إلا على أحرف صغيرة وأرقام و_، ولا يكون اسم جدول مدمج.',
	nameTaken: 'توجد مجموعة بيانات باسم {name}: اختاروا اسما آخر.',
	removed: 'تم حذف {name} من هذا المتصفح.',
	charts: {
		heading: 'رسوم مجموعة بياناتكم {table}',
		perYear: 'الجوائز والمشاركة حسب السنة',
		perYearDescription:
			'أعمدة لكل سنة من {table}، من {first} إلى {last}: الجوائز والمرشحون والمؤسسات الفائزة حيث يذكرها الملف.',
		byGroup: 'الجوائز حسب السنة و{role}',
		byGroupDescription: 'أعمدة مكدسة لكل سنة، من {first} إلى {last}، جزء لكل قيمة من «{role}».',
		mark: '{year}، {group}: {count}',
		year: 'السنة',
		series: { prizes: 'الجوائز', candidates: 'المرشحون', winners: 'المؤسسات الفائزة' },
		absent: 'غير موجودة في الملف',
		other: 'أخرى ({count} فئات)',
		empty: 'لا يوجد صف لعرضه.',
		noYear: 'حددوا عمودا للسنة لعرض رسوم هذه البيانات.'
	},
	edition: {
		heading: 'إضافة دورة إلى البيانات المدمجة',
		detected:
			'لهذا الملف أعمدة الجدول المدمج {table} نفسها: يمكن إضافة صفوفه إليه في هذا المتصفح بعد الفحوص نفسها.',
		add: 'إضافة هذه الصفوف إلى {table}',
		added: 'أضيف {rows} صفا إلى {table} في هذا المتصفح: تعرضها لوحة المعلومات مدمجة.',
		engineNotReady: 'ما زال محرك الاستعلامات قيد التحميل؛ أعيدوا المحاولة بعد لحظة.',
		badge: 'صفوف مضافة إلى الجدول المدمج {table}',
		merged: 'الجداول المدمجة (البيانات الأصلية والدورات المضافة)',
		export: 'تنزيل {table} المدمج بصيغة CSV',
		removeNote: 'تم الحذف: تعود الجداول المدمجة إلى البيانات الأصلية عند التحميل التالي للصفحة.'
	},
	rules: {
		type: 'نوع غير صحيح لهذا العمود',
		vocabulary: 'ليست من القيم المدرجة في قاموس البيانات',
		duplicate: 'مستعملة في البيانات المدمجة أو في صف سابق',
		'unknown-edition': 'دورة غير موجودة: أضيفوها أولا إلى editions',
		'unknown-institution': 'مؤسسة غير موجودة في جدول institutions',
		required: 'لا يمكن أن يكون هذا العمود فارغا'
	},
	chartsLater: 'تحتاج الرسوم إلى محرك الاستعلامات، وهو غير متاح الآن: استعملوا «عرض الرسوم» لاحقا.',
	storageFull: 'لم يعد في هذا المتصفح مكان لحفظ {name}: احذفوا مجموعة بيانات وأعيدوا المحاولة. لم يُحفظ شيء.',
	place: { file: 'الملف {file}', line: 'السطر {line}', column: 'العمود {column}' },
	errors: {
		'empty-file': 'الملف فارغ. اختاروا ملفا يحتوي على سطر عناوين وبيانات.',
		'no-data-rows': 'في الملف سطر عناوين بلا أي صف بيانات. أضيفوا صفا واحدا على الأقل.',
		encoding: 'الملف ليس بترميز UTF-8 صالح. اختاروا ترميزه أدناه وتحققوا من المعاينة.',
		'unbalanced-quote': 'حقل بين علامتي تنصيص يبدأ هنا ولا يُغلق أبدا. أغلقوا علامة التنصيص أو احذفوها.',
		'ragged-rows':
			'في هذا الصف {actual} حقول بينما في سطر العناوين {expected}. صححوا الصف أو ضعوا الحقول التي تحتوي على الفاصل بين علامتي تنصيص.',
		'mixed-line-endings': 'تتغير نهايات الأسطر هنا (خليط بين ويندوز ويونكس). احفظوا الملف من جديد بنوع واحد.',
		'field-too-large': 'حقل يتجاوز {limit} حرفا. اختصروه أو قسموا العمود.',
		'too-many-columns': 'في الملف {count} عمودا؛ الحد الأقصى {limit}.',
		'file-too-large': 'حجم الملف {size} ميغابايت؛ والحد {limit} ميغابايت. قسموه إلى ملفات أصغر.',
		'not-text': 'هذا ليس ملفا نصيا (يحتوي على بايتات ثنائية). صدّروا جدولكم بصيغة CSV أولا.',
		'out-of-memory': 'نفدت ذاكرة المتصفح. أغلقوا علامات تبويب أخرى أو قسموا الملف.',
		interrupted: 'توقفت القراءة. لم يتغير شيء؛ ارفعوا الملف من جديد.',
		'invalid-value': 'القيمة «{value}» مرفوضة ({rule}). صححوها؛ لم يُضف شيء إلى البيانات المدمجة.',
		'too-many-rows': 'الدورة المضافة لا تتجاوز {limit} صفا؛ وفي هذا الملف {count}. قسموه.'
	}
};
