import fc from "fast-check";
import {
  DIACRITIC_LETTERS,
  TCVN3_SYMBOL_LETTERS,
  VNI_PLACED_LETTERS,
  VOWELS,
  encodeLegacy,
  tcvn3Shown,
} from "../../../test/fixtures/legacy";
import { decodeLegacy, legacyFontEncoding, looksLegacy, LEGACY_ENCODING_NAMES } from "./legacy";

const RUNS = 300;

describe("legacyFontEncoding", () => {
  it.each([
    [".VnTime", "tcvn3", false],
    [".VnTimeH", "tcvn3", true],
    [".VnArial", "tcvn3", false],
    [".VnArialH", "tcvn3", true],
    [".VnArial NarrowH", "tcvn3", true],
    [".VnCentury Schoolbook", "tcvn3", false],
    [".VnCentury SchoolbookH", "tcvn3", true],
    [".VnBook-Antiqua", "tcvn3", false],
    [".VnBahamasB", "tcvn3", false],
    [" .vntime ", "tcvn3", false],
    [".VNTIMEH", "tcvn3", true],
    ["VnTime", "tcvn3", false],
    ["VnTimeH", "tcvn3", true],
    ["VNI-Times", "vni", false],
    ["VNI-Helve", "vni", false],
    ["VNI-Aptima", "vni", false],
    ["vni times", "vni", false],
    ["VNI_Helve-Condense", "vni", false],
  ])("%s is %s (upper: %s)", (font, encoding, upper) => {
    expect(legacyFontEncoding(font)).toEqual({ encoding, upper });
  });

  it.each(["Times New Roman", "Arial", "Calibri", "Cambria", "Tahoma", "VnExpress Sans", "Vni", "", "H"])(
    "%s is a Unicode font",
    (font) => {
      expect(legacyFontEncoding(font)).toBeUndefined();
    },
  );
});

describe("decodeLegacy: known words", () => {
  it.each([
    ["Phã tr­ëng phßng", "Phó trưởng phòng"],
    ["Tr­ëng phßng", "Trưởng phòng"],
    ["Ch¸nh V¨n phßng", "Chánh Văn phòng"],
    ["Gi¸m ®èc Së Néi vô", "Giám đốc Sở Nội vụ"],
    ["Uû ban nh©n d©n tØnh", "Uỷ ban nhân dân tỉnh"],
    ["Chuyªn viªn chÝnh", "Chuyên viên chính"],
    ["Tæng céng", "Tổng cộng"],
    ["Ng­êi lËp biÓu", "Người lập biểu"],
    ["§¶ng uû", "Đảng uỷ"],
    ["Hîp ®ång 68", "Hợp đồng 68"],
    ["Phßng Tæ chøc - C¸n bé", "Phòng Tổ chức - Cán bộ"],
    ["NguyÔn ThÞ H­¬ng", "Nguyễn Thị Hương"],
    ["TrÇn V¨n Hïng", "Trần Văn Hùng"],
  ])("TCVN3 %s → %s", (legacy, unicode) => {
    expect(decodeLegacy(legacy, "tcvn3")).toBe(unicode);
    expect(encodeLegacy(unicode, "tcvn3")).toBe(legacy);
  });

  it.each([
    ["Phoù tröôûng phoøng", "Phó trưởng phòng"],
    ["Tröôûng phoøng", "Trưởng phòng"],
    ["Chaùnh Vaên phoøng", "Chánh Văn phòng"],
    ["Giaùm ñoác Sôû Noäi vuï", "Giám đốc Sở Nội vụ"],
    ["UÛy ban nhaân daân tænh", "Ủy ban nhân dân tỉnh"],
    ["Chuyeân vieân chính", "Chuyên viên chính"],
    ["Toång coäng", "Tổng cộng"],
    ["Ngöôøi laäp bieåu", "Người lập biểu"],
    ["ÑAÛNG UÛY", "ĐẢNG ỦY"],
    ["Hôïp ñoàng 68", "Hợp đồng 68"],
    ["Nguyeãn Thò Höông", "Nguyễn Thị Hương"],
    ["Traàn Vaên Huøng", "Trần Văn Hùng"],
    ["Myõ Ñöùc", "Mỹ Đức"],
    ["Kyø", "Kỳ"],
    ["Lyù", "Lý"],
    ["Quî", "Quỵ"],
  ])("VNI %s → %s", (legacy, unicode) => {
    expect(decodeLegacy(legacy, "vni")).toBe(unicode);
    expect(encodeLegacy(unicode, "vni")).toBe(legacy);
  });

  it("upper-cases text in an upper-case (H) font, whatever case the codes were typed in", () => {
    const h = { encoding: "tcvn3", upper: true } as const;
    expect(decodeLegacy("b¶ng tæng hîp sè l­îng", h)).toBe("BẢNG TỔNG HỢP SỐ LƯỢNG");
    expect(decodeLegacy("B¶NG TæNG HîP", h)).toBe("BẢNG TỔNG HỢP");
    expect(decodeLegacy("TØnh uû Hµ Giang", h)).toBe("TỈNH UỶ HÀ GIANG");
  });

  it("leaves ASCII, numbers and Unicode typed in a legacy font as they are (NFC)", () => {
    expect(decodeLegacy("STT 1 (2) = 3+4", "tcvn3")).toBe("STT 1 (2) = 3+4");
    expect(decodeLegacy("Phó trưởng phòng", "tcvn3")).toBe("Phó trưởng phòng");
    expect(decodeLegacy("Phó trưởng phòng".normalize("NFD"), "vni")).toBe("Phó trưởng phòng");
    expect(decodeLegacy("Trưởng phòng", { encoding: "tcvn3", upper: true })).toBe("TRƯỞNG PHÒNG");
  });

  it("keeps Windows-1252 punctuation in legacy text", () => {
    expect(decodeLegacy("Phßng Tæ chøc \u2013 C¸n bé", "tcvn3")).toBe("Phòng Tổ chức \u2013 Cán bộ");
    expect(decodeLegacy("\u201cPhoøng\u201d", "vni")).toBe("\u201cPhòng\u201d");
  });

  it("reads VNI's circumflex or breve and tone as two marks too", () => {
    expect(decodeLegacy("Vieâït", "vni")).toBe("Việt");
    expect(decodeLegacy("naêïng", "vni")).toBe("nặng");
  });

  it("has the names messages show", () => {
    expect(LEGACY_ENCODING_NAMES).toEqual({ tcvn3: "TCVN3 (ABC)", vni: "VNI" });
  });
});

describe("decodeLegacy: the two transcriptions of the tables agree", () => {
  it("has 134 letters with diacritics to check", () => {
    expect(DIACRITIC_LETTERS).toHaveLength(134);
    expect(new Set(DIACRITIC_LETTERS).size).toBe(134);
  });

  it.each(DIACRITIC_LETTERS.map((ch) => [ch]))("%s round-trips through both encodings", (ch) => {
    expect(decodeLegacy(encodeLegacy(ch, "vni"), "vni")).toBe(ch);
    expect(decodeLegacy(encodeLegacy(ch, "tcvn3"), "tcvn3")).toBe(tcvn3Shown(ch));
    expect(decodeLegacy(encodeLegacy(ch, "tcvn3"), { encoding: "tcvn3", upper: true })).toBe(
      ch.toUpperCase(),
    );
  });

  it("decodes no TCVN3 code the UniKey layout does not have (74 codes: VN3)", () => {
    const letters = new Set(DIACRITIC_LETTERS.map((ch) => encodeLegacy(ch, "tcvn3")));
    let mapped = 0;
    for (let c = 0x80; c <= 0xff; c++) {
      const code = String.fromCharCode(c);
      const decoded = decodeLegacy(code, "tcvn3");
      // ý is its own code (0xFD); every other letter's code is another character.
      if (decoded === code && code !== "ý") {
        expect(letters.has(code)).toBe(false);
        continue;
      }
      mapped++;
      expect(letters.has(code)).toBe(true);
      expect(encodeLegacy(decoded, "tcvn3")).toBe(code);
    }
    expect(mapped).toBe(74);
  });

  it("decodes every VNI code of the layout, and nothing else, on its own", () => {
    const singles = new Set([
      "Ñ",
      "ñ",
      "Í",
      "í",
      "Ì",
      "ì",
      "Æ",
      "æ",
      "Ó",
      "ó",
      "Ò",
      "ò",
      "Ô",
      "ô",
      "Ö",
      "ö",
      "Î",
      "î",
    ]);
    for (let c = 0x80; c <= 0xff; c++) {
      const code = String.fromCharCode(c);
      const decoded = decodeLegacy(code, "vni");
      if (singles.has(code)) expect(encodeLegacy(decoded, "vni")).toBe(code);
      else expect(decoded).toBe(code.normalize("NFC"));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Random Vietnamese text

const ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh"];
const ONSETS_2 = ["nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"];
const CODAS = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t", "u", "i", "o", "y"];

/** A syllable: onset, one vowel letter with its tone, coda (not always a real word, never an impossible spelling). */
const syllable = fc
  .record({
    onset: fc.constantFrom(...ONSETS, ...ONSETS_2),
    family: fc.integer({ min: 0, max: VOWELS.length - 1 }),
    tone: fc.integer({ min: 0, max: 5 }),
    coda: fc.constantFrom(...CODAS),
    kase: fc.constantFrom("lower", "title", "upper"),
  })
  .filter(
    ({ onset, family }) =>
      // "qu" + u/o ("quù", "quõ") and "gi" + i are not Vietnamese spellings.
      !(onset === "qu" && /[uưoôơ]/.test((VOWELS[family] as string)[0] as string)) &&
      !(onset === "gi" && family === 5),
  )
  .map(({ onset, family, tone, coda, kase }) => {
    const word = onset + ((VOWELS[family] as string)[tone] as string) + coda;
    if (kase === "upper") return word.toUpperCase();
    if (kase === "title") return word.charAt(0).toUpperCase() + word.slice(1);
    return word;
  });

const sentence = (min = 1, max = 8) =>
  fc.array(syllable, { minLength: min, maxLength: max }).map((words) => words.join(" "));

/** The words of `text` that hold a letter of `letters` and are at least 2 characters long once encoded. */
function strongWords(text: string, letters: ReadonlySet<string>, encoding: "tcvn3" | "vni"): number {
  return text
    .split(" ")
    .filter((w) => [...w].some((ch) => letters.has(ch)) && encodeLegacy(w, encoding).length >= 2).length;
}

describe("decodeLegacy: round trips over random Vietnamese text", () => {
  it("VNI gives back the text", () => {
    fc.assert(
      fc.property(sentence(), (text) => {
        expect(decodeLegacy(encodeLegacy(text, "vni"), "vni")).toBe(text);
      }),
      { numRuns: RUNS },
    );
  });

  it("TCVN3 gives back the text, capitals with a tone in lower case (what a .VnTime cell shows)", () => {
    fc.assert(
      fc.property(sentence(), (text) => {
        expect(decodeLegacy(encodeLegacy(text, "tcvn3"), "tcvn3")).toBe(tcvn3Shown(text));
      }),
      { numRuns: RUNS },
    );
  });

  it("TCVN3 in an H font gives back the text in capitals", () => {
    fc.assert(
      fc.property(sentence(), (text) => {
        const h = { encoding: "tcvn3", upper: true } as const;
        expect(decodeLegacy(encodeLegacy(text, "tcvn3"), h)).toBe(text.toUpperCase());
      }),
      { numRuns: RUNS },
    );
  });

  it("TCVN3 of lower-case text and capitals without a tone gives back the text", () => {
    fc.assert(
      fc.property(sentence(), (text) => {
        const lower = text.toLowerCase().replace(/\b[ăâêôơưđ]/g, (ch) => ch.toUpperCase());
        expect(decodeLegacy(encodeLegacy(lower, "tcvn3"), "tcvn3")).toBe(lower);
      }),
      { numRuns: RUNS },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// looksLegacy

describe("looksLegacy", () => {
  it("flags the typical legacy strings", () => {
    expect(looksLegacy("Phã tr­ëng phßng")).toBe("tcvn3");
    expect(looksLegacy("Phoù tröôûng phoøng")).toBe("vni");
    expect(looksLegacy("Së Néi vô tØnh")).toBe("tcvn3");
    expect(looksLegacy("Tæ chøc")).toBe("tcvn3");
    expect(looksLegacy("Uû ban nh©n d©n")).toBe("tcvn3");
    expect(looksLegacy("NguyÔn ViÖt")).toBe("tcvn3");
    expect(looksLegacy("Ñaûng uûy")).toBe("vni");
    expect(looksLegacy("Giaùm ñoác")).toBe("vni");
    expect(looksLegacy("SÔÛ NOÄI VUÏ")).toBe("vni");
    expect(looksLegacy("TOÅNG COÄNG")).toBe("vni");
    expect(looksLegacy("Chuyeân vieân")).toBe("vni");
  });

  it.each([
    "",
    "STT",
    "Tổng cộng",
    "Phó phòng",
    "Phó Giám đốc",
    "Chánh Văn phòng",
    "PHÓ PHÒNG",
    "Hoà Bình",
    "Khánh Hoà",
    "HOÀ BÌNH",
    "Thuý Kiều",
    "Quý Hoá",
    "Tuân Xuân Thuê",
    "TUÂN XUÂN THUÊ",
    "Giá già giò gió",
    "GIÁ GIÀ GIÒ GIÓ",
    "Quá quà quê",
    "(1) (2) (3)=(1)+(2)",
    "12 345,67",
    "Staff list 2024 - Department of Home Affairs",
    "Müller",
    "Nguyễn Thị Zoë",
    "José Martínez",
    "François Dupont",
    "Søren Larsen",
    "Straße 5",
    "Björk",
    "© 2024",
    "Nguyễn Văn Ánh",
    "Café Hà Nội",
  ])("does not flag %p", (text) => {
    expect(looksLegacy(text)).toBeUndefined();
  });

  it("never flags random Vietnamese Unicode text, NFC or NFD", () => {
    fc.assert(
      fc.property(sentence(1, 12), (text) => {
        expect(looksLegacy(text)).toBeUndefined();
        expect(looksLegacy(text.normalize("NFD"))).toBeUndefined();
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it("never flags Vietnamese text with one foreign letter in it", () => {
    fc.assert(
      fc.property(
        sentence(1, 8),
        fc.constantFrom(..."äöüëïÿßçñøåæðþÄÖÜËÏÇÑØÅÆÐÞîûÎÛ"),
        fc.nat(),
        (text, letter, at) => {
          const i = at % (text.length + 1);
          expect(looksLegacy(text.slice(0, i) + letter + text.slice(i))).toBeUndefined();
        },
      ),
      { numRuns: RUNS * 3 },
    );
  });

  it("flags TCVN3 text when two words have a letter with a symbol code (ư, đ, ơ, ô, ê, â, ă, à, á…)", () => {
    fc.assert(
      fc.property(
        sentence(2, 10).filter((t) => strongWords(t, TCVN3_SYMBOL_LETTERS, "tcvn3") >= 2),
        (text) => {
          expect(looksLegacy(encodeLegacy(text, "tcvn3"))).toBe("tcvn3");
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("flags VNI text when two words have a letter VNI writes with a mark after its vowel", () => {
    fc.assert(
      fc.property(
        sentence(2, 10).filter((t) => strongWords(t, VNI_PLACED_LETTERS, "vni") >= 2),
        (text) => {
          expect(looksLegacy(encodeLegacy(text, "vni"))).toBe("vni");
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("flags encoded text of two or more words with diacritics, as the right encoding, most of the time", () => {
    // Some legacy words cannot be told from Unicode by their characters ("Phã bé" is TCVN3 for
    // "Phó bộ"; "soá" VNI for "số"): count how often a random phrase is flagged, and never wrongly.
    let flagged = 0;
    let total = 0;
    fc.assert(
      fc.property(
        sentence(2, 8).filter((t) => t.split(" ").filter((w) => /[^ -~]/.test(w)).length >= 2),
        fc.constantFrom("tcvn3" as const, "vni" as const),
        (text, encoding) => {
          const got = looksLegacy(encodeLegacy(text, encoding));
          total++;
          if (got === encoding) flagged++;
          if (got !== undefined && got !== encoding) {
            // The only confusions: TCVN3 "uû" (uỷ) is VNI "ủ"; TCVN3's æ ö î are VNI's ỉ ư ỵ.
            expect(encoding === "tcvn3" ? /[ûæöî]/i.test(encodeLegacy(text, encoding)) : true).toBe(true);
          }
        },
      ),
      // A fixed seed: the share is a property of the detector, not of the draw.
      { numRuns: RUNS * 2, seed: 20261204 },
    );
    expect(flagged / total).toBeGreaterThan(0.85);
  });
});
