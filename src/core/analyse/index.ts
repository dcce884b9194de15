export { check } from "./check";
export { compare } from "./compare";
export { plan } from "./plan";
export { totals } from "./units";
export type { AnalyseOptions } from "./units";
export { excessInput, excessPlan } from "./excessPlan";
export type {
  Deputy,
  ExcessPlan,
  ExcessPlanInput,
  ExcessUnit,
  PlannedPerson,
  PlanUnit,
  PlanYear,
} from "./excessPlan";
export { formatAge, RETIREMENT_RULES, retirementAge, retirementDate } from "./retirement";
export type { Age, Retirement, RetirementRule } from "./retirement";
