import { fail, ok, type Result } from "../types";

/** The single figures users compute in cells, as the custom functions expose them. */

/** People cut: before − after (negative when the unit grew). */
export function headcountCut(before: number, after: number): number {
  return before - after;
}

/** (before − after) / before; a division-by-zero problem when before is 0. */
export function cutRate(before: number, after: number): Result<number> {
  if (before === 0)
    return fail({ level: "error", code: "division-by-zero", params: { what: "trước (before)" } });
  return ok((before - after) / before);
}

/** Deputies per head. */
export function deputyRatio(deputies: number, heads: number): Result<number> {
  if (heads === 0)
    return fail({ level: "error", code: "division-by-zero", params: { what: "cấp trưởng (heads)" } });
  return ok(deputies / heads);
}

/** (heads + deputies) / staff: 1 means a unit of leaders only. */
export function leaderShare(heads: number, deputies: number, staff: number): Result<number> {
  if (staff === 0)
    return fail({ level: "error", code: "division-by-zero", params: { what: "biên chế (staff)" } });
  return ok((heads + deputies) / staff);
}
