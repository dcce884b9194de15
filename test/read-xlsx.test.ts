// The reader on real .xlsx files written by ExcelJS in the messy shapes offices use.
import { rm } from "node:fs/promises";
import { dirname } from "node:path";
import { readTable } from "../src/core/read";
import { compare, plan } from "../src/core/analyse";
import { openWorkbookFile, type WorkbookSource } from "../src/hosts/xlsx/open";
import type { StaffingTable } from "../src/core/types";
import {
  binhPhuoc,
  quangNinh,
  tanHung,
  unitTableMessy,
  writeTempWorkbook,
  type ExpectedTable,
  type ExpectedUnit,
} from "./fixtures/workbooks";

const files: string[] = [];
afterAll(async () => {
  await Promise.all(files.map((f) => rm(dirname(f), { recursive: true, force: true })));
});

async function open(fixture: { workbook: Parameters<typeof writeTempWorkbook>[0] }): Promise<WorkbookSource> {
  const file = await writeTempWorkbook(fixture.workbook);
  files.push(file);
  const opened = await openWorkbookFile(file);
  if (!opened.ok) throw new Error(opened.issue.code);
  return opened.value;
}

function tableOf(source: WorkbookSource, sheet: string): StaffingTable {
  const grid = source.grid(sheet);
  if (!grid) throw new Error(`no sheet ${sheet}`);
  const { table, issues } = readTable(grid);
  expect(issues.filter((i) => i.level !== "info")).toEqual([]);
  if (!table) throw new Error("no table");
  return table;
}

const shape = (u: ExpectedUnit) => ({
  name: u.name,
  part: u.part,
  heads: u.heads,
  deputies: u.deputies,
  specialists: u.specialists,
  staff: u.staff,
  contract: u.contract,
  quota: u.quota,
  mergeInto: u.mergeInto,
  row: u.row,
});

function expectTable(table: StaffingTable, expected: ExpectedTable): void {
  expect(table.kind).toBe(expected.kind);
  expect(table.headerRows).toEqual(expected.headerRows);
  expect(table.units.map(shape)).toEqual(expected.units.map(shape));
  if (expected.totalRow !== undefined) expect(table.totalRow).toBe(expected.totalRow);
}

describe("reading real .xlsx files", () => {
  it("reads the messy unit table: title rows, merged two-row header, numbering, sections, subtotals, text numbers, NFD", async () => {
    const fixture = unitTableMessy();
    const source = await open(fixture);
    expectTable(tableOf(source, fixture.expected.sheet), fixture.expected);
  });

  it("reads every Bình Phước sheet: before, after, the plan with parts and the person roster", async () => {
    const fixture = binhPhuoc();
    const source = await open(fixture);
    const { before, after, plan: planSheet, roster } = fixture.expected;
    expectTable(tableOf(source, before.sheet), before);
    expectTable(tableOf(source, after.sheet), after);
    expectTable(tableOf(source, planSheet.sheet), planSheet);
    const people = tableOf(source, roster.sheet);
    expect(people.kind).toBe("roster");
    expect(
      people.units.map((u) => [u.name, u.heads, u.deputies, u.specialists, u.staff, u.contract]),
    ).toEqual(roster.units.map((u) => [u.name, u.heads, u.deputies, u.specialists, u.staff, u.contract]));
  });

  it("gives the public Bình Phước figures: 7 → 5 units, 7 → 5 heads, 16 → 6 deputies, 52 → 47 staff (9,62%)", async () => {
    const fixture = binhPhuoc();
    const source = await open(fixture);
    const a = compare(tableOf(source, "Trước sắp xếp"), tableOf(source, "Sau sắp xếp"), {
      date: "2026-02-05",
    });
    expect(a.summary).toEqual({
      units: { before: 7, after: 5, cut: 2, rate: 2 / 7 },
      heads: { before: 7, after: 5, cut: 2, rate: 2 / 7 },
      deputies: { before: 16, after: 6, cut: 10, rate: 10 / 16 },
      staff: { before: 52, after: 47, cut: 5, rate: 5 / 52 },
    });
    // The roster adds up to the same before figures as the unit table.
    const roster = compare(tableOf(source, "Danh sách"), tableOf(source, "Sau sắp xếp"), {
      date: "2026-02-05",
    });
    expect(roster.summary).toEqual(a.summary);
  });

  it("gives the Quảng Ninh figures: 166 → 145 staff (12,65%), 14 fewer deputies", async () => {
    const fixture = quangNinh();
    const source = await open(fixture);
    const a = compare(tableOf(source, "Trước sắp xếp"), tableOf(source, "Sau sắp xếp"), {
      date: "2026-02-05",
    });
    expect(a.summary.staff).toEqual({ before: 166, after: 145, cut: 21, rate: 21 / 166 });
    expect(a.summary.deputies.cut).toBe(14);
    expect(a.summary).toEqual(
      Object.fromEntries(
        (["units", "heads", "deputies", "staff"] as const).map((k) => {
          const before = fixture.expected.summary.before[k];
          const after = fixture.expected.summary.after[k];
          return [k, { before, after, cut: before - after, rate: (before - after) / before }];
        }),
      ),
    );
  });

  it("reads the commune sample (ubnd-xa-mau) exactly and judges it by NQ 332's pooled average", async () => {
    const fixture = tanHung();
    const source = await open(fixture);
    const formed = tableOf(source, "Khi thành lập");
    const after = tableOf(source, "Sau sắp xếp");
    expectTable(formed, fixture.expected.formed);
    expectTable(after, fixture.expected.after);
    // "Công chức, viên chức" beside the leader columns is the specialists, not a column to skip.
    expect(formed.columns.find((c) => c.header === "Công chức, viên chức")?.field).toBe("specialists");
    expect(formed.body).toMatchObject({ family: "state", commune: true });
    const a = compare(formed, after, { date: "2026-02-05" });
    expect(a.summary.deputies).toEqual({ before: 10, after: 7, cut: 3, rate: 0.3 });
    expect(a.units.map((u) => u.unitType)).toEqual(["phong-xa", "phong-xa", "phong-xa", "trung-tam-xa"]);
    expect(a.pools).toEqual([
      expect.objectContaining({ ruleSet: "NQ332_2025", average: 2, cap: 8, deputies: 7, excess: 0 }),
    ]);
  });

  it("plans the Bình Phước merger from the sheet with parts moving to three phòng", async () => {
    const source = await open(binhPhuoc());
    const a = plan(tableOf(source, "Phương án"), { date: "2026-02-05", unitType: "phong-dang" });
    expect(a.removed.map((r) => r.name)).toEqual(["Phòng Tổ chức - Hành chính", "Phòng Lưu trữ"]);
    const tongHop = a.units.find((u) => u.name === "Phòng Tổng hợp");
    // The former head of Phòng Tổ chức - Hành chính (in its văn thư part) stays on as a deputy.
    expect(tongHop).toMatchObject({
      heads: 1,
      deputies: 4,
      staff: 15,
      cap: 3,
      excess: 1,
      deadline: "2030-12-31",
    });
    expect(a.summary.staff).toMatchObject({ before: 52, after: 52, cut: 0 });
    expect(a.summary.heads.after! + a.summary.deputies.after!).toBe(23);
  });
});
