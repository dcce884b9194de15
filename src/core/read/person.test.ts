import { readTable } from "./index";
import { detectPersonColumns, parseBirthDate, parseSex } from "./person";
import type { CellValue, Grid } from "../types";

const grid = (cells: CellValue[][], merges?: Grid["merges"]): Grid => ({
  sheet: "DS",
  origin: { row: 1, col: 1 },
  cells,
  ...(merges ? { merges } : {}),
});

describe("parseBirthDate", () => {
  it.each<[CellValue, string, string | undefined]>([
    ["15/01/1966", "1966-01-15", undefined],
    ["5/2/1970", "1970-02-05", undefined],
    ["05-02-1970", "1970-02-05", undefined],
    ["05.02.1970", "1970-02-05", undefined],
    ["1970-02-05", "1970-02-05", undefined],
    ["04/1966", "1966-04-01", "month"],
    ["1968", "1968-01-01", "year"],
    [1968, "1968-01-01", "year"],
    [new Date(Date.UTC(1975, 4, 31)), "1975-05-31", undefined],
    // A date made at local midnight east of UTC (17:00 the day before in UTC) is still that day.
    [new Date(Date.UTC(1975, 4, 30, 17)), "1975-05-31", undefined],
    // Excel serial of 15/01/1966.
    [24122, "1966-01-15", undefined],
  ])("%p → %s", (value, iso, precision) => {
    const got = parseBirthDate(value);
    expect(got).toEqual({ kind: "date", iso, ...(precision ? { precision } : {}) });
  });

  it.each<CellValue>([
    "31/02/1970",
    "15/13/1970",
    "abc",
    "1/1/70",
    "1800",
    -3,
    99999,
    true,
    { error: "#N/A" },
  ])("%p is invalid", (value) => {
    expect(parseBirthDate(value).kind).toBe("invalid");
  });

  it("blank cells are blank", () => {
    expect(parseBirthDate(null).kind).toBe("blank");
    expect(parseBirthDate("  ").kind).toBe("blank");
  });
});

describe("parseSex", () => {
  it.each<[CellValue, string | undefined]>([
    ["Nam", "male"],
    ["nam", "male"],
    ["NAM", "male"],
    ["M", "male"],
    [1, "male"],
    ["Nữ", "female"],
    ["nu", "female"],
    ["Nữ".normalize("NFD"), "female"],
    ["F", "female"],
    [0, "female"],
    ["x", undefined],
    [2, undefined],
  ])("%p → %p", (value, sex) => expect(parseSex(value)).toBe(sex));
});

describe("detectPersonColumns", () => {
  const col = (n: number, header: string, field: "person" | null = null) => ({
    col: n,
    letter: String.fromCharCode(64 + n),
    header,
    field,
  });
  it.each([
    ["Ngày sinh", { birth: 3 }],
    ["Ngày, tháng, năm sinh", { birth: 3 }],
    ["Năm sinh", { birth: 3 }],
    ["Sinh ngày", { birth: 3 }],
    ["Tháng, năm sinh", { birth: 3 }],
    ["Giới tính", { sex: 3 }],
    ["Nam/Nữ", { sex: 3 }],
  ])("%s", (header, want) => {
    expect(detectPersonColumns([col(2, "Họ và tên", "person"), col(3, header)])).toEqual(want);
  });

  it("a birth date split into Nam and Nữ", () => {
    expect(
      detectPersonColumns([col(3, "Ngày tháng năm sinh / Nam"), col(4, "Ngày tháng năm sinh / Nữ")]),
    ).toEqual({ birthBySex: { male: 3, female: 4 } });
  });

  it("not a place of birth, an age or a name column", () => {
    expect(
      detectPersonColumns([col(2, "Họ và tên, năm sinh", "person"), col(3, "Nơi sinh"), col(4, "Tuổi")]),
    ).toBeUndefined();
  });
});

describe("reading a roster's birth dates and sexes", () => {
  it("keeps each person with birth date and sex, and names a bad cell", () => {
    const { table, issues } = readTable(
      grid([
        ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ", "Đơn vị"],
        [1, "Nguyễn Văn An", "15/01/1966", "Nam", "Trưởng phòng", "Phòng Tổ chức"],
        [2, "Trần Thị Bình", new Date(Date.UTC(1970, 4, 3)), "Nữ", "Phó Trưởng phòng", "Phòng Tổ chức"],
        [3, "Lê Văn Cường", "31/02/1968", "Nam", "Phó Trưởng phòng", "Phòng Tổ chức"],
        [4, "Phạm Thị Dung", 1975, "?", "Chuyên viên", "Phòng Tổ chức"],
      ]),
    );
    expect(table?.units).toEqual([
      expect.objectContaining({ name: "Phòng Tổ chức", heads: 1, deputies: 2, staff: 4 }),
    ]);
    expect(table?.personColumns).toEqual({ birthDate: [3], sex: [4] });
    expect(table?.people).toEqual([
      expect.objectContaining({
        name: "Nguyễn Văn An",
        role: "head",
        birthDate: "1966-01-15",
        sex: "male",
        row: 2,
      }),
      expect.objectContaining({
        name: "Trần Thị Bình",
        role: "deputy",
        birthDate: "1970-05-03",
        sex: "female",
      }),
      expect.objectContaining({ name: "Lê Văn Cường", role: "deputy", sex: "male" }),
      expect.objectContaining({ name: "Phạm Thị Dung", birthDate: "1975-01-01", birthPrecision: "year" }),
    ]);
    expect(table?.people?.[2]?.birthDate).toBeUndefined();
    expect(table?.people?.[3]?.sex).toBeUndefined();
    expect(issues).toEqual([
      {
        level: "warning",
        code: "invalid-birth-date",
        cell: "DS!C4",
        params: { person: "Lê Văn Cường", value: "31/02/1968" },
      },
      {
        level: "warning",
        code: "invalid-sex",
        cell: "DS!D5",
        params: { person: "Phạm Thị Dung", value: "?" },
      },
    ]);
  });

  it("reads the sex from the Nam or Nữ column the birth date is written in (mẫu 2C/BNV)", () => {
    const { table, issues } = readTable(
      grid(
        [
          ["TT", "Họ và tên", "Ngày, tháng, năm sinh", null, "Chức vụ", "Đơn vị"],
          [null, null, "Nam", "Nữ", null, null],
          [1, "Nguyễn Văn An", "15/01/1966", null, "Chánh Văn phòng", "Văn phòng"],
          [2, "Trần Thị Bình", null, "03/05/1970", "Phó Chánh Văn phòng", "Văn phòng"],
          [3, "Lê Văn Cường", "1968", "1968", "Phó Chánh Văn phòng", "Văn phòng"],
        ],
        [
          { top: 1, left: 3, bottom: 1, right: 4 },
          { top: 1, left: 1, bottom: 2, right: 1 },
          { top: 1, left: 2, bottom: 2, right: 2 },
          { top: 1, left: 5, bottom: 2, right: 5 },
          { top: 1, left: 6, bottom: 2, right: 6 },
        ],
      ),
    );
    expect(table?.personColumns).toEqual({ birthDate: [3, 4], sex: [], birthBySex: { male: 3, female: 4 } });
    const people = table?.people ?? [];
    expect(people.map((p) => [p.name, p.birthDate, p.sex])).toEqual([
      ["Nguyễn Văn An", "1966-01-15", "male"],
      ["Trần Thị Bình", "1970-05-03", "female"],
      ["Lê Văn Cường", undefined, undefined],
    ]);
    expect(issues.map((i) => [i.code, i.cell, i.params?.columns])).toEqual([
      ["birth-date-both-sexes", "DS!C5", "DS!C5, DS!D5"],
    ]);
  });

  it("keeps no people for a roster without those columns unless asked", () => {
    const cells: CellValue[][] = [
      ["STT", "Họ và tên", "Chức vụ", "Đơn vị"],
      [1, "Nguyễn Văn An", "Trưởng phòng", "Phòng Tổ chức"],
      [2, "Trần Thị Bình", "Phó Trưởng phòng", "Phòng Tổ chức"],
    ];
    const plain = readTable(grid(cells)).table;
    expect(plain?.people).toBeUndefined();
    expect(plain?.personColumns).toBeUndefined();
    const asked = readTable(grid(cells), { people: true }).table;
    expect(asked?.people?.map((p) => [p.name, p.role])).toEqual([
      ["Nguyễn Văn An", "head"],
      ["Trần Thị Bình", "deputy"],
    ]);
  });
});
