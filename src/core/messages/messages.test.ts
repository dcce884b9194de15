import { CATALOGUE, fill, message, texts, translator, type Area, type MessageId } from "./index";

const ids = (Object.keys(CATALOGUE) as Area[]).flatMap((area) =>
  Object.keys(CATALOGUE[area]).map((key) => `${area}.${key}` as MessageId),
);

/** The names of `{name}` placeholders: the figures a message shows (not the plural forms). */
const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

/** An English sentence: three words or more, placeholders aside. */
const isSentence = (en: string): boolean =>
  (en.replace(/\{[^{}]*\}/g, "").match(/[A-Za-z]{2,}/g) ?? []).length >= 3;

describe("the message catalogue", () => {
  it("has ids in every area", () => {
    expect(ids.length).toBeGreaterThan(500);
    expect(ids).toContain("cli.badDate");
    expect(ids).toContain("app.readDone");
    expect(ids).toContain("issue.total-mismatch");
  });

  it.each(ids)("%s has a Vietnamese and an English text", (id) => {
    const { vi, en } = texts(id);
    expect(vi.trim()).not.toBe("");
    expect(en.trim()).not.toBe("");
  });

  it("writes Vietnamese with its diacritics where the English is a sentence", () => {
    const bare = ids.filter((id) => isSentence(texts(id).en) && !VIETNAMESE.test(texts(id).vi));
    expect(bare).toEqual([]);
  });

  it("never drops a figure in translation: the same placeholders in vi and en", () => {
    const differ = ids
      .map((id) => ({ id, vi: placeholders(texts(id).vi), en: placeholders(texts(id).en) }))
      .filter(({ vi, en }) => vi.join() !== en.join());
    expect(differ).toEqual([]);
  });

  it("looks a message up by id, in each language", () => {
    expect(message("level.error", "vi")).toBe("Lỗi");
    expect(message("level.error", "en")).toBe("Error");
    expect(message("summary.units", "en")).toBe("Units");
    expect(message("app.readDone", "en", { units: 2, source: "«A»" })).toBe(
      translator(CATALOGUE.app)("readDone", "en", { units: 2, source: "«A»" }),
    );
  });

  it("type-checks ids", () => {
    // @ts-expect-error: no such id
    expect(() => message("cli.badDat", "vi")).toThrow();
    // @ts-expect-error: no such area
    expect(() => message("nowhere.badDate", "vi")).toThrow();
  });
});

describe("fill, the one filler", () => {
  it("fills {name} placeholders", () => {
    expect(fill("Tệp {file} ({size} MB)", { file: "a.xlsx", size: 3 })).toBe("Tệp a.xlsx (3 MB)");
    expect(fill("{n}/{n}", { n: 0 })).toBe("0/0");
  });

  it("picks plural forms: 1 → one, anything else → other", () => {
    const text = "{n} {n|unit|units}";
    expect(fill(text, { n: 1 })).toBe("1 unit");
    expect(fill(text, { n: "1" })).toBe("1 unit");
    expect(fill(text, { n: 2 })).toBe("2 units");
    expect(fill(text, { n: 0 })).toBe("0 units");
    expect(fill(text, { n: "1.250" })).toBe("1.250 units");
    expect(fill("There {n|is|are} {n} {n|note|notes}", { n: 1 })).toBe("There is 1 note");
  });

  it("leaves unknown placeholders as they are", () => {
    expect(fill("{a} {b} {b|x|y}", { a: "A" })).toBe("A {b} {b|x|y}");
    expect(fill("{toString} {constructor|x|y}", {})).toBe("{toString} {constructor|x|y}");
    expect(fill("no placeholder | {} {a|b}", { a: 1 })).toBe("no placeholder | {} {a|b}");
  });

  it("never reads a filled-in value again", () => {
    expect(fill("{file}", { file: "{n|a|b} {n}.xlsx", n: 1 })).toBe("{n|a|b} {n}.xlsx");
  });
});
