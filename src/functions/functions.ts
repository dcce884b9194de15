/**
 * The TINHGON.* custom functions. The JSDoc of each is its metadata (functions.json is generated from
 * it; ids are frozen once shipped); each body reads its arguments and makes one call into the core.
 * Vietnamese names and descriptions live in ./translations.vi.json (functions.vi.json, the default
 * metadata of manifest.xml).
 *
 * Errors: #VALUE! or #N/A with a message whenever the user needs the reason, a bare #DIV/0! for a division
 * by zero (see ./args.ts).
 *
 * None is volatile (@volatile), although DEPUTY_CAP, DEPUTY_EXCESS and MERGE_RESULT use the rules in force
 * on the day they calculate when no rule_set is given. Microsoft's guidance keeps volatility for values
 * that change on every recalculation whatever the inputs, such as TODAY and RAND
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-volatile); ours change only on the
 * day a rule set takes or leaves effect (rule sets are data in src/core/rules, so a new one comes with a
 * new version of the add-in; every one shipped in 0.1 took effect by 2026-01-01). A volatile function would recalculate, and send its ranges to the
 * add-in again, on every edit anywhere in the workbook (MERGE_RESULT over whole columns: a million rows
 * per keystroke), and a dated report would change its caps by itself when reopened after a rule change.
 * Instead the figures stay as calculated: rule_set pins them, and a full recalculation (Ctrl+Alt+F9) or
 * re-entering the formula applies the rules in force that day. EXCESS_DEADLINE and MERGE_SUMMARY do not
 * depend on today at all. src/functions/metadata.test.ts holds this decision.
 */
import { cutRate, deputyRatio, headcountCut, leaderShare } from "../core/analyse/figures";
import { cutNeeded, progress } from "../core/analyse/targets";
import { plan, retirementDate } from "../core/analyse";
import { todayIso } from "../core/format";
import { SUMMARY_ROWS } from "../core/messages";
import { deputyCap, defaultRuleSet, excessDeadline, PARTY_UNIT_TYPES } from "../core/rules";
import type { Analysis, StaffingTable, UnitType } from "../core/types";
import {
  ArgumentProblem,
  birthDateArg,
  count,
  excel,
  fromIssue,
  isoToSerial,
  optionalCount,
  provinceClassArg,
  rate,
  ruleSetArg,
  scalar,
  serialToIso,
  sexArg,
  unitTypeArg,
  unitsFromRanges,
} from "./args";

const today = () => todayIso(new Date());

/**
 * People cut: before − after. Numbers or ranges (summed); blank cells count 0.
 * Example: =TINHGON.HEADCOUNT_CUT(52, 47) gives 5.
 * @customfunction HEADCOUNT_CUT
 * @param before Staff before (a number or a range, summed).
 * @param after Staff after (a number or a range, summed).
 * @returns The number of people cut.
 */
export function HEADCOUNT_CUT(before: any[][], after: any[][]): number {
  return excel(() => headcountCut(count(before, "trước"), count(after, "sau")));
}

/**
 * Cut rate: (before − after) / before; #DIV/0! when before is 0.
 * Example: =TINHGON.CUT_RATE(52, 47) gives 0,0962 (9,62%).
 * @customfunction CUT_RATE
 * @param before Figure before (a number or a range, summed).
 * @param after Figure after (a number or a range, summed).
 * @returns The cut as a fraction of before.
 */
export function CUT_RATE(before: any[][], after: any[][]): number {
  return excel(() => {
    const r = cutRate(count(before, "trước"), count(after, "sau"));
    if (!r.ok) throw fromIssue(r.issue, "#DIV/0!");
    return r.value;
  });
}

/**
 * People still to cut to reach a cut of at least target_rate from baseline: max(0, ceil(baseline × rate) − (baseline − current)).
 * Example: =TINHGON.CUT_NEEDED(166, 10%, 160) gives 11.
 * @customfunction CUT_NEEDED
 * @param baseline Staff in the base year (a number or a range, summed).
 * @param target_rate Target cut, e.g. 0.1 or 10%.
 * @param [current] Staff now (a number or a range); defaults to baseline.
 * @returns People still to cut (0 when the target is met).
 */
export function CUT_NEEDED(baseline: any[][], target_rate: any, current?: any[][]): number {
  return excel(() => {
    const base = count(baseline, "năm gốc");
    const r = cutNeeded(base, rate(target_rate, "tỷ lệ mục tiêu"), optionalCount(current, "hiện có") ?? base);
    if (!r.ok) throw fromIssue(r.issue);
    return r.value;
  });
}

/**
 * Share of a reduction target achieved: (cut / baseline) / target_rate; 1 means the target is met; #DIV/0! when baseline or target_rate is 0.
 * Example: =TINHGON.CUT_PROGRESS(166, 145, 10%) gives 1,265.
 * @customfunction CUT_PROGRESS
 * @param baseline Staff in the base year (a number or a range, summed).
 * @param current Staff now (a number or a range, summed).
 * @param target_rate Target cut, e.g. 0.1 or 10%.
 * @returns The fraction of the target achieved.
 */
export function CUT_PROGRESS(baseline: any[][], current: any[][], target_rate: any): number {
  return excel(() => {
    const r = progress(
      count(baseline, "năm gốc"),
      count(current, "hiện có"),
      rate(target_rate, "tỷ lệ mục tiêu"),
    );
    if (!r.ok) throw fromIssue(r.issue);
    if (r.value.achieved === null)
      throw new ArgumentProblem("#DIV/0!", "Không chia được: năm gốc hoặc tỷ lệ mục tiêu bằng 0.");
    return r.value.achieved;
  });
}

/**
 * The legal maximum of deputies for a unit of this size, from the rules in force today (or rule_set).
 * For a commune's phòng and centre (phong-xa, trung-tam-xa) it is an average pooled over those units
 * (NQ 332/2025: 2 each, checked for the group). Example: =TINHGON.DEPUTY_CAP(12, "Phòng") gives 2 under
 * NĐ 370/2025.
 * @customfunction DEPUTY_CAP
 * @param staff Assigned posts of the unit (or people, for a Party phòng); a number or a range, summed.
 * @param [unit_type] phong, van-phong, thanh-tra, chi-cuc, phong-chi-cuc, phong-dang, phong-huyen, phong-xa, trung-tam-xa (or "Phòng", "Chi cục"...). Default phong.
 * @param [rule_set] ND107_2020, ND108_2020, ND45_2025, ND150_2025, ND370_2025, NQ332_2025, QD04_2018, QD137_2023, QD329_2025, KL187_2025. Default: in force on the day the cell is calculated; give it to pin a report's figures.
 * @param [province_class] hn-hcm, loai-1, loai-2-3 (only for ND107_2020 and ND45_2025).
 * @param [sub_units] Number of phòng inside a chi cục.
 * @returns The maximum number of deputies.
 */
export function DEPUTY_CAP(
  staff: any[][],
  unit_type?: string,
  rule_set?: string,
  province_class?: string,
  sub_units?: any[][],
): number {
  return excel(() => capOf(count(staff, "biên chế"), unit_type, rule_set, province_class, sub_units));
}

/**
 * Deputies above the legal cap: max(0, deputies − cap).
 * Example: =TINHGON.DEPUTY_EXCESS(4, 12, "Phòng") gives 2 under NĐ 370/2025.
 * @customfunction DEPUTY_EXCESS
 * @param deputies Deputies now (a number or a range, summed).
 * @param staff Assigned posts of the unit (a number or a range, summed).
 * @param [unit_type] Unit type, as in DEPUTY_CAP. Default phong.
 * @param [rule_set] Rule set id, as in DEPUTY_CAP. Default: in force on the day the cell is calculated.
 * @param [province_class] hn-hcm, loai-1, loai-2-3.
 * @param [sub_units] Number of phòng inside a chi cục.
 * @returns The number of excess deputies.
 */
export function DEPUTY_EXCESS(
  deputies: any[][],
  staff: any[][],
  unit_type?: string,
  rule_set?: string,
  province_class?: string,
  sub_units?: any[][],
): number {
  return excel(() => {
    const d = count(deputies, "cấp phó");
    return Math.max(0, d - capOf(count(staff, "biên chế"), unit_type, rule_set, province_class, sub_units));
  });
}

function capOf(
  basis: number,
  unitType?: string,
  ruleSet?: string,
  provinceClass?: string,
  subUnits?: unknown,
): number {
  const type: UnitType = unitTypeArg(unitType);
  const rules = ruleSetArg(ruleSet);
  const pc = provinceClassArg(provinceClass);
  const sub = optionalCount(subUnits, "số phòng");
  const r = deputyCap({
    unitType: type,
    basis,
    basisKind: PARTY_UNIT_TYPES.has(type) ? "people" : "quota",
    date: today(),
    ...(rules ? { ruleSet: rules } : {}),
    ...(pc ? { provinceClass: pc } : {}),
    ...(sub !== undefined ? { subUnits: sub } : {}),
  });
  if (!r.ok)
    throw fromIssue(
      r.issue,
      r.issue.code === "rule-not-applicable" || r.issue.code === "no-rule-in-force" ? "#N/A" : "#VALUE!",
    );
  return r.value.info.cap;
}

/**
 * The date by which excess deputies must be resolved after a reorganisation decision: 5 years for State bodies (NĐ 150/2025, NĐ 370/2025) but no later than 31/12/2030 (KL 187); 31/12/2030 for Party bodies.
 * Example: =TINHGON.EXCESS_DEADLINE(DATE(2025,7,1)) gives 01/07/2030.
 * @customfunction EXCESS_DEADLINE
 * @param decision_date Date the reorganisation decision takes effect.
 * @param [unit_type] Unit type, as in DEPUTY_CAP. Default phong.
 * @param [rule_set] Rule set id, as in DEPUTY_CAP. Default: in force on decision_date.
 * @returns The deadline as a date (format the cell as a date).
 */
export function EXCESS_DEADLINE(decision_date: any, unit_type?: string, rule_set?: string): number {
  return excel(() => {
    const serial = scalar(decision_date, "ngày quyết định");
    // Excel's dates run from serial 1 to 2958465 (31/12/9999).
    if (serial <= 0 || serial > 2_958_465)
      throw new ArgumentProblem(
        "#VALUE!",
        `Ngày quyết định phải là một ngày từ 01/01/1900 đến 31/12/9999, không phải ${serial}.`,
      );
    const date = serialToIso(serial);
    const type = unitTypeArg(unit_type);
    const rules = ruleSetArg(rule_set) ?? defaultRuleSet(type, date);
    const deadline = rules ? excessDeadline(rules, date) : undefined;
    if (!deadline) {
      throw new ArgumentProblem(
        "#N/A",
        `Không có quy định về thời hạn giải quyết cấp phó dôi dư cho ngày ${date}.`,
      );
    }
    return isoToSerial(deadline.date);
  });
}

/**
 * Retirement date in normal working conditions (Labour Code 2019 Art. 169, Decree 135/2020 Arts. 3–4): the last day of the month the retirement age is reached (thời điểm nghỉ hưu); the pension starts the next day. The age is 60 years 3 months for men and 55 years 4 months for women in 2021, rising 3 and 4 months a year to 62 and 60.
 * Example: =TINHGON.RETIREMENT_DATE(DATE(1966,1,15), "Nam") gives 31/10/2027.
 * @customfunction RETIREMENT_DATE
 * @param birth_date Date of birth: a date, text dd/mm/yyyy or mm/yyyy, or a year alone from 1900 to 2100 (then 01/01 of it).
 * @param sex "Nam", "nam", "M" or 1 for a man; "Nữ", "nu", "F" or 0 for a woman.
 * @returns The retirement date as a date (format the cell as a date).
 */
export function RETIREMENT_DATE(birth_date: any, sex: any): number {
  return excel(() => {
    const birth = birthDateArg(birth_date, "ngày sinh");
    const r = retirementDate(birth, sexArg(sex, "giới tính"));
    if (!r)
      throw new ArgumentProblem("#VALUE!", `Không tính được thời điểm nghỉ hưu cho ngày sinh ${birth}.`);
    return isoToSerial(r.retirementDate);
  });
}

/**
 * Deputies per head; #DIV/0! when there is no head.
 * Example: =TINHGON.DEPUTY_RATIO(16, 7) gives 2,29.
 * @customfunction DEPUTY_RATIO
 * @param deputies Deputies (a number or a range, summed).
 * @param heads Heads (a number or a range, summed).
 * @returns Deputies divided by heads; #DIV/0! when there is no head.
 */
export function DEPUTY_RATIO(deputies: any[][], heads: any[][]): number {
  return excel(() => {
    const r = deputyRatio(count(deputies, "cấp phó"), count(heads, "cấp trưởng"));
    if (!r.ok) throw fromIssue(r.issue, "#DIV/0!");
    return r.value;
  });
}

/**
 * Share of leaders in the staff: (heads + deputies) / staff; 1 means a unit of leaders only; #DIV/0! when staff is 0.
 * Example: =TINHGON.LEADER_SHARE(1, 2, 3) gives 1.
 * @customfunction LEADER_SHARE
 * @param heads Heads (a number or a range, summed).
 * @param deputies Deputies (a number or a range, summed).
 * @param staff Staff, leaders included (a number or a range, summed).
 * @returns The leaders' share of the staff.
 */
export function LEADER_SHARE(heads: any[][], deputies: any[][], staff: any[][]): number {
  return excel(() => {
    const h = count(heads, "cấp trưởng");
    const d = count(deputies, "cấp phó");
    const s = count(staff, "biên chế");
    if (s > 0 && h + d > s)
      throw new ArgumentProblem("#VALUE!", `Số lãnh đạo (${h + d}) lớn hơn biên chế (${s}).`);
    const r = leaderShare(h, d, s);
    if (!r.ok) throw fromIssue(r.issue, "#DIV/0!");
    return r.value;
  });
}

function planFromRanges(
  units: unknown,
  heads: unknown,
  deputies: unknown,
  staff: unknown,
  mergeInto: unknown,
  unitType?: string,
  ruleSet?: string,
): Analysis {
  const rows = unitsFromRanges({ units, heads, deputies, staff, mergeInto });
  if (rows.length === 0) throw new ArgumentProblem("#VALUE!", "Vùng tên đơn vị không có đơn vị nào.");
  const table: StaffingTable = {
    sheet: "",
    kind: "units",
    headerRows: { first: 0, last: 0 },
    columns: [],
    mapping: {},
    units: rows,
  };
  const type = unitTypeArg(unitType);
  const rules = ruleSetArg(ruleSet);
  const analysis = plan(table, { date: today(), unitType: type, ...(rules ? { ruleSet: rules } : {}) });
  const cycle = analysis.issues.find((i) => i.code === "merge-cycle");
  if (cycle) throw fromIssue(cycle);
  return analysis;
}

/**
 * The units after a merger plan, one row each (spills): name, heads, deputies kept, cap, excess, staff. Rows with an empty merge_into stay as they are; units with the same target become one unit with 1 head, the other former heads and all deputies kept as deputies.
 * Example: =TINHGON.MERGE_RESULT(A2:A8, B2:B8, C2:C8, D2:D8, E2:E8)
 * @customfunction MERGE_RESULT
 * @param units Unit names (a column).
 * @param heads Heads of each unit (same size as units).
 * @param deputies Deputies of each unit (same size as units).
 * @param staff Staff of each unit, leaders included (same size as units).
 * @param merge_into Name of the unit each merges into; empty to stay (same size as units).
 * @param [unit_type] Unit type, as in DEPUTY_CAP. Default phong.
 * @param [rule_set] Rule set id, as in DEPUTY_CAP. Default: in force on the day the cell is calculated.
 * @returns A table with a header row and one row per resulting unit; units on a pooled cap (a commune's phòng) show "chung" as their excess and their group gets one more row.
 */
export function MERGE_RESULT(
  units: any[][],
  heads: any[][],
  deputies: any[][],
  staff: any[][],
  merge_into: any[][],
  unit_type?: string,
  rule_set?: string,
): any[][] {
  return excel(() => {
    const a = planFromRanges(units, heads, deputies, staff, merge_into, unit_type, rule_set);
    const rows: (string | number)[][] = [
      ["Đơn vị", "Cấp trưởng", "Cấp phó giữ lại", "Định mức cấp phó", "Dôi dư", "Biên chế"],
    ];
    for (const u of a.units) {
      // A pooled cap's excess is the group's: "chung" here, the group's own row below.
      const excess = u.cap === null ? "" : u.capInfo?.pooled ? "chung" : u.excess;
      rows.push([u.name, u.heads, u.deputies, u.cap ?? "", excess, u.staff]);
    }
    for (const p of a.pools)
      rows.push([`Tính chung ${p.units.length} đơn vị`, "", p.deputies, p.cap, p.excess, ""]);
    return rows;
  });
}

/**
 * The standard before/after table of a merger plan (spills 5 × 5): rows đầu mối, cấp trưởng, cấp phó, biên chế; columns trước, sau, giảm, tỷ lệ giảm.
 * Example: =TINHGON.MERGE_SUMMARY(A2:A8, B2:B8, C2:C8, D2:D8, E2:E8)
 * @customfunction MERGE_SUMMARY
 * @param units Unit names (a column).
 * @param heads Heads of each unit (same size as units).
 * @param deputies Deputies of each unit (same size as units).
 * @param staff Staff of each unit, leaders included (same size as units).
 * @param merge_into Name of the unit each merges into; empty to stay (same size as units).
 * @returns A 5 × 5 table with headers.
 */
export function MERGE_SUMMARY(
  units: any[][],
  heads: any[][],
  deputies: any[][],
  staff: any[][],
  merge_into: any[][],
): any[][] {
  return excel(() => {
    const { summary } = planFromRanges(units, heads, deputies, staff, merge_into);
    const rows: (string | number)[][] = [["", "Trước", "Sau", "Giảm", "Tỷ lệ giảm"]];
    for (const { key, label } of SUMMARY_ROWS) {
      const c = summary[key];
      rows.push([label.vi, c.before, c.after ?? "", c.cut ?? "", c.rate ?? ""]);
    }
    return rows;
  });
}
