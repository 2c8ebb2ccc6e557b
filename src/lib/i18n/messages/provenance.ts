/** Texts of provenance: the sources behind a chart's rows, conflicts between them, coverage flags. */
export const provenanceEn = {
	sources: 'Source articles behind these rows ({count})',
	none: 'No source document is cited by these rows.',
	conflictNote: 'sources disagree',
	conflictSummary: '⚠ Sources disagree on {count} editions',
	conflictFootnote: '⚠ marks an edition on which sources disagree; the edition detail flags it too:',
	flags: { partial: 'partial record', minimal: 'minimal record', missing: 'no record found' },
	participationHint: 'Select a bar (or press Enter on it) to open that edition in the edition detail.'
};

export type ProvenanceMessages = typeof provenanceEn;

export const provenanceFr: ProvenanceMessages = {
	sources: 'Articles sources derrière ces lignes ({count})',
	none: 'Aucun document source n’est cité par ces lignes.',
	conflictNote: 'sources divergentes',
	conflictSummary: '⚠ Les sources divergent sur {count} éditions',
	flags: { partial: 'relevé partiel', minimal: 'relevé minimal', missing: 'aucun relevé trouvé' },
	conflictFootnote:
		'⚠ signale une édition sur laquelle les sources divergent ; le détail de l’édition la signale aussi :',
	participationHint:
		'Sélectionnez une barre (ou appuyez sur Entrée) pour ouvrir cette édition dans le détail.'
};

export const provenanceAr: ProvenanceMessages = {
	sources: 'المقالات المصدر وراء هذه الصفوف ({count})',
	none: 'لا تستشهد هذه الصفوف بأي وثيقة مصدر.',
	conflictNote: 'المصادر مختلفة',
	conflictSummary: '⚠ المصادر مختلفة بشأن دورات عددها {count}',
	conflictFootnote: '⚠ تشير إلى دورة تختلف فيها المصادر؛ وتنبه إليه تفاصيل الدورة أيضا:',
	flags: { partial: 'سجل جزئي', minimal: 'سجل ضئيل', missing: 'لا سجل' },
	participationHint: 'اختر عمودا (أو اضغط Enter عليه) لفتح تلك الدورة في تفاصيل الدورة.'
};
