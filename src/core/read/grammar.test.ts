import type { CellValue, Grid } from "../types";
import { classifyTitle } from "./grammar";
import { classifyPath, matchField } from "./fields";
import { readTable } from "./index";

const grid = (cells: CellValue[][], extra: Partial<Grid> = {}): Grid => ({
  sheet: "DS",
  origin: { row: 1, col: 1 },
  cells,
  ...extra,
});

describe("one grammar for position titles", () => {
  it.each([
    ["Bí thư Đảng ủy", "head"],
    ["Phó Bí thư Thường trực Đảng ủy", "deputy"],
    ["Chủ tịch UBND xã", "head"],
    ["Phó Chủ tịch HĐND phường", "deputy"],
    ["Chủ nhiệm Ủy ban Kiểm tra", "head"],
    ["Chánh Thanh tra", "head"],
    ["Chỉ huy trưởng Ban CHQS", "head"],
    ["Chỉ huy phó", "deputy"],
    ["Tham mưu trưởng", "deputy"],
    ["Phó Chỉ huy trưởng - Tham mưu trưởng", "deputy"],
    ["Tham mưu phó", "deputy"],
    ["Trạm trưởng", "head"],
    ["Trạm phó", "deputy"],
    ["T.Phòng", "head"],
    ["P.Phòng", "deputy"],
    ["Phó phòng", "deputy"],
    ["Cấp phó", "deputy"],
    ["Q. Trưởng phòng", "head"],
    ["Phó Trưởng phòng phụ trách", "deputy"],
    ["Phó Trưởng phòng, phụ trách phòng", "deputy"],
    ["Phụ trách phòng", "head"],
    ["Phụ trách kế toán", "specialist"],
    ["Kế toán trưởng", "specialist"],
    ["Tổ trưởng", "specialist"],
    ["Ủy viên Ban Thường vụ", "specialist"],
    ["Chuyên viên, Bí thư Chi bộ", "specialist"],
    ["Chuyên viên kiêm Chủ tịch Công đoàn", "specialist"],
    ["Người hoạt động không chuyên trách", "contract"],
  ])("%s → %s", (title, role) => {
    expect(classifyTitle(title)).toBe(role);
  });

  it.each([
    ["Trưởng phòng kiêm Phó Chánh Văn phòng", "head"],
    ["Phó Bí thư Đảng ủy, Chủ tịch UBND", "head"],
    ["Phó Chủ tịch HĐND; Chủ tịch MTTQ", "head"],
    ["Chuyên viên / Phó phòng", "deputy"],
    ["Phó Bí thư và Chủ tịch UBND xã", "head"],
    ["Phó Trưởng phòng Kế hoạch và Đầu tư", "deputy"],
  ])("concurrent posts count once at the highest role: %s → %s", (title, role) => {
    expect(classifyTitle(title)).toBe(role);
  });
});

describe("the same grammar in headers", () => {
  it.each([
    ["Phó phòng", "deputies"],
    ["Phó ban", "deputies"],
    ["Phó Chủ tịch", "deputies"],
    ["Phó Bí thư", "deputies"],
    ["Cấp phó", "deputies"],
    ["PP", "deputies"],
    ["Chủ tịch", "heads"],
    ["Cấp trưởng", "heads"],
    ["Trưởng phòng", "heads"],
    ["Công chức, viên chức", "specialists"],
    ["Tổng số công chức, viên chức", "staff"],
    ["Số lượng công chức, viên chức", "staff"],
  ])("%s → %s", (header, field) => {
    expect(matchField(header)?.field).toBe(field);
  });

  it("reads paths: the leaf says the role, the groups may say it is no count at all", () => {
    expect(classifyPath(["Lãnh đạo UBND", "Phó chủ tịch"]).match?.field).toBe("deputies");
    expect(classifyPath(["Lãnh đạo cấp ủy", "Bí thư"]).match?.field).toBe("heads");
    for (const path of [
      ["Hệ số lương"],
      ["Hệ số phụ cấp", "Chức vụ"],
      ["Thời gian đơn vị sáp nhập, giải thể"],
      ["Tuổi"],
      ["Trình độ", "Đại học"],
      ["Ngày, tháng, năm sinh", "Nữ"],
      ["Tổng số công chức", "Nữ"],
      ["Chia theo ngạch công chức", "Chuyên viên"],
      ["Chức danh khoa học", "Phó giáo sư"],
      ["Tiền lương tháng hiện hưởng"],
      ["Tổng số lương & PC được nhận"],
    ]) {
      expect([path, classifyPath(path)]).toEqual([path, { total: false, excluded: true }]);
    }
  });

  it("a name column on the after side is where the row goes; on the before side it is not the unit", () => {
    expect(classifyPath(["Sau sắp xếp", "Đơn vị"]).match?.field).toBe("mergeInto");
    expect(classifyPath(["Sau sắp xếp", "Họ và tên"]).excluded).toBe(true);
    expect(classifyPath(["Nơi công tác trước sắp xếp"]).excluded).toBe(true);
    expect(classifyPath(["Trước sắp xếp", "Chức vụ"])).toMatchObject({
      match: { field: "title" },
      before: true,
    });
  });
});

describe("rosters as offices keep them", () => {
  it("reads marks x, X, ✓ and 1 in category columns, never an error per cell", () => {
    const { table, issues } = readTable(
      grid([
        ["Đơn vị: Văn phòng HĐND và UBND xã"],
        ["STT", "Họ và tên", "Chức vụ", "Phân loại", null],
        [null, null, null, "Công chức", "Hợp đồng"],
        [1, "Nguyễn Văn An", "Chánh Văn phòng", "x", null],
        [2, "Lê Thị Bình", "Chuyên viên", "X", null],
        [3, "Trần Văn Cường", "Văn thư", "✓", null],
        [4, "Phạm Thị Dung", "Lái xe", null, 1],
      ]),
    );
    expect(issues).toEqual([]);
    expect(table?.units).toEqual([
      expect.objectContaining({
        name: "Văn phòng HĐND và UBND xã",
        heads: 1,
        deputies: 0,
        staff: 3,
        contract: 1,
      }),
    ]);
  });

  it("skips a numbering row anywhere under the header, and reads a chức danh list from its title", () => {
    const { table, issues } = readTable(
      grid([
        ["DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ TÂN HƯNG"],
        ["STT", "Họ và tên", "Năm sinh", "Ghi chú"],
        ["A", "B", "(1)", "(2)"],
        ["I. Bí thư Đảng ủy", null, null, null],
        [1, "Nguyễn Văn An", 1970, null],
        ["(1)", "(2)", "(3)=(1)+(2)", "(4)"],
        ["II. Phó Chủ tịch UBND", null, null, null],
        [2, "Lê Văn Bình", 1975, null],
        [3, "Trần Thị Chi", 1980, null],
      ]),
    );
    expect(issues).toEqual([]);
    expect(table?.units.map((u) => [u.name, u.heads, u.deputies, u.staff])).toEqual([
      ["XÃ TÂN HƯNG", 1, 2, 3],
    ]);
    expect(table?.inferred).toEqual({ unitFrom: "title", titlesFrom: "rows", cell: "DS!A1" });
  });

  it("refuses a title count the people do not add up to, at its cell", () => {
    const { issues } = readTable(
      grid([
        ["Đơn vị: Phòng Tổng hợp"],
        ["Danh sách gồm 3 người"],
        ["STT", "Họ và tên", "Chức vụ"],
        [1, "Nguyễn Văn An", "Trưởng phòng"],
        [2, "Lê Thị Bình", "Chuyên viên"],
      ]),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        level: "error",
        code: "count-mismatch",
        cell: "DS!A2",
        params: { stated: 3, computed: 2 },
      }),
    ]);
  });
});

describe("the body a sheet's title names", () => {
  const withTitle = (title: (string | null)[]) =>
    readTable(
      grid([
        title,
        [],
        ["Tên đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Tổng số"],
        ["Phòng Kinh tế", 1, 1, 8],
      ]),
    ).table?.body;

  it.each([
    [["TỈNH ỦY BÌNH PHƯỚC", null, "ĐẢNG CỘNG SẢN VIỆT NAM"], "party", false],
    [["UBND TỈNH HÀ LAM", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], "state", false],
    [["ỦY BAN NHÂN DÂN XÃ TÂN HƯNG", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], "state", true],
    [["ĐẢNG ỦY PHƯỜNG BÌNH MINH", null, "ĐẢNG CỘNG SẢN VIỆT NAM"], "party", true],
  ] as const)("%j → %s, commune %s", (title, family, commune) => {
    expect(withTitle([...title])).toMatchObject({ family, commune, cell: "DS!A1" });
  });

  it("says nothing when the title names no body", () => {
    expect(withTitle(["BẢNG TỔNG HỢP BIÊN CHẾ"])).toBeUndefined();
  });
});

describe("a commune's name needs its marks", () => {
  it("“PHƯƠNG ÁN SẮP XẾP …” is a plan, not a ward", () => {
    const { table } = readTable(
      grid([
        ["PHƯƠNG ÁN SẮP XẾP CÁC PHÒNG THUỘC VĂN PHÒNG TỈNH ỦY"],
        ["Tên đơn vị", "Trưởng phòng", "Phó trưởng phòng", "Tổng số"],
        ["Phòng Tổng hợp", 1, 3, 12],
      ]),
    );
    expect(table?.body).toMatchObject({ family: "party", commune: false });
  });
});
