// Fuzz: random and mangled grids into the reader (and the analysis after it). Nothing throws;
// every issue the reader or the analysis gives has a cell address; every figure is a whole number.
import fc from "fast-check";
import { check, plan } from "../../src/core/analyse";
import { quoteSheet } from "../../src/core/address";
import { readTable } from "../../src/core/read";
import type { CellRange, CellValue, Grid, ReadResult } from "../../src/core/types";
import { openWorkbookBytes } from "../../src/hosts/xlsx/open-bytes";
import { binhPhuoc, quangNinh, tanHung, unitTableMessy } from "../fixtures/workbooks";
import { CELL_ADDRESS, nastyNumber, nastyText, params, ROW_ADDRESS, timeout } from "./arbitraries";

const SHEETS = ["Biểu 'số 1'", "S'1", "Sheet1", "A1", "Trước sắp xếp", "''", "x'", "_a.b", "Ω 😀"];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: nastyNumber },
  { weight: 3, arbitrary: nastyText },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "STT",
      "TT",
      "Tên đơn vị",
      "Đơn vị",
      "Trưởng phòng",
      "Phó trưởng phòng",
      "Cấp phó",
      "Chuyên viên",
      "Biên chế",
      "Tổng số",
      "Biên chế được giao",
      "HĐ68",
      "Sáp nhập vào",
      "Loại đơn vị",
      "Chức vụ",
      "Họ và tên",
      "Phó phòng",
      "PTP",
      "Tổng cộng",
      "Cộng",
      "Trong đó",
      "I",
      "II.",
      "A",
      "Khối Đảng",
      "(1)",
      "(2)",
      " 12 ",
      "3\u00a0",
      "-",
      "x",
      "Chi cục",
      "Phòng",
    ),
  },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom({ error: "#N/A" }, { error: "#REF!" }, { error: "" }) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
);

const mergeArb: fc.Arbitrary<CellRange> = fc
  .record({
    top: fc.integer({ min: -3, max: 30 }),
    left: fc.integer({ min: -3, max: 15 }),
    h: fc.integer({ min: -2, max: 6 }),
    w: fc.integer({ min: -2, max: 6 }),
  })
  .map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w }));

const randomGrid: fc.Arbitrary<Grid> = fc.record({
  sheet: fc.oneof(
    fc.constantFrom(...SHEETS),
    nastyText.filter((s) => s.length > 0),
  ),
  origin: fc.record({
    row: fc.integer({ min: 1, max: 1_048_000 }),
    col: fc.integer({ min: 1, max: 16_000 }),
  }),
  cells: fc.array(fc.array(cellValue, { maxLength: 10 }), { maxLength: 16 }),
  merges: fc.option(fc.array(mergeArb, { maxLength: 5 }), { nil: undefined }),
});

/** Every issue of a reader result and of the analyses on its table. */
function allIssues(result: ReadResult) {
  const issues = [...result.issues];
  if (result.table) {
    const date = "2026-11-22";
    issues.push(...check(result.table, { date }).issues, ...plan(result.table, { date }).issues);
  }
  return issues;
}

/** Throws (with what is wrong) unless the result keeps the reader's promises. Plain checks: fast. */
function expectSound(grid: Grid, result: ReadResult): void {
  const fail = (what: string, value: unknown) => {
    throw new Error(`${what}: ${JSON.stringify(value)}`);
  };
  const reader = result.issues;
  // A table, or at least one error saying why not.
  if (!result.table && !reader.some((i) => i.level === "error")) fail("no table and no error", reader);
  // The reader names a cell, on this sheet, for every issue.
  const prefix = `${quoteSheet(grid.sheet)}!`;
  for (const issue of reader) {
    if (!CELL_ADDRESS.test(issue.cell ?? "") || !issue.cell?.startsWith(prefix))
      fail("issue without its cell", issue);
  }
  const rows = grid.cells.length;
  for (const u of result.table?.units ?? []) {
    for (const n of [
      u.heads,
      u.deputies,
      u.specialists,
      u.staff,
      u.contract,
      u.quota ?? 0,
      u.subUnits ?? 0,
    ]) {
      if (!Number.isSafeInteger(n) || n < 0) fail("a figure that is not a whole number ≥ 0", u);
    }
    if (u.row < grid.origin.row || u.row >= grid.origin.row + rows) fail("a unit outside the grid", u);
    if (u.name === "") fail("a unit without a name", u);
  }
  // The analyses after it: a cell or row address whenever they name a place.
  for (const issue of allIssues(result)) {
    if (issue.cell !== undefined && !CELL_ADDRESS.test(issue.cell) && !ROW_ADDRESS.test(issue.cell))
      fail("analysis issue with a bad address", issue);
  }
}

describe("readTable on random grids", () => {
  it(
    "never throws, and names a cell for every issue",
    () => {
      fc.assert(
        fc.property(randomGrid, (grid) => {
          expectSound(grid, readTable(grid));
        }),
        params(),
      );
    },
    timeout(2),
  );

  it(
    "survives grids that break the type contract (holes, non-array rows, odd objects)",
    () => {
      const wild = fc.oneof(
        cellValue,
        fc.constantFrom<unknown>(
          {},
          [],
          { error: 42 },
          { richText: [] },
          Symbol.iterator.toString(),
          new Date(NaN),
        ),
      );
      const rows = fc.array(
        fc.oneof(fc.array(wild, { maxLength: 8 }), fc.constantFrom<unknown>(null, undefined, 7, "row")),
        {
          maxLength: 12,
        },
      );
      fc.assert(
        fc.property(rows, fc.constantFrom(...SHEETS), (cells, sheet) => {
          const grid = { sheet, origin: { row: 1, col: 1 }, cells } as unknown as Grid;
          const result = readTable(grid);
          for (const issue of result.issues) expect(issue.cell).toMatch(CELL_ADDRESS);
        }),
        params(),
      );
    },
    timeout(2),
  );
});

// ---------------------------------------------------------------------------------------------
// Mangled real tables

type Mangle = (g: Grid) => void;

const at = (g: Grid, i: number): CellValue[] | undefined => g.cells[i % Math.max(1, g.cells.length)];

const mangle: fc.Arbitrary<Mangle> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat(), cellValue).map(([i, j, v]): Mangle => (g) => {
    const row = at(g, i);
    if (row) row[j % Math.max(1, row.length + 1)] = v;
  }),
  fc.nat().map(
    (i): Mangle =>
      (g) =>
        void g.cells.splice(i % (g.cells.length + 1), 1),
  ),
  fc.nat().map(
    (i): Mangle =>
      (g) =>
        void g.cells.splice(i % (g.cells.length + 1), 0, []),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(([i, k]): Mangle => (g) => {
    const row = at(g, i);
    if (row) g.cells.splice(k % (g.cells.length + 1), 0, [...row]);
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([i, k]): Mangle => (g) => {
    const n = g.cells.length;
    if (n < 2) return;
    const a = i % n;
    const b = k % n;
    [g.cells[a], g.cells[b]] = [g.cells[b] as CellValue[], g.cells[a] as CellValue[]];
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([i, n]): Mangle => (g) => {
    const row = at(g, i);
    if (row) row.length = n % (row.length + 1);
  }),
  fc.constantFrom<Mangle>(
    (g) => void (g.merges = undefined),
    (g) => void g.cells.reverse(),
    (g) => g.cells.forEach((r) => r.reverse()),
    (g) => g.cells.forEach((r) => r.forEach((v, j) => typeof v === "string" && (r[j] = v.normalize("NFD")))),
    (g) => g.cells.forEach((r) => r.forEach((v, j) => typeof v === "string" && (r[j] = v.toUpperCase()))),
    (g) => g.cells.forEach((r) => r.forEach((v, j) => typeof v === "number" && (r[j] = String(v)))),
    (g) => g.cells.forEach((r) => r.forEach((v, j) => typeof v === "number" && (r[j] = -v))),
    (g) => g.cells.forEach((r) => r.forEach((v, j) => typeof v === "number" && (r[j] = v * 1e300))),
    (g) => g.cells.forEach((r) => r.unshift(null)),
    (g) => void g.cells.unshift([], ["Tổng cộng", 1, 2]),
  ),
  fc
    .tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 }))
    .map(([dr, dc]): Mangle => (g) => {
      g.origin = { row: Math.max(1, g.origin.row + dr), col: Math.max(1, g.origin.col + dc) };
    }),
  mergeArb.map(
    (m): Mangle =>
      (g) =>
        void (g.merges = [...(g.merges ?? []), m]),
  ),
);

describe("readTable on mangled real tables", () => {
  let grids: Grid[] = [];
  beforeAll(async () => {
    for (const fixture of [unitTableMessy(), binhPhuoc(), quangNinh(), tanHung()]) {
      const bytes = new Uint8Array(await fixture.workbook.xlsx.writeBuffer());
      const opened = await openWorkbookBytes(bytes, "fixture.xlsx");
      if (!opened.ok) throw new Error(opened.issue.code);
      for (const name of opened.value.sheetNames) {
        const grid = opened.value.grid(name);
        if (grid) grids.push(grid);
      }
    }
    grids = grids.filter((g) => readTable(g).table);
    expect(grids.length).toBeGreaterThanOrEqual(4);
  });

  const copy = (g: Grid): Grid => ({
    sheet: g.sheet,
    origin: { ...g.origin },
    cells: g.cells.map((r) => [...r]),
    ...(g.merges ? { merges: g.merges.map((m) => ({ ...m })) } : {}),
  });

  it(
    "never throws, and names a cell for every issue",
    () => {
      fc.assert(
        fc.property(fc.nat(), fc.array(mangle, { minLength: 1, maxLength: 6 }), (k, mangles) => {
          const grid = copy(grids[k % grids.length] as Grid);
          for (const m of mangles) m(grid);
          expectSound(grid, readTable(grid));
        }),
        params(),
      );
    },
    timeout(5),
  );

  it(
    "reads the same figures whatever the normalisation, case and spacing of the text",
    () => {
      const textMangle = fc.constantFrom<(s: string) => string>(
        (s) => s.normalize("NFD"),
        (s) => s.toUpperCase(),
        (s) => ` ${s.replace(/ /g, "\u00a0")}  `,
        (s) => s.replace(/ /g, "  "),
      );
      const figures = (r: ReadResult) =>
        r.table?.units.map((u) => [u.row, u.heads, u.deputies, u.specialists, u.staff, u.contract, u.quota]);
      const original = grids.map((g) => figures(readTable(g)));
      fc.assert(
        fc.property(fc.nat(), fc.array(textMangle, { minLength: 1, maxLength: 5 }), (k, fs) => {
          const grid = grids[k % grids.length] as Grid;
          const changed = copy(grid);
          let n = 0;
          for (const row of changed.cells)
            row.forEach((v, j) => {
              if (typeof v === "string") row[j] = (fs[n++ % fs.length] as (s: string) => string)(v);
            });
          expect(figures(readTable(changed))).toEqual(original[k % grids.length]);
        }),
        params(),
      );
    },
    timeout(5),
  );
});
