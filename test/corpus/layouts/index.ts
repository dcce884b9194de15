import type { Layout } from "./types";
import { LAYOUTS as UNIT_FORMS } from "./unit-forms";
import { LAYOUTS as ROSTERS } from "./rosters";
import { LAYOUTS as GROUPED_LISTS } from "./grouped-lists";
import { LAYOUTS as LEGACY } from "./legacy";

/** Every layout of the corpus. */
export const LAYOUTS: readonly Layout[] = [...UNIT_FORMS, ...ROSTERS, ...GROUPED_LISTS, ...LEGACY];

export type { Layout } from "./types";
