import { chartSpecs } from '../../src/lib/catalog/specs';

/** The site's languages and the charts of the specs (src/lib/catalog), as the e2e files visit them. */
export const langs = ['ar', 'fr', 'en'] as const;

/** Every chart spec has a section on the dashboard and an embed. */
export const chartIds = chartSpecs.map((spec) => spec.id);
