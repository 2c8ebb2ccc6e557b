import { quoteIdent } from '$lib/data/sql-text';

/** The roles a column can play in an award history. */
export const roles = ['year', 'edition', 'category', 'level', 'winner', 'type', 'candidates'] as const;
export type Role = (typeof roles)[number];
/**
 * The column of each role, and for a list of nominations the winner filter: only the rows where
 * `column` reads `value` are prizes (the others count as candidates).
 */
export type Mapping = Partial<Record<Role, string>> & { winnerIf?: WinnerFilter };
export interface WinnerFilter {
	column: string;
	value: string;
}

/** Header words that suggest each role, in the three languages (compared without case/accents). */
const hints: Record<Role, string[]> = {
	year: ['year', 'annee', 'an', 'السنة', 'سنة', 'العام'],
	edition: ['edition', 'الدورة', 'دورة', 'session'],
	category: ['category', 'categorie', 'الصنف', 'الفئة', 'صنف', 'فئة'],
	level: ['prize', 'prix', 'level', 'niveau', 'rank', 'rang', 'الجائزة', 'المرتبة'],
	winner: ['institution', 'laureat', 'winner', 'gagnant', 'المؤسسة', 'الفائز', 'الفائزة'],
	type: ['type', 'institution type', 'type d institution', 'النوع', 'نوع المؤسسة'],
	candidates: [
		'candidates',
		'candidats',
		'participants',
		'candidatures',
		'المرشحين',
		'المترشحين',
		'عدد المرشحين'
	]
};

export function normaliseHeader(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[\u064b-\u065f]/g, '')
		.toLowerCase()
		.replace(/[_\-'’.]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Suggests a mapping from header names: an exact hint wins over a hint contained in the name;
 * each column serves one role at most.
 */
export function suggestMapping(header: string[]): Mapping {
	const mapping: Mapping = {};
	const used = new Set<string>();
	for (const pass of ['exact', 'contains'] as const)
		for (const role of roles) {
			if (mapping[role]) continue;
			const found = header.find((column) => {
				if (used.has(column)) return false;
				const n = normaliseHeader(column);
				return hints[role]
					.map(normaliseHeader)
					.some((h) => (pass === 'exact' ? n === h : n.split(' ').includes(h)));
			});
			if (found) {
				mapping[role] = found;
				used.add(found);
			}
		}
	return mapping;
}

/**
 * The audited builder of the normalised view over an uploaded table: every identifier goes through
 * `quoteIdent` and must be one of the table's columns, so a header such as `x" ; DROP TABLE y; --`
 * stays a column name. The view has fixed column names the dashboard's SQL can rely on.
 */
export function normalisedViewSql(view: string, table: string, columns: string[], mapping: Mapping): string {
	const known = new Set(columns);
	const pick = (role: Role, cast: string) => {
		const column = mapping[role];
		if (column === undefined) return `NULL::${cast} AS ${role}`;
		if (!known.has(column)) throw new Error(`Unknown column ${JSON.stringify(column)}`);
		return `TRY_CAST(${quoteIdent(column)} AS ${cast}) AS ${role}`;
	};
	return (
		`CREATE OR REPLACE VIEW ${quoteIdent(view)} AS SELECT ` +
		[
			pick('year', 'INTEGER'),
			pick('edition', 'VARCHAR'),
			pick('category', 'VARCHAR'),
			pick('level', 'VARCHAR'),
			pick('winner', 'VARCHAR'),
			pick('type', 'VARCHAR'),
			pick('candidates', 'INTEGER')
		].join(', ') +
		` FROM ${quoteIdent(table)}`
	);
}
