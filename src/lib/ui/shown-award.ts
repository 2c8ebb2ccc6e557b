import { getContext, setContext } from 'svelte';

/** The dimensions whose values an uploaded history names itself. */
export type AwardDimension = 'category' | 'type' | 'level';

/**
 * What the views need to know of the award shown when it is not the built-in one (undefined
 * then): each dimension's ids in rank order with their labels, the source line, and that winners
 * have no institution page.
 */
export interface ShownAward {
	ids: Record<AwardDimension, string[]>;
	labels: Record<AwardDimension, Map<string, string>>;
	sourceLine: string;
}

const KEY = Symbol('shown-award');

export function provideShownAward(get: () => ShownAward | undefined): void {
	setContext(KEY, get);
}

/** The award shown, read where it is needed (undefined: the built-in award, or outside a page). */
export function useShownAward(): () => ShownAward | undefined {
	return getContext<(() => ShownAward | undefined) | undefined>(KEY) ?? (() => undefined);
}

/** A dimension's label: the uploaded history's own, else the built-in vocabulary's, else the id. */
export function labelIn(
	award: ShownAward | undefined,
	dimension: AwardDimension,
	id: string,
	builtIn: Record<string, string>
): string {
	return award?.labels[dimension].get(id) ?? builtIn[id] ?? id;
}
