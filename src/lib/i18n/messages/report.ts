/** Texts of the saved report: the dashboard's button and the fixed words of the file it writes. */
export const reportEn = {
	save: 'Save as report',
	saving: 'Preparing the report…',
	saved: 'Report saved: {file}',
	failed: 'The report could not be saved: {reason}',
	/** `{title}`: the dashboard's heading. */
	documentTitle: '{title}: report',
	/** `{date}`: the day and time, in UTC. */
	savedOn: 'Saved on {date} (UTC).',
	address: 'From the dashboard at',
	filters: 'Filters in force',
	noFilters: 'None: every row of the dataset is counted.',
	contents: 'Contents',
	offline:
		'A copy of the dashboard as it was on screen: the charts, their tables and sources. It opens without a network and runs no script.',
	/** A view whose rows had not yet answered the filters when the report was saved. */
	stale: 'This view had not yet been updated for these filters: it shows the whole record.'
};

export type ReportMessages = typeof reportEn;

export const reportFr: ReportMessages = {
	save: 'Enregistrer le rapport',
	saving: 'Préparation du rapport…',
	saved: 'Rapport enregistré : {file}',
	failed: 'Le rapport n’a pas pu être enregistré : {reason}',
	documentTitle: '{title} : rapport',
	savedOn: 'Enregistré le {date} (UTC).',
	address: 'D’après le tableau de bord à l’adresse',
	filters: 'Filtres appliqués',
	noFilters: 'Aucun : toutes les lignes du jeu de données sont comptées.',
	contents: 'Sommaire',
	offline:
		'Une copie du tableau de bord tel qu’il était à l’écran : les graphiques, leurs tableaux et leurs sources. Elle s’ouvre sans réseau et n’exécute aucun script.',
	stale: 'Cette vue n’avait pas encore été mise à jour pour ces filtres : elle montre tout le corpus.'
};

export const reportAr: ReportMessages = {
	save: 'حفظ كتقرير',
	saving: 'جارٍ إعداد التقرير…',
	saved: 'حُفظ التقرير: {file}',
	failed: 'تعذّر حفظ التقرير: {reason}',
	documentTitle: '{title}: تقرير',
	savedOn: 'حُفظ بتاريخ {date} (بالتوقيت العالمي).',
	address: 'من لوحة المعطيات على العنوان',
	filters: 'التصفيات المطبقة',
	noFilters: 'لا شيء: تُحتسب كل أسطر مجموعة البيانات.',
	contents: 'المحتويات',
	offline:
		'نسخة من لوحة المعطيات كما ظهرت على الشاشة: الرسوم وجداولها ومصادرها. تُفتح دون شبكة ولا تشغّل أي برنامج نصي.',
	stale: 'لم تكن هذه الواجهة قد حُدّثت بعد وفق هذه التصفيات: إنها تعرض السجل كاملا.'
};
