export { chartSpecs, specById, type ChartSpec } from './specs';
export { dimensions, filterParams, type Dimension } from './dimensions';
export type * from './rows';
