import fc from "fast-check";
import { readTable } from "../read";
import type { CellValue, Sex } from "../types";
import { check } from "./check";
import { excessInput, excessPlan, type Deputy, type ExcessUnit } from "./excessPlan";
import { plan } from "./plan";

// Made-up names and dates throughout.
const units: ExcessUnit[] = [
  { name: "Phòng Tổng hợp", cap: 2, excess: 1 },
  { name: "Phòng Quản trị", cap: 1, excess: 1 },
  { name: "Văn phòng", cap: 2, excess: 1 },
  { name: "Phòng Lưu trữ", cap: 1, excess: 0 },
];
const deputies: Deputy[] = [
  // Phòng Tổng hợp: two retire by the deadline, the excess (1) is gone after the first.
  { name: "Nguyễn Văn An", unit: "Phòng Tổng hợp", birthDate: "1965-07-10", sex: "male" },
  { name: "Trần Thị Bình", unit: "Phòng Tổng hợp", birthDate: "1971-05-20", sex: "female" },
  { name: "Lê Văn Cường", unit: "Phòng Tổng hợp", birthDate: "1980-01-01", sex: "male" },
  // Phòng Quản trị: nobody retires; one of the two must go another way.
  { name: "Phạm Văn Hải", unit: "Phòng Quản trị", birthDate: "1990-02-02", sex: "male" },
  { name: "Đỗ Thị Lan", unit: "Phòng Quản trị", sex: "female" },
  // Văn phòng: one already past the age at the decision.
  { name: "Hoàng Văn Giang", unit: "Văn phòng", birthDate: "1963-01-05", sex: "male" },
  { name: "Vũ Thị Hoa", unit: "Văn phòng", birthDate: "1988-08-08", sex: "female" },
  // A unit without excess: not in the plan.
  { name: "Bùi Văn Khoa", unit: "Phòng Lưu trữ", birthDate: "1964-01-01", sex: "male" },
];

describe("excessPlan", () => {
  const result = excessPlan({ deputies, units, decisionDate: "2026-03-01", deadline: "2030-12-31" });

  it("gives the excess year by year as the deputies retire", () => {
    expect(result.years).toEqual([
      {
        year: 2026,
        excess: 3,
        retiring: [{ name: "Hoàng Văn Giang", unit: "Văn phòng", date: "2023-10-31" }],
        remaining: 2,
      },
      {
        year: 2027,
        excess: 2,
        retiring: [{ name: "Nguyễn Văn An", unit: "Phòng Tổng hợp", date: "2027-04-30" }],
        remaining: 1,
      },
      { year: 2028, excess: 1, retiring: [], remaining: 1 },
      {
        year: 2029,
        excess: 1,
        // Phòng Tổng hợp's excess is already 0: it never goes below.
        retiring: [{ name: "Trần Thị Bình", unit: "Phòng Tổng hợp", date: "2029-05-31" }],
        remaining: 1,
      },
      { year: 2030, excess: 1, retiring: [], remaining: 1 },
    ]);
    expect(result.excess).toBe(3);
    expect(result.remaining).toBe(1);
  });

  it("names the deputies still in excess at the deadline", () => {
    expect(result.needingSolution.map((p) => p.name)).toEqual(["Phạm Văn Hải", "Đỗ Thị Lan"]);
    expect(result.units).toEqual([
      expect.objectContaining({
        name: "Phòng Tổng hợp",
        excess: 1,
        retiring: 2,
        remaining: 0,
        candidates: [],
      }),
      expect.objectContaining({
        name: "Phòng Quản trị",
        deputies: 2,
        retiring: 0,
        remaining: 1,
        candidates: ["Phạm Văn Hải", "Đỗ Thị Lan"],
      }),
      expect.objectContaining({ name: "Văn phòng", retiring: 1, remaining: 0 }),
    ]);
  });

  it("lists every deputy of the units in excess with the retirement date", () => {
    expect(result.people.map((p) => p.name)).toEqual([
      "Nguyễn Văn An",
      "Trần Thị Bình",
      "Lê Văn Cường",
      "Phạm Văn Hải",
      "Đỗ Thị Lan",
      "Hoàng Văn Giang",
      "Vũ Thị Hoa",
    ]);
    const by = (name: string) => result.people.find((p) => p.name === name);
    expect(by("Nguyễn Văn An")).toMatchObject({
      age: { years: 61, months: 9 },
      retirementDate: "2027-04-30",
      pensionFrom: "2027-05-01",
      retiresBeforeDeadline: true,
      needsSolution: false,
    });
    expect(by("Lê Văn Cường")).toMatchObject({ retirementDate: "2042-01-31", retiresBeforeDeadline: false });
    expect(by("Đỗ Thị Lan")).toMatchObject({ missing: "birth-date", needsSolution: true });
    expect(by("Hoàng Văn Giang")).toMatchObject({ pastRetirementAge: true, retiresBeforeDeadline: true });
    expect(result.rules.map((r) => `${r.id}/${r.sex}`).sort()).toEqual([
      "BLLD2019_169/female",
      "BLLD2019_169/male",
    ]);
  });

  it("a unit's own deadline wins over the plan's", () => {
    const r = excessPlan({
      deputies: [{ name: "Nguyễn Văn An", unit: "Phòng Tổng hợp", birthDate: "1965-07-10", sex: "male" }],
      units: [{ name: "Phòng Tổng hợp", cap: 2, excess: 1, deadline: "2026-12-31" }],
      decisionDate: "2026-03-01",
      deadline: "2030-12-31",
    });
    expect(r.people[0]).toMatchObject({
      deadline: "2026-12-31",
      retiresBeforeDeadline: false,
      needsSolution: true,
    });
    expect(r.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(r.years.every((y) => y.retiring.length === 0)).toBe(true);
  });

  it("properties: excess never rises, never below 0, years chain, all deputies of excess units listed", () => {
    const sex = fc.constantFrom<Sex>("male", "female");
    const birth = fc
      .integer({ min: Date.UTC(1958, 0, 1) / 86_400_000, max: Date.UTC(1995, 11, 31) / 86_400_000 })
      .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
    const deputy = fc.record({
      name: fc.string({ minLength: 1, maxLength: 6 }),
      unit: fc.constantFrom("A", "B", "C"),
      birthDate: fc.option(birth, { nil: undefined }),
      sex: fc.option(sex, { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(deputy, { maxLength: 20 }),
        fc.tuple(fc.nat(3), fc.nat(3), fc.nat(3)),
        fc.integer({ min: 2020, max: 2030 }),
        fc.integer({ min: 0, max: 8 }),
        (ds, [a, b, c], from, span) => {
          const us: ExcessUnit[] = [
            { name: "A", cap: 1, excess: a },
            { name: "B", cap: 1, excess: b },
            { name: "C", cap: 1, excess: c },
          ];
          const input = ds.map((d) => {
            const out: Deputy = { name: d.name, unit: d.unit };
            if (d.birthDate) out.birthDate = d.birthDate;
            if (d.sex) out.sex = d.sex;
            return out;
          });
          const r = excessPlan({
            deputies: input,
            units: us,
            decisionDate: `${from}-06-15`,
            deadline: `${from + span}-12-31`,
          });
          expect(r.years.length).toBe(span + 1);
          expect(r.years[0]?.excess).toBe(a + b + c);
          r.years.forEach((y, i) => {
            expect(y.remaining).toBeGreaterThanOrEqual(0);
            expect(y.remaining).toBeLessThanOrEqual(y.excess);
            expect(y.excess - y.remaining).toBeLessThanOrEqual(y.retiring.length);
            if (i > 0) expect(y.excess).toBe(r.years[i - 1]?.remaining);
          });
          expect(r.years[r.years.length - 1]?.remaining).toBe(r.remaining);
          const inExcess = new Set(us.filter((u) => u.excess > 0).map((u) => u.name));
          expect(r.people.length).toBe(input.filter((d) => inExcess.has(d.unit)).length);
          for (const u of r.units) {
            expect(u.remaining).toBe(Math.max(0, u.excess - u.retiring));
            if (u.remaining > 0) expect(u.candidates.length).toBe(u.deputies - u.retiring);
            expect(u.unnamed).toBe(Math.max(0, u.remaining - u.candidates.length));
          }
        },
      ),
    );
  });
});

describe("excessInput from a roster and its analysis", () => {
  const header = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ", "Đơn vị", "Sáp nhập vào"];
  const person = (
    n: number,
    name: string,
    birth: string,
    sex: string,
    title: string,
    unit: string,
    into = "",
  ) => [n, name, birth, sex, title, unit, into || null] as CellValue[];
  const cells: CellValue[][] = [
    header,
    person(1, "Nguyễn Văn An", "10/07/1965", "Nam", "Trưởng phòng", "Phòng Tổng hợp"),
    person(2, "Trần Thị Bình", "20/05/1975", "Nữ", "Phó Trưởng phòng", "Phòng Tổng hợp"),
    person(3, "Lê Văn Cường", "01/01/1980", "Nam", "Phó Trưởng phòng", "Phòng Tổng hợp"),
    person(4, "Phạm Văn Hải", "02/02/1990", "Nam", "Chuyên viên", "Phòng Tổng hợp"),
    person(5, "Đỗ Thị Lan", "03/03/1970", "Nữ", "Trưởng phòng", "Phòng Lưu trữ", "Phòng Tổng hợp"),
    person(6, "Hoàng Văn Giang", "05/01/1966", "Nam", "Phó Trưởng phòng", "Phòng Lưu trữ", "Phòng Tổng hợp"),
    person(7, "Vũ Thị Hoa", "08/08/1988", "Nữ", "Chuyên viên", "Phòng Lưu trữ", "Phòng Tổng hợp"),
  ];
  const grid = { sheet: "DS", origin: { row: 1, col: 1 }, cells };

  it("keeps the merged unit's head as a deputy and plans by name", () => {
    const { table } = readTable(grid);
    if (!table) throw new Error("no table");
    expect(table.people).toHaveLength(7);
    const analysis = plan(table, { date: "2026-03-01", decisionDate: "2026-03-01" });
    const merged = analysis.units.find((u) => u.name === "Phòng Tổng hợp");
    expect(merged).toMatchObject({ heads: 1, deputies: 4 });
    const input = excessInput(table, analysis, { decisionDate: "2026-03-01" });
    expect(input.deputies.map((d) => [d.name, d.unit, d.formerHead ?? false])).toEqual([
      ["Trần Thị Bình", "Phòng Tổng hợp", false],
      ["Lê Văn Cường", "Phòng Tổng hợp", false],
      ["Hoàng Văn Giang", "Phòng Tổng hợp", false],
      ["Đỗ Thị Lan", "Phòng Tổng hợp", true],
    ]);
    expect(input.units).toEqual([
      expect.objectContaining({ name: "Phòng Tổng hợp", cap: merged?.cap, excess: merged?.excess }),
    ]);
    // One head and one cap for the merged unit (NĐ 150/2025 as amended, a phòng of 7): 4 deputies kept.
    expect(merged).toMatchObject({ cap: 1, excess: 3, deadline: "2030-12-31" });
    const result = excessPlan(input);
    expect(result.years).toEqual([
      { year: 2026, excess: 3, retiring: [], remaining: 3 },
      {
        year: 2027,
        excess: 3,
        retiring: [
          { name: "Đỗ Thị Lan", unit: "Phòng Tổng hợp", date: "2027-07-31" },
          { name: "Hoàng Văn Giang", unit: "Phòng Tổng hợp", date: "2027-10-31" },
        ],
        remaining: 1,
      },
      { year: 2028, excess: 1, retiring: [], remaining: 1 },
      { year: 2029, excess: 1, retiring: [], remaining: 1 },
      { year: 2030, excess: 1, retiring: [], remaining: 1 },
    ]);
    expect(result.units[0]).toMatchObject({ remaining: 1, candidates: ["Trần Thị Bình", "Lê Văn Cường"] });
    expect(result.needingSolution.map((p) => [p.name, p.retirementDate])).toEqual([
      ["Trần Thị Bình", "2035-05-31"],
      ["Lê Văn Cường", "2042-01-31"],
    ]);
  });

  it("a merger into a new unit keeps the first head listed; an unmerged unit's heads stay heads", () => {
    const rows: CellValue[][] = [
      header,
      person(1, "Nguyễn Văn An", "10/07/1965", "Nam", "Trưởng phòng", "Phòng A", "Phòng Mới"),
      person(2, "Trần Thị Bình", "20/05/1975", "Nữ", "Phó Trưởng phòng", "Phòng A", "Phòng Mới"),
      person(3, "Lê Văn Cường", "01/01/1980", "Nam", "Trưởng phòng", "Phòng B", "Phòng Mới"),
      person(4, "Phạm Văn Hải", "02/02/1990", "Nam", "Phó Trưởng phòng", "Phòng B", "Phòng Mới"),
      person(5, "Đỗ Thị Lan", "03/03/1970", "Nữ", "Trưởng phòng", "Phòng C"),
      person(6, "Hoàng Văn Giang", "05/01/1966", "Nam", "Trưởng phòng", "Phòng C"),
      person(7, "Vũ Thị Hoa", "08/08/1988", "Nữ", "Phó Trưởng phòng", "Phòng C"),
    ];
    const { table } = readTable({ sheet: "DS", origin: { row: 1, col: 1 }, cells: rows });
    if (!table) throw new Error("no table");
    const analysis = plan(table, { date: "2026-03-01", decisionDate: "2026-03-01" });
    const input = excessInput(table, analysis, { decisionDate: "2026-03-01" });
    expect(
      input.deputies.filter((d) => d.unit === "Phòng Mới").map((d) => [d.name, d.formerHead ?? false]),
    ).toEqual([
      ["Trần Thị Bình", false],
      ["Phạm Văn Hải", false],
      ["Lê Văn Cường", true],
    ]);
    // Every deputy is listed; excessPlan keeps those of the units in excess.
    expect(input.deputies.filter((d) => d.unit === "Phòng C").map((d) => d.name)).toEqual(["Vũ Thị Hoa"]);
    expect(input.deputies.some((d) => d.name === "Hoàng Văn Giang")).toBe(false);
  });

  it("as it is (check): deputies of units over their cap", () => {
    const { table } = readTable(grid);
    if (!table) throw new Error("no table");
    const analysis = check(table, { date: "2026-03-01" });
    const input = excessInput(table, analysis, { decisionDate: "2026-03-01", deadline: "2030-12-31" });
    expect(input.deputies.every((d) => !d.formerHead)).toBe(true);
    expect(input.deputies.map((d) => d.name)).toEqual(["Trần Thị Bình", "Lê Văn Cường", "Hoàng Văn Giang"]);
    expect(input.deadline).toBe("2030-12-31");
  });
});
