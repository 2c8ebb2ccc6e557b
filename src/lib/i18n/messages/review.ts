/** The datasets page's review of a kept dataset's mapping: roles, winner filter, warnings. */
export const reviewEn = {
	open: 'Open in the dashboard',
	mappingOf: 'Mapping of {name}',
	winnerIf: 'Winners only: rows where',
	winnerIfValue: 'is',
	anyRow: '(every row is a prize)',
	apply: 'Apply the mapping',
	mappingSaved: 'Mapping of {name} saved.',
	warnings: {
		'year-text': '“{column}” holds text in {count} rows: a year column needs whole numbers.',
		'flag-constant': '“{column}” has the same value on every row: it cannot tell winners from nominees.',
		'category-unique':
			'“{column}” has a different value on every row: it cannot group prizes into categories.'
	},
	suggest: 'Better columns: {columns}.'
};

export type ReviewMessages = typeof reviewEn;

export const reviewFr: ReviewMessages = {
	open: 'Ouvrir dans le tableau de bord',
	mappingOf: 'Correspondance de {name}',
	winnerIf: 'Lauréats seulement : lignes où',
	winnerIfValue: 'vaut',
	anyRow: '(chaque ligne est un prix)',
	apply: 'Appliquer la correspondance',
	mappingSaved: 'Correspondance de {name} enregistrée.',
	warnings: {
		'year-text':
			'« {column} » contient du texte sur {count} lignes : une colonne d’année demande des nombres entiers.',
		'flag-constant':
			'« {column} » a la même valeur sur chaque ligne : elle ne distingue pas les lauréats des nommés.',
		'category-unique':
			'« {column} » a une valeur différente sur chaque ligne : elle ne regroupe pas les prix en catégories.'
	},
	suggest: 'Colonnes plus adaptées : {columns}.'
};

export const reviewAr: ReviewMessages = {
	open: 'فتح في لوحة المتابعة',
	mappingOf: 'مطابقة أعمدة {name}',
	winnerIf: 'الفائزون فقط: الصفوف التي يكون فيها',
	winnerIfValue: 'مساويًا لـ',
	anyRow: '(كل صف جائزة)',
	apply: 'تطبيق المطابقة',
	mappingSaved: 'حُفظت مطابقة {name}.',
	warnings: {
		'year-text': 'يحتوي «{column}» على نص في {count} صفًا: يحتاج عمود السنة إلى أعداد صحيحة.',
		'flag-constant': 'لعمود «{column}» القيمة نفسها في كل صف: لا يميّز الفائزين من المرشحين.',
		'category-unique': 'لعمود «{column}» قيمة مختلفة في كل صف: لا يجمع الجوائز في فئات.'
	},
	suggest: 'أعمدة أنسب: {columns}.'
};
