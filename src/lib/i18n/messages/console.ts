/** The SQL console's texts in the three languages (`en` is the reference shape). */
const en = {
	title: 'SQL console',
	intro:
		'Ask your own questions of the data with SQL (DuckDB dialect). The console runs in your browser on its own copy of the tables: no network, no files, nothing you type leaves the page.',
	needsJs: 'The console needs JavaScript. The tables and examples below are still readable.',
	loading: 'Starting the console’s own query engine…',
	failed:
		'The console could not start, so queries cannot run here: {reason}. The tables and examples on this page are still readable.',
	editorLabel: 'SQL query',
	run: 'Run',
	runHint:
		'Ctrl+Enter (⌘+Enter) runs the query, or the selection when there is one. Tab indents; Esc then Tab leaves the editor.',
	cancel: 'Stop',
	cancelled: 'The query was stopped.',
	running: 'Running…',
	share: 'Copy share link',
	shared: 'Link copied. Opening it shows the query; it runs only when the reader clicks Run.',
	sharedLoaded: 'This query comes from a shared link. Read it, then click Run to execute it.',
	reset: 'Reset data',
	resetDone: 'The console’s tables were rebuilt.',
	schema: 'Tables',
	schemaHint: 'Click a name to insert it into the query.',
	rows: '{count} rows',
	examples: 'Examples',
	exampleTitles: {
		prizesByType: 'Prizes per edition by institution type',
		repeatWinners: 'Institutions awarded in more than one edition',
		categoriesPerEdition: 'Categories per edition',
		participation: 'Candidates and prizes per edition'
	},
	load: 'Load',
	results: 'Results',
	summary: '{count} rows · {ms} ms',
	summaryMore: 'first {count} rows · {ms} ms · more available',
	loadMore: 'Load more rows',
	page: 'Rows {from}–{to} of {count}',
	previous: 'Previous',
	next: 'Next',
	noRows: 'The query returned no rows.',
	empty: 'Run a query to see its result here.',
	error: 'DuckDB error',
	errorAt: 'at line {line}, column {column} (highlighted in the editor)',
	exportCsv: 'CSV',
	exportJson: 'JSON',
	exportLabel: 'Download the result',
	null: 'NULL'
};

export type ConsoleMessages = typeof en;

const fr: ConsoleMessages = {
	title: 'Console SQL',
	intro:
		'Posez vos propres questions aux données en SQL (dialecte DuckDB). La console tourne dans votre navigateur sur sa propre copie des tables : pas de réseau, pas de fichiers, rien de ce que vous tapez ne quitte la page.',
	needsJs: 'La console nécessite JavaScript. Les tables et les exemples ci-dessous restent lisibles.',
	loading: 'Démarrage du moteur de requêtes de la console…',
	failed:
		'La console n’a pas pu démarrer, les requêtes ne peuvent donc pas s’exécuter ici : {reason}. Les tables et les exemples de cette page restent lisibles.',
	editorLabel: 'Requête SQL',
	run: 'Exécuter',
	runHint:
		'Ctrl+Entrée (⌘+Entrée) exécute la requête, ou la sélection s’il y en a une. Tab indente ; Échap puis Tab quitte l’éditeur.',
	cancel: 'Arrêter',
	cancelled: 'La requête a été arrêtée.',
	running: 'Exécution…',
	share: 'Copier le lien de partage',
	shared: 'Lien copié. Il affiche la requête ; elle ne s’exécute que lorsque le lecteur clique sur Exécuter.',
	sharedLoaded: 'Cette requête vient d’un lien partagé. Lisez-la, puis cliquez sur Exécuter pour la lancer.',
	reset: 'Réinitialiser les données',
	resetDone: 'Les tables de la console ont été reconstruites.',
	schema: 'Tables',
	schemaHint: 'Cliquez sur un nom pour l’insérer dans la requête.',
	rows: '{count} lignes',
	examples: 'Exemples',
	exampleTitles: {
		prizesByType: 'Prix par édition selon le type d’institution',
		repeatWinners: 'Institutions primées à plusieurs éditions',
		categoriesPerEdition: 'Catégories par édition',
		participation: 'Candidatures et prix par édition'
	},
	load: 'Charger',
	results: 'Résultats',
	summary: '{count} lignes · {ms} ms',
	summaryMore: '{count} premières lignes · {ms} ms · d’autres sont disponibles',
	loadMore: 'Charger plus de lignes',
	page: 'Lignes {from}–{to} sur {count}',
	previous: 'Précédent',
	next: 'Suivant',
	noRows: 'La requête n’a renvoyé aucune ligne.',
	empty: 'Exécutez une requête pour voir son résultat ici.',
	error: 'Erreur DuckDB',
	errorAt: 'ligne {line}, colonne {column} (surlignée dans l’éditeur)',
	exportCsv: 'CSV',
	exportJson: 'JSON',
	exportLabel: 'Télécharger le résultat',
	null: 'NULL'
};

const ar: ConsoleMessages = {
	title: 'وحدة SQL',
	intro:
		'اطرح أسئلتك الخاصة على البيانات بلغة SQL (صيغة DuckDB). تعمل الوحدة في متصفحك على نسختها الخاصة من الجداول: لا شبكة ولا ملفات، ولا يغادر الصفحة شيء مما تكتبه.',
	needsJs: 'تحتاج وحدة SQL إلى جافاسكريبت. تبقى الجداول والأمثلة أدناه مقروءة.',
	loading: 'جارٍ تشغيل محرك الاستعلامات الخاص بالوحدة…',
	failed:
		'تعذّر تشغيل الوحدة، لذا لا يمكن تنفيذ الاستعلامات هنا: {reason}. ما تزال الجداول والأمثلة في هذه الصفحة قابلة للقراءة.',
	editorLabel: 'استعلام SQL',
	run: 'تنفيذ',
	runHint:
		'Ctrl+Enter (⌘+Enter) ينفّذ الاستعلام، أو الجزء المحدد إن وُجد. مفتاح Tab يُزيح السطر؛ Esc ثم Tab للخروج من المحرّر.',
	cancel: 'إيقاف',
	cancelled: 'أُوقف الاستعلام.',
	running: 'جارٍ التنفيذ…',
	share: 'نسخ رابط المشاركة',
	shared: 'نُسخ الرابط. يعرض الاستعلام، ولا يُنفَّذ إلا حين ينقر القارئ على «تنفيذ».',
	sharedLoaded: 'هذا الاستعلام من رابط مُشارَك. اقرأه ثم انقر على «تنفيذ» لتشغيله.',
	reset: 'إعادة تعيين البيانات',
	resetDone: 'أُعيد بناء جداول الوحدة.',
	schema: 'الجداول',
	schemaHint: 'انقر على اسم لإدراجه في الاستعلام.',
	rows: '{count} صفًّا',
	examples: 'أمثلة',
	exampleTitles: {
		prizesByType: 'الجوائز في كل دورة حسب نوع المؤسسة',
		repeatWinners: 'مؤسسات فازت في أكثر من دورة',
		categoriesPerEdition: 'الفئات في كل دورة',
		participation: 'الترشيحات والجوائز في كل دورة'
	},
	load: 'تحميل',
	results: 'النتائج',
	summary: '{count} صفًّا · {ms} مللي ثانية',
	summaryMore: 'أول {count} صفًّا · {ms} مللي ثانية · توجد صفوف أخرى',
	loadMore: 'تحميل مزيد من الصفوف',
	page: 'الصفوف {from}–{to} من {count}',
	previous: 'السابق',
	next: 'التالي',
	noRows: 'لم يُرجع الاستعلام أي صف.',
	empty: 'نفّذ استعلامًا لترى نتيجته هنا.',
	error: 'خطأ من DuckDB',
	errorAt: 'في السطر {line}، العمود {column} (مظلَّل في المحرر)',
	exportCsv: 'CSV',
	exportJson: 'JSON',
	exportLabel: 'تنزيل النتيجة',
	null: 'NULL'
};

export const consoleMessages = { en, fr, ar };
