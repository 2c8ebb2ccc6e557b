/** What a group's record is flagged with, under the time axis: its coverage and source conflicts. */
export type CoverageFlag = 'partial' | 'minimal' | 'missing';

export interface GroupFlags {
	coverage?: CoverageFlag;
	conflict?: boolean;
}

/** Room the two rows of flag marks take under the time labels. */
export const FLAGS_ROOM = 26;
/** Radius of a flag mark. */
export const FLAG_RADIUS = 4;
