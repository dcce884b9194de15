export { check } from "./check";
export { compare } from "./compare";
export { plan } from "./plan";
export { totals } from "./units";
export type { AnalyseOptions } from "./units";
