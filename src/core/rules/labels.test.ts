import {
  inferUnitType,
  parseProvinceClass,
  parseRuleSet,
  parseUnitType,
  PROVINCE_CLASS_LABELS,
  UNIT_TYPE_LABELS,
} from "./labels";
import { PROVINCE_CLASSES, RULE_SET_IDS, UNIT_TYPES } from "./ruleSets";

const nfd = (s: string) => s.normalize("NFD");

describe("parseUnitType", () => {
  it.each([
    ["phong", "phong"],
    ["Phòng", "phong"],
    ["phòng thuộc sở", "phong"],
    ["PHÒNG CHUYÊN MÔN, NGHIỆP VỤ THUỘC SỞ", "phong"],
    ["Văn phòng", "van-phong"],
    ["van-phong", "van-phong"],
    ["Văn phòng sở", "van-phong"],
    ["Thanh tra", "thanh-tra"],
    ["thanh tra sở", "thanh-tra"],
    ["Chi cục", "chi-cuc"],
    ["chi cục thuộc sở", "chi-cuc"],
    ["Phòng thuộc chi cục", "phong-chi-cuc"],
    ["phong-chi-cuc", "phong-chi-cuc"],
    ["Phòng (Đảng)", "phong-dang"],
    ["phòng thuộc ban", "phong-dang"],
    ["Phòng thuộc Văn phòng Tỉnh ủy", "phong-dang"],
    ["Phòng thuộc Văn phòng Tỉnh uỷ", "phong-dang"],
    ["phòng huyện", "phong-huyen"],
    ["Phòng thuộc UBND huyện", "phong-huyen"],
    ["Phòng thuộc Ủy ban nhân dân huyện", "phong-huyen"],
    ["PHONG-HUYEN", "phong-huyen"],
  ])("reads %p as %p", (text, expected) => {
    expect(parseUnitType(text)).toBe(expected);
  });

  it("reads decomposed (NFD) and unaccented spellings", () => {
    expect(parseUnitType(nfd("Phòng thuộc chi cục"))).toBe("phong-chi-cuc");
    expect(parseUnitType(nfd("Phòng (Đảng)"))).toBe("phong-dang");
    expect(parseUnitType("phong thuoc ubnd huyen")).toBe("phong-huyen");
    expect(parseUnitType("  Van   phong\u00a0so ")).toBe("van-phong");
  });

  it("reads back every label and id", () => {
    for (const t of UNIT_TYPES) {
      expect(parseUnitType(t)).toBe(t);
      expect(parseUnitType(UNIT_TYPE_LABELS[t].vi)).toBe(t);
      expect(parseUnitType(UNIT_TYPE_LABELS[t].en)).toBe(t);
    }
  });

  it.each(["", "Sở", "Trung tâm", "Ban Tổ chức", "phòng ban", "xyz"])("does not guess %p", (text) => {
    expect(parseUnitType(text)).toBeUndefined();
  });
});

describe("parseRuleSet", () => {
  it.each([
    ["ND370_2025", "ND370_2025"],
    ["nd370_2025", "ND370_2025"],
    ["NĐ 370/2025", "ND370_2025"],
    ["NĐ370", "ND370_2025"],
    ["Nghị định 150/2025/NĐ-CP", "ND150_2025"],
    ["nghi dinh so 150/2025/ND-CP", "ND150_2025"],
    ["NĐ 45/2025/NĐ-CP", "ND45_2025"],
    ["NĐ 107/2020", "ND107_2020"],
    ["Nghị định 108/2020/NĐ-CP", "ND108_2020"],
    ["QĐ 137", "QD137_2023"],
    ["Quy định 137-QĐ/TW", "QD137_2023"],
    ["Quy định 04-QĐi/TW", "QD04_2018"],
    ["QĐ 4", "QD04_2018"],
    ["QĐ 329-QĐ/TW", "QD329_2025"],
    ["KL 187", "KL187_2025"],
    ["Kết luận 187-KL/TW", "KL187_2025"],
    ["Decree 150/2025", "ND150_2025"],
  ])("reads %p as %p", (text, expected) => {
    expect(parseRuleSet(text)).toBe(expected);
  });

  it("reads decomposed spellings", () => {
    expect(parseRuleSet(nfd("Nghị định 370/2025/NĐ-CP"))).toBe("ND370_2025");
    expect(parseRuleSet(nfd("Kết luận 187"))).toBe("KL187_2025");
  });

  it("reads back every id", () => {
    for (const id of RULE_SET_IDS) expect(parseRuleSet(id)).toBe(id);
  });

  it.each(["", "NĐ 150/2024", "NĐ 24/2014", "QĐ 138", "KL 40", "150", "Luật 72/2025"])(
    "rejects %p",
    (text) => {
      expect(parseRuleSet(text)).toBeUndefined();
    },
  );
});

describe("parseProvinceClass", () => {
  it.each([
    ["hn-hcm", "hn-hcm"],
    ["Hà Nội/TP.HCM", "hn-hcm"],
    ["Hà Nội", "hn-hcm"],
    ["TP Hồ Chí Minh", "hn-hcm"],
    ["Thành phố Hồ Chí Minh", "hn-hcm"],
    ["đặc biệt", "hn-hcm"],
    ["loại đặc biệt", "hn-hcm"],
    ["loai-1", "loai-1"],
    ["loại I", "loai-1"],
    ["loại 1", "loai-1"],
    ["Tỉnh loại I", "loai-1"],
    ["loai-2-3", "loai-2-3"],
    ["loại II", "loai-2-3"],
    ["loại III", "loai-2-3"],
    ["loại II-III", "loai-2-3"],
    ["loại II–III", "loai-2-3"],
    ["Loại II, III", "loai-2-3"],
    ["LOAI 3", "loai-2-3"],
  ])("reads %p as %p", (text, expected) => {
    expect(parseProvinceClass(text)).toBe(expected);
  });

  it("reads decomposed spellings and its own labels", () => {
    expect(parseProvinceClass(nfd("Hà Nội"))).toBe("hn-hcm");
    for (const c of PROVINCE_CLASSES) {
      expect(parseProvinceClass(PROVINCE_CLASS_LABELS[c].vi)).toBe(c);
      expect(parseProvinceClass(PROVINCE_CLASS_LABELS[c].en)).toBe(c);
    }
  });

  it.each(["", "loại IV", "loại 4", "Đà Nẵng", "tỉnh"])("rejects %p", (text) => {
    expect(parseProvinceClass(text)).toBeUndefined();
  });
});

describe("inferUnitType", () => {
  it.each([
    ["Văn phòng Sở", "van-phong"],
    ["VP Sở Nội vụ", "van-phong"],
    ["Thanh tra sở", "thanh-tra"],
    ["Chi cục Lưu trữ", "chi-cuc"],
    ["Phòng Tổ chức - Hành chính", "phong"],
    ["PHÒNG TỔNG HỢP", "phong"],
    ["1. Phòng Tài chính đảng", "phong"],
    ["- Phòng Cơ yếu - CNTT", "phong"],
    ["a) Chi cục Thủy lợi", "chi-cuc"],
    ["Phòng Kỹ thuật thuộc Chi cục Thủy lợi", "phong-chi-cuc"],
    [nfd("Văn phòng Sở Xây dựng"), "van-phong"],
  ])("guesses %p as %p", (name, expected) => {
    expect(inferUnitType(name)).toBe(expected);
  });

  it.each(["Văn phòng Tỉnh ủy", "Trung tâm Lưu trữ", "Ban Tổ chức", "Sở Nội vụ", "Phongxa", ""])(
    "does not guess %p",
    (name) => {
      expect(inferUnitType(name)).toBeUndefined();
    },
  );
});
