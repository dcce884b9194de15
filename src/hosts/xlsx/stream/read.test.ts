// The streaming .xlsx reader's own edge cases, on hand-written packages: what Excel, LibreOffice
// and libraries write that ExcelJS-written test files never contain.
import { inflateRawSync } from "zlib";
import { readZip, writeZip } from "../../../../test/fixtures/zip";
import type { Grid, Result } from "../../../core/types";
import { openWorkbookBytes, type WorkbookSource } from "../open-bytes";
import { ByteXmlReader, CLOSE, decodeReferences, EOF, OPEN, XlsxCorrupt } from "./xml";
import { isDateFormat, NO_STRINGS, NO_STYLES } from "./parts";
import { readXlsx } from "./read";
import { readSheet, readSheetChunks, serialToDate } from "./sheet";
import type { InflateChunks } from "./zip";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface Package {
  sheets?: { name: string; xml: string }[];
  sharedStrings?: string;
  styles?: string;
  workbookPr?: string;
  /** Targets written absolute (/xl/...), as some writers do. */
  absolute?: boolean;
}

function xlsx(p: Package): Uint8Array {
  const sheets = p.sheets ?? [];
  const target = (i: number) =>
    p.absolute ? `/xl/worksheets/sheet${i + 1}.xml` : `worksheets/sheet${i + 1}.xml`;
  const rels = [
    ...sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${target(i)}"/>`),
    p.sharedStrings !== undefined
      ? `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
      : "",
    p.styles !== undefined ? `<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>` : "",
  ].join("");
  return writeZip([
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${NS} ${R_NS}>${p.workbookPr ?? ""}<sheets>${sheets
        .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join("")}</sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml })),
    ...(p.sharedStrings !== undefined ? [{ name: "xl/sharedStrings.xml", data: p.sharedStrings }] : []),
    ...(p.styles !== undefined ? [{ name: "xl/styles.xml", data: p.styles }] : []),
  ]);
}

const sheet = (data: string, tail = "") =>
  `<worksheet ${NS}><sheetData>${data}</sheetData>${tail}</worksheet>`;
const sst = (items: string) => `<sst ${NS}>${items}</sst>`;

/**
 * Opens the package as the browser does (each part inflated whole) and, for every case, also as the
 * CLI does (worksheets read as they inflate: readSheetChunks), in chunks of 1, 2, 7 and 61 bytes so
 * that every cut between tags and inside them is met: both must give the same.
 */
async function open(p: Package): Promise<Result<WorkbookSource>> {
  const bytes = xlsx(p);
  const whole = await openWorkbookBytes(bytes, "t.xlsx");
  for (const size of [1, 2, 7, 61]) {
    const chunked = await openWorkbookBytes(bytes, "t.xlsx", { inflateChunks: slices(size) });
    expect(contents(chunked)).toEqual(contents(whole));
  }
  return whole;
}

/** An inflater that gives the part in slices of `size` bytes. */
function slices(size: number): InflateChunks {
  return async function* (data) {
    const all = inflateRawSync(data);
    for (let i = 0; i < all.length; i += size) yield all.subarray(i, i + size);
  };
}

function contents(result: Result<WorkbookSource>): unknown {
  if (!result.ok) return result.issue;
  const { sheetNames, issues } = result.value;
  return { sheetNames, issues, grids: sheetNames.map((name) => result.value.grid(name)) };
}

async function grid(p: Package, name = "S"): Promise<Grid> {
  const result = await open(p);
  if (!result.ok) throw new Error(result.issue.code);
  const g = result.value.grid(name);
  if (!g) throw new Error(`no sheet ${name}`);
  return g;
}

async function code(p: Package): Promise<string> {
  const result = await open(p);
  return result.ok ? "ok" : result.issue.code;
}

describe("XML tokenizer", () => {
  it("decodes the five entities and numeric references, and nothing else", () => {
    expect(decodeReferences("a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;")).toBe(`a <b> & "c" 'd'`);
    expect(decodeReferences("&#7875;&#x1EC3;&#X41;".replace("&#X41;", "&#x41;"))).toBe("ểểA");
    expect(() => decodeReferences("&nbsp;")).toThrow(XlsxCorrupt);
    expect(() => decodeReferences("&#0;")).toThrow(XlsxCorrupt);
    expect(() => decodeReferences("&#xD800;")).toThrow(XlsxCorrupt);
    expect(() => decodeReferences("a & b")).toThrow(XlsxCorrupt);
  });

  const reader = (xml: string) => new ByteXmlReader(new TextEncoder().encode(xml));

  it("reads prefixed names by their local part, quoted '>' in attributes, CDATA and comments", () => {
    const r = reader(
      `<?xml version="1.0"?><!-- note --><x:c r="A1" x:t='s>1'><x:v><![CDATA[a<b]]>&amp;c</x:v></x:c>`,
    );
    expect(r.seek("c")).toBe(true);
    expect(r.attr("r")).toBe("A1");
    expect(r.attr("t")).toBe("s>1");
    expect(r.seek("v")).toBe(true);
    expect(r.text()).toBe("a<b&c");
  });

  it("refuses a DOCTYPE wherever it is", () => {
    expect(() => reader(`<a><!DOCTYPE x [<!ENTITY e "boom">]><b/></a>`).seek("b")).toThrow(XlsxCorrupt);
    expect(() => reader(`<a><!DOCTYPE x><b/></a>`).seek("b")).toThrow(XlsxCorrupt);
  });

  it("reads tags, attributes and text from a part's UTF-8 bytes, decoded as the text is", () => {
    const xml =
      `<?xml version="1.0"?><!-- ghi chú --><x:c r="A1" x:t='s>1' n="Phó\tTrưởng &amp; phòng">` +
      `<x:v><![CDATA[a<b]]>&amp;c Việt\r\nNam \uFEFFđ</x:v><e a = "x"/></x:c>`;
    const seen: unknown[] = [];
    const r = reader(xml);
    for (let kind = r.next(); kind !== EOF; kind = r.next()) {
      seen.push([kind, r.name, r.selfClosing, r.attr("r"), r.attr("t"), r.attr("n"), r.attr("a")]);
      if (kind === OPEN && r.is("v")) seen.push(r.text());
    }
    // What the string tokenizer read from the decoded text, before the two were made one.
    const u = undefined;
    expect(seen).toEqual([
      [OPEN, "c", false, "A1", "s>1", "Phó Trưởng & phòng", u],
      [OPEN, "v", false, u, u, u, u],
      "a<b&c Việt\nNam \uFEFFđ",
      [CLOSE, "v", false, u, u, u, u],
      [OPEN, "e", true, u, u, u, "x"],
      [CLOSE, "c", false, u, u, u, u],
    ]);
  });
});

describe("streaming reader: values", () => {
  it("shared strings: plain, rich runs, phonetic guides left out, xml:space, _x000D_ escapes", async () => {
    const g = await grid({
      sheets: [
        {
          name: "S",
          xml: sheet(
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>',
          ),
        },
      ],
      sharedStrings: sst(
        "<si><t>Phòng Tổng hợp</t></si>" +
          '<si><r><rPr><b/><rFont val="Times New Roman"/></rPr><t xml:space="preserve">Phòng </t></r><r><t>Tổ chức</t></r></si>' +
          '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' +
          '<si><t xml:space="preserve">  Dòng 1_x000D_\nDòng 2  </t></si>',
      ),
    });
    expect(g.cells).toEqual([["Phòng Tổng hợp", "Phòng Tổ chức", "東京", "  Dòng 1\r\nDòng 2  "]]);
  });

  it("inline strings, plain and rich; str, booleans, errors, ISO dates; formulas by their cached result", async () => {
    const g = await grid({
      sheets: [
        {
          name: "S",
          xml: sheet(
            '<row r="1"><c r="A1" t="inlineStr"><is><t>Văn phòng</t></is></c>' +
              '<c r="B1" t="inlineStr"><is><r><t>Sở </t></r><r><rPr><rFont val="Arial"/></rPr><t>Nội vụ</t></r></is></c>' +
              '<c r="C1" t="str"><f>A1&amp;""</f><v>Văn phòng &amp; Sở</v></c>' +
              '<c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#N/A</v></c></row>' +
              '<row r="2"><c r="A2"><f>1+1</f><v>2</v></c><c r="B2" t="str"><f>""</f><v></v></c>' +
              '<c r="C2"><f>X1</f></c><c r="D2" t="d"><v>2026-02-05T00:00:00Z</v></c>' +
              '<c r="E2" t="b"><f>TRUE()</f><v>0</v></c></row>',
          ),
        },
      ],
    });
    expect(g.cells).toEqual([
      ["Văn phòng", "Sở Nội vụ", "Văn phòng & Sở", true, { error: "#N/A" }],
      [2, null, null, new Date(Date.UTC(2026, 1, 5)), false],
    ]);
    // Every text a cell holds is listed (the reader's legacy check trusts the list).
    for (const text of g.cells.flat().filter((v) => typeof v === "string")) expect(g.texts).toContain(text);
  });

  it("cells and rows without r: each follows the one before", async () => {
    const g = await grid({
      sheets: [
        {
          name: "S",
          xml: sheet(
            '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>',
          ),
        },
      ],
    });
    expect(g.cells).toEqual([
      ["a", 1, null, null],
      [null, null, 3, 4],
    ]);
  });

  it("cells written otherwise than Excel does: prefixed, single quotes, other spacing, '>' in a value", async () => {
    const g = await grid({
      sheets: [
        {
          name: "S",
          xml: sheet(
            `<row r="1"><x:c r="A1" t="inlineStr"><is><t>a</t></is></x:c><c r='B1'><v>2</v></c>` +
              `<c  r="C1"\n s = "0"><v>3</v></c><c r="D1" >\n<v>4</v>\n</c><c r="E1" z="a>b"><v>5</v></c>` +
              `<c r="F1"/><c r="G1" t="str"><f>A1</f><v>g</v></c><!-- c --><c r="H1"><v>8</v></c></row>`,
          ),
        },
      ],
    });
    expect(g.cells).toEqual([["a", 2, 3, 4, 5, null, "g", 8]]);
  });

  it("dates by the cell's number format (built-in and custom), in the 1900 and 1904 systems", async () => {
    const styles =
      `<styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0&quot; người&quot;"/></numFmts>` +
      '<fonts count="1"><font><name val="Times New Roman"/></font></fonts>' +
      '<cellXfs count="5"><xf numFmtId="14" fontId="0"/><xf numFmtId="14" fontId="0"/><xf numFmtId="164" fontId="0"/><xf numFmtId="165" fontId="0"/><xf numFmtId="3" fontId="0"/></cellXfs></styleSheet>';
    const data =
      '<row r="1"><c r="A1" s="1"><v>46058</v></c><c r="B1" s="2"><v>46058.5</v></c><c r="C1" s="3"><v>46058</v></c><c r="D1" s="4"><v>46058</v></c><c r="E1"><v>46058</v></c></row>';
    const g1900 = await grid({ sheets: [{ name: "S", xml: sheet(data) }], styles });
    expect(g1900.cells).toEqual([
      [new Date(Date.UTC(2026, 1, 5)), new Date(Date.UTC(2026, 1, 5, 12)), 46058, 46058, 46058],
    ]);
    const g1904 = await grid({
      sheets: [{ name: "S", xml: sheet(data) }],
      styles,
      workbookPr: '<workbookPr date1904="1"/>',
    });
    expect(g1904.cells[0]?.[0]).toEqual(new Date(Date.UTC(2030, 1, 6)));
    expect(serialToDate(0, true)).toEqual(new Date(Date.UTC(1904, 0, 1)));
    expect(isDateFormat('[Red]#,##0;"ngày"')).toBe(false);
    expect(isDateFormat("[$-42A]d mmmm yyyy")).toBe(true);
  });

  it("merges: covered cells empty and not widening the grid; merges sorted; absolute targets", async () => {
    const g = await grid({
      absolute: true,
      sheets: [
        {
          name: "S",
          xml: sheet(
            '<row r="1"><c r="A1" t="inlineStr"><is><t>Tiêu đề</t></is></c><c r="D1" t="inlineStr"><is><t>stray</t></is></c></row>' +
              '<row r="3"><c r="A3"><v>1</v></c><c r="B3"><v>2</v></c></row>',
            '<mergeCells count="2"><mergeCell ref="B3:B4"/><mergeCell ref="A1:D2"/></mergeCells>',
          ),
        },
      ],
    });
    expect(g.cells).toEqual([
      ["Tiêu đề", null],
      [null, null],
      [1, 2],
    ]);
    expect(g.merges).toEqual([
      { top: 1, left: 1, bottom: 2, right: 4 },
      { top: 3, left: 2, bottom: 4, right: 2 },
    ]);
  });

  it("sheet names as the file has them, entities decoded; hidden rows read like any other", async () => {
    const result = await open({
      sheets: [
        { name: "Biểu &apos;số 1&apos;", xml: sheet('<row r="1" hidden="1"><c r="A1"><v>5</v></c></row>') },
        { name: "History", xml: sheet("") },
      ],
    });
    if (!result.ok) throw new Error(result.issue.code);
    expect(result.value.sheetNames).toEqual(["Biểu 'số 1'", "History"]);
    expect(result.value.grid("Biểu 'số 1'")?.cells).toEqual([[5]]);
    expect(result.value.grid("History")?.cells).toEqual([]);
    // The reader records hidden rows (Grid has no field for them yet).
    const sheets = readXlsx(
      xlsx({
        sheets: [{ name: "S", xml: sheet('<row r="2" hidden="1"/><row r="3"/><row hidden="true"/>') }],
      }),
    );
    expect(sheets[0]?.hiddenRows).toEqual([2, 4]);
  });
});

describe("streaming reader: encodings", () => {
  it("parts in UTF-16 (either byte order, as a BOM says) or with a UTF-8 BOM read as in UTF-8", () => {
    const utf16 = (s: string, le: boolean): Uint8Array => {
      const b = new Uint8Array(2 + 2 * s.length);
      b.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        b[2 + 2 * i + (le ? 0 : 1)] = c & 0xff;
        b[2 + 2 * i + (le ? 1 : 0)] = c >> 8;
      }
      return b;
    };
    const utf8Bom = (s: string): Uint8Array =>
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(s)]);
    const parts = readZip(
      xlsx({
        sheets: [
          {
            name: "Biểu &amp; số 1",
            xml: sheet(
              '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Sở Nội vụ</t></is></c></row>',
            ),
          },
        ],
        sharedStrings: sst("<si><t>Phòng \uFEFFTổng hợp</t></si>"),
      }),
    );
    for (const encode of [(s: string) => utf16(s, true), (s: string) => utf16(s, false), utf8Bom]) {
      const recoded = [...parts].map(([name, data]) => ({
        name,
        data: encode(new TextDecoder().decode(data)),
      }));
      const sheets = readXlsx(writeZip(recoded));
      expect(sheets.map((s) => s.name)).toEqual(["Biểu & số 1"]);
      expect(sheets[0]?.grid.cells).toEqual([["Phòng \uFEFFTổng hợp", "Sở Nội vụ"]]);
    }
  });
});

describe("streaming reader: refusals", () => {
  const one = (xml: string, sharedStrings?: string): Package => ({
    sheets: [{ name: "S", xml }],
    ...(sharedStrings !== undefined ? { sharedStrings } : {}),
  });

  it("a shared-string index out of range, or not a number, is a corrupt file", async () => {
    expect(
      await code(one(sheet('<row r="1"><c r="A1" t="s"><v>1</v></c></row>'), sst("<si><t>a</t></si>"))),
    ).toBe("file-corrupt");
    expect(
      await code(one(sheet('<row r="1"><c r="A1" t="s"><v>x</v></c></row>'), sst("<si><t>a</t></si>"))),
    ).toBe("file-corrupt");
  });

  it("a DOCTYPE (entity expansion) in any part is refused", async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>`;
    expect(
      await code(one(bomb + sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row>'))),
    ).toBe("file-corrupt");
    expect(
      await code(
        one(sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), bomb + sst("<si><t>a</t></si>")),
      ),
    ).toBe("file-corrupt");
  });

  it("an undefined entity, an unclosed sheet, no worksheet at all", async () => {
    expect(
      await code(one(sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>'))),
    ).toBe("file-corrupt");
    expect(await code(one(`<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v>`))).toBe("file-corrupt");
    expect(await code({ sheets: [] })).toBe("file-corrupt");
  });
});

describe("a worksheet read as it inflates (readSheetChunks)", () => {
  const ctx = { strings: NO_STRINGS, styles: NO_STYLES, date1904: false };
  const utf8 = (text: string) => new TextEncoder().encode(text);
  async function* inSlices(bytes: Uint8Array, size: number) {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  }
  const rows =
    '<row r="1" spans="1:3"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><r><t>Nguyễn </t></r><r><t>An</t></r></is></c></row>' +
    '<row r="3" hidden="1"/>\n  <row\n r="4"><c r="C4" t="str"><f>A1</f><v>x &amp; y</v></c><c r="D4" t="b"><v>1</v></c></row>' +
    '<row r="6"><c r="A6" t="e"><v>#N/A</v></c><c r="B6"><v>2.5E-3</v></c></row>';
  const merges = '<mergeCells count="1"><mergeCell ref="A4:B4"/></mergeCells>';
  // Each case as a whole part (without a BOM, as readSheet takes it) and as it comes from the zip.
  const cases: Record<string, [string, string]> = {
    rows: [sheet(rows, merges), sheet(rows, merges)],
    "a UTF-8 BOM": [sheet(rows), `\ufeff${sheet(rows)}`],
    "a declaration and columns first": [
      `<?xml version="1.0"?><worksheet ${NS}><cols><col min="1" max="2" width="9"/></cols><sheetData>${rows}</sheetData></worksheet>`,
      `<?xml version="1.0"?><worksheet ${NS}><cols><col min="1" max="2" width="9"/></cols><sheetData>${rows}</sheetData></worksheet>`,
    ],
    "no rows": [
      `<worksheet ${NS}><sheetData/>${merges}</worksheet>`,
      `<worksheet ${NS}><sheetData/>${merges}</worksheet>`,
    ],
    "prefixed names": [
      `<x:worksheet xmlns:x="${NS.slice(7, -1)}"><x:sheetData><x:row r="2"><x:c r="B2"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      `<x:worksheet xmlns:x="${NS.slice(7, -1)}"><x:sheetData><x:row r="2"><x:c r="B2"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    ],
  };

  for (const [name, [whole, part]] of Object.entries(cases)) {
    it(`reads ${name} in stretches, as the whole part reads`, async () => {
      const expected = readSheet(utf8(whole), "S", ctx);
      for (const size of [1, 3, 16, 200, 1 << 20]) {
        const bytes = utf8(part);
        const read = await readSheetChunks(inSlices(bytes, size), "S", ctx, bytes.length);
        expect(read).toEqual(expected);
      }
    });
  }

  it("leaves to the whole read what it cannot cut: a <row in a comment, UTF-16, broken XML", async () => {
    const commented = utf8(sheet(`${rows}<!-- <row r="9"><c r="A9"><v>9</v></c></row> -->`));
    const expected = readSheet(commented, "S", ctx);
    for (const size of [1, 5, 64]) {
      const read = await readSheetChunks(inSlices(commented, size), "S", ctx, commented.length);
      // Either read right in stretches or handed back (undefined), never a different grid.
      if (read !== undefined) expect(read).toEqual(expected);
    }
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(sheet(rows), "utf16le"))]);
    expect(await readSheetChunks(inSlices(utf16, 64), "S", ctx, utf16.length)).toBeUndefined();
    const broken = utf8(`<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v>`);
    expect(await readSheetChunks(inSlices(broken, 8), "S", ctx, broken.length)).toBeUndefined();
  });
});
