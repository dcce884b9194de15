// Issue 15: the rosters of the corpus that have a birth-date column ("Ngày sinh", "Năm sinh",
// "Tháng, năm sinh", "Ngày, tháng, năm sinh / Nam | Nữ") keep every person with a birth date, and a
// sex where the sheet gives one (a "Giới tính" column, or the Nam/Nữ split of the birth date).
import { readTable } from "../../src/core/read";
import { LAYOUTS } from "./layouts";
import { layoutGrid } from "./layouts/workbook";

const rosters = LAYOUTS.flatMap((layout) =>
  layout.sheets.map((sheet) => ({ id: `${layout.id}/${sheet.name}`, sheet })),
).filter(({ sheet }) => readTable(layoutGrid(sheet)).table?.kind === "roster");

/** Layouts whose birth dates the reader must find, and whether the sheet says each person's sex. */
const EXPECTED: Record<string, { sex: boolean }> = {
  "mau03-danh-sach-cong-chuc-so/Mẫu 03": { sex: false },
  "mau03-danh-sach-cong-chuc-theo-khoi/BcDSCC": { sex: false },
  "hr-thong-ke-danh-sach-can-bo/Thống kê cán bộ": { sex: true },
  "hr-danh-sach-phong-ban-don-vi-quan-ly/Danh sach": { sex: true },
  "hr-bao-cao-theo-phong-ban/Báo cáo": { sex: true },
  "xa-cbcc-theo-chuc-danh/CBCC xã An Thạnh": { sex: true },
  "phuong-2025-cbcc-sau-sap-xep/DS CBCC phường": { sex: true },
  "bqp-phu-luc-i1-nghi-huu-truoc-tuoi/Phụ lục I.1": { sex: false },
  "nd178-danh-sach-nghi-viec-du-toan/Danh sách NĐ178": { sex: true },
  "nd178-cap-xa-nghi-viec/DS nghỉ việc cấp xã": { sex: false },
  "so-noi-vu-hop-nhat-ldtbxh/Trước sắp xếp": { sex: true },
  "so-tai-chinh-hop-nhat-khdt/Trước sắp xếp": { sex: false },
  "vni-danh-sach-can-bo-cong-chuc-huyen/DS CBCC": { sex: true },
};

describe("birth dates and sexes of the corpus rosters", () => {
  it("finds the expected layouts among the rosters", () => {
    const ids = new Set(rosters.map((r) => r.id));
    for (const id of Object.keys(EXPECTED)) expect(ids).toContain(id);
  });

  it.each(rosters)("$id", ({ id, sheet }) => {
    const { table, issues } = readTable(layoutGrid(sheet));
    const want = EXPECTED[id];
    expect(issues.filter((i) => /birth|sex/.test(i.code))).toEqual([]);
    if (!want) return;
    const people = table?.people ?? [];
    const counted = (table?.units ?? []).reduce((s, u) => s + u.staff + u.contract, 0);
    expect(people.length).toBe(counted);
    for (const p of people) {
      expect(p.birthDate).toMatch(/^(19|20)\d\d-\d\d-\d\d$/);
      if (want.sex) expect(p.sex).toMatch(/^(male|female)$/);
    }
    expect(people.filter((p) => p.role === "deputy").length).toBe(
      (table?.units ?? []).reduce((s, u) => s + u.deputies, 0),
    );
  });
});
