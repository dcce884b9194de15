import fc from "fast-check";
import { csvToCells, decodeText, detectSeparator, parseRecords, type Separator } from "./csv";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("decodeText", () => {
  it("drops a UTF-8 BOM and keeps Vietnamese text", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Tên đơn vị;Biên chế")]);
    expect(decodeText(bytes)).toBe("Tên đơn vị;Biên chế");
  });

  it("reads UTF-8 without BOM", () => {
    expect(decodeText(utf8("Phòng Tổng hợp"))).toBe("Phòng Tổng hợp");
  });

  it("reads Excel's UTF-16 'Unicode Text' (BOM FF FE)", () => {
    const text = "STT\tTên đơn vị\n1\tPhòng Lưu trữ";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(decodeText(bytes)).toBe(text);
  });

  it("falls back to windows-1258 for invalid UTF-8 (old Vietnamese Windows exports)", () => {
    // "Phòng" in windows-1258: P h o + 0xCC (combining grave) n g
    const bytes = new Uint8Array([0x50, 0x68, 0x6f, 0xcc, 0x6e, 0x67]);
    expect(decodeText(bytes).normalize("NFC")).toBe("Phòng");
  });
});

describe("parseRecords", () => {
  it("follows RFC 4180: quotes, doubled quotes, separators and line breaks inside quotes, CRLF", () => {
    const text = 'a,"b,c","say ""hi"""\r\n"line1\nline2",,x\r\n';
    expect(parseRecords(text, ",")).toEqual([
      ["a", "b,c", 'say "hi"'],
      ["line1\nline2", "", "x"],
    ]);
  });

  it("treats a quote inside an unquoted field as a character and survives an unterminated quote", () => {
    expect(parseRecords('5" disk,"open', ",")).toEqual([['5" disk', "open"]]);
  });

  it("keeps a trailing empty field", () => {
    expect(parseRecords("a,\n", ",")).toEqual([["a", ""]]);
  });
});

describe("detectSeparator", () => {
  it("finds semicolons even when fields contain decimal commas", () => {
    expect(detectSeparator("Tên;Tỷ lệ\nPhòng A;12,65\nPhòng B;9,62\n")).toBe(";");
  });

  it("ignores separators inside quotes", () => {
    expect(detectSeparator('"Phòng Tổ chức; Hành chính",8\n"Phòng Quản trị; Tài vụ",8\n')).toBe(",");
  });

  it("finds tabs", () => {
    expect(detectSeparator("STT\tTên\tTổng số\n1\tPhòng A\t12\n")).toBe("\t");
  });

  it("defaults to comma for a single column", () => {
    expect(detectSeparator("Phòng A\nPhòng B\n")).toBe(",");
  });
});

describe("csvToCells", () => {
  it("pads ragged rows with null, keeps numbers as text, drops trailing blank lines", () => {
    const { cells, separator } = csvToCells("TỈNH ỦY;;;\nSTT;Tên;Tổng số\n1;Phòng A; 12 \n\n\n");
    expect(separator).toBe(";");
    expect(cells).toEqual([
      ["TỈNH ỦY", null, null],
      ["STT", "Tên", "Tổng số"],
      ["1", "Phòng A", " 12 "],
    ]);
  });

  it("honours Excel's sep= first line and drops it", () => {
    const { cells, separator } = csvToCells("sep=;\r\na,b;c\r\n");
    expect(separator).toBe(";");
    expect(cells).toEqual([["a,b", "c"]]);
  });

  it("cuts a block larger than the limits and says so", () => {
    const text = Array.from({ length: 10 }, () => "a,b,c,d").join("\n");
    const out = csvToCells(text, 12, 3);
    expect(out.truncated).toEqual({ rows: 4, cols: 3 });
    expect(out.cells).toHaveLength(4);
    expect(out.cells[0]).toEqual(["a", "b", "c"]);
  });

  it("round-trips any table written with RFC 4180 quoting (property)", () => {
    const field = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom("Phòng Tổng hợp", "a,b", "x;y", 'q"q', "line\nbreak", " 12 ", "3\u00a0"),
    );
    const table = fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(table, fc.constantFrom<Separator>(",", ";", "\t"), (rows, sep) => {
        // Every row ends with a non-empty field so that the width is fixed at 3.
        const fixed = rows.map((r) => [...r.slice(0, 2), `${r[2] ?? ""}z`]);
        const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const text = fixed.map((r) => r.map(quote).join(sep)).join("\r\n");
        const { cells } = csvToCells(text);
        expect(cells).toEqual(fixed.map((r) => r.map((s) => (s === "" ? null : s))));
      }),
      { numRuns: 200 },
    );
  });
});
