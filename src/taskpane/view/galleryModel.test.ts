import { TEMPLATES, type TemplateId } from "../../reports";
import { galleryEntries, TEMPLATE_IDS } from "./galleryModel";

describe("galleryEntries", () => {
  it("lists every template in order, in Vietnamese and English", () => {
    const vi = galleryEntries("vi", () => true, false);
    expect(vi.map((e) => e.id)).toEqual(Object.keys(TEMPLATES));
    expect(vi[0]).toMatchObject({
      id: "ket-qua-sap-xep",
      label: "Kết quả sắp xếp tổ chức bộ máy",
      orientation: "A4 dọc, phụ lục A4 ngang",
      disabled: false,
    });
    expect(vi[0]?.hint).toBeUndefined();
    expect(galleryEntries("en", () => true, false)[1]).toMatchObject({
      label: "Deputy review",
      orientation: "A4 portrait, appendix A4 landscape",
    });
  });

  it("says why a template cannot be inserted", () => {
    const allowed = new Set<TemplateId>(["bieu-don-vi", "danh-sach-can-bo"]);
    const entries = galleryEntries("vi", (id) => allowed.has(id), false);
    const byId = new Map(entries.map((e) => [e.id, e]));
    expect(byId.get("ket-qua-sap-xep")).toMatchObject({
      disabled: true,
      hint: "Cần đọc bảng và chạy so sánh hoặc phương án trước.",
    });
    expect(byId.get("ra-soat-cap-pho")?.hint).toMatch(/rà soát/);
    expect(byId.get("lo-trinh-tinh-gian")?.hint).toMatch(/lộ trình/);
    expect(byId.get("theo-doi-thi-diem")?.hint).toMatch(/mô hình/);
    expect(byId.get("bieu-don-vi")).toMatchObject({ disabled: false });
    expect(galleryEntries("en", () => false, false)[0]?.hint).toBe(
      "Read a table and run a comparison or a plan first.",
    );
  });

  it("disables everything while busy", () => {
    const entries = galleryEntries("vi", () => true, true);
    expect(entries.every((e) => e.disabled && e.hint === "Đang thực hiện, vui lòng chờ…")).toBe(true);
    expect(TEMPLATE_IDS).toHaveLength(entries.length);
  });
});
