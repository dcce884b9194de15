/**
 * The blocks of "Lộ trình giải quyết cấp phó dôi dư" (issue 15): the year-by-year table, the
 * deputies of the units in excess by name with their retirement dates, and the sentences that say
 * how many are left at the deadline and who needs another solution. From core's ExcessPlan.
 */
import type { ExcessPlan } from "../core/analyse/excessPlan";
import { formatDate, formatDateShort } from "../core/format";
import { countText } from "./narrative";
import { need, type RenderState } from "./state";
import { dateCell, put, tableHeader, text, type HeaderColumn } from "./tables";
import type { CellContent } from "./types";

export type ExcessYearField = "year" | "excess" | "retiring" | "remaining" | "names";
export type ExcessPersonField = "order" | "name" | "unit" | "birthDate" | "sex" | "retirement" | "note";

/** One row a year: excess at its start, retirements in it (count and names), excess at its end. */
export function renderExcessYears(
  st: RenderState,
  columns: readonly (HeaderColumn & { field: ExcessYearField })[],
): void {
  const plan = need(st.ctx.excess, "an excess-deputy plan");
  const { b } = st;
  tableHeader(st, columns);
  for (const y of plan.years) {
    const r = b.take();
    for (const c of columns) {
      if (c.field === "names") {
        const names = y.retiring.map((p) => `${p.name} (${p.unit}, ${formatDateShort(p.date)})`).join("; ");
        put(st, r, c.at, { kind: "text", text: names }, "td");
      } else if (c.field === "year") put(st, r, c.at, { kind: "number", value: y.year }, "td.y");
      else {
        const value = c.field === "retiring" ? y.retiring.length : y[c.field];
        put(st, r, c.at, { kind: "number", value }, "td.n");
      }
    }
  }
  b.take();
}

/** The deputies of the units in excess, by unit, with their retirement date and what is left to do. */
export function renderExcessPeople(
  st: RenderState,
  columns: readonly (HeaderColumn & { field: ExcessPersonField })[],
): void {
  const plan = need(st.ctx.excess, "an excess-deputy plan");
  const { b } = st;
  const header = tableHeader(st, columns);
  b.printTitleRows = [header.first, header.last];
  plan.people.forEach((p, i) => {
    const r = b.take();
    const cells: Record<ExcessPersonField, [CellContent, string]> = {
      order: [{ kind: "number", value: i + 1 }, "td.c"],
      name: [text(p.name), "td"],
      unit: [text(p.unit), "td"],
      birthDate: [dateCell(p.birthDate), "td.d"],
      sex: [text(p.sex === "male" ? "Nam" : p.sex === "female" ? "Nữ" : ""), "td.c"],
      retirement: [dateCell(p.retirementDate), "td.d"],
      note: [text(personNote(p)), "td"],
    };
    for (const c of columns) put(st, r, c.at, ...cells[c.field]);
  });
  b.take();
}

function personNote(p: ExcessPlan["people"][number]): string {
  if (p.missing) return "Thiếu ngày sinh hoặc giới tính";
  if (p.pastRetirementAge) return "Đã quá tuổi nghỉ hưu";
  if (p.retiresBeforeDeadline) return "Nghỉ hưu trước thời hạn";
  if (p.needsSolution) return "Cần giải pháp khác";
  return "";
}

/** "Có 03 cấp phó dôi dư …; đến ngày …, sau khi … nghỉ hưu theo quy định, còn 02 người …". */
export function excessSummarySentences(plan: ExcessPlan): string[] {
  const retiring = plan.years.reduce((s, y) => s + y.retiring.length, 0);
  const lines = [
    `Tại thời điểm quyết định sắp xếp có hiệu lực (${formatDate(plan.decisionDate)}), các đơn vị có ${countText(plan.excess)} cấp phó dôi dư so với định mức; thời hạn giải quyết chậm nhất đến ${formatDate(plan.deadline)}.`,
  ];
  if (plan.remaining === 0)
    lines.push(
      `Đến thời hạn, có ${countText(retiring)} người nghỉ hưu theo quy định; số cấp phó dôi dư được giải quyết hết.`,
    );
  else {
    const units = plan.units.filter((u) => u.remaining > 0);
    lines.push(
      `Đến thời hạn, có ${countText(retiring)} người nghỉ hưu theo quy định; còn ${countText(plan.remaining)} cấp phó dôi dư cần giải pháp khác (điều động, luân chuyển, nghỉ hưu trước tuổi…): ${units
        .map((u) => `${u.name} còn ${countText(u.remaining)} người trong số ${u.candidates.join(", ")}`)
        .join("; ")}.`,
    );
  }
  return lines;
}
