import { keepTogetherBreaks } from "./pages";
import type { ReportCell, ReportPart, ReportSheet } from "./types";

/** A4 portrait between 20 mm margins: 257 mm = 728.5 pt; one 60-character column prints unscaled. */
const PAGE_PT = (257 * 72) / 25.4;

function sheet(
  rows: number,
  parts: ReportPart[],
  extra: Partial<ReportSheet> = {},
  heading?: number,
): ReportSheet {
  const cells: ReportCell[] = Array.from({ length: rows }, (_, i) => ({
    row: i + 1,
    col: 1,
    content: { kind: "text", text: `dòng ${i + 1}` },
    ...(i + 1 === heading ? { style: "heading" } : {}),
  }));
  return {
    name: "Báo cáo",
    cells,
    merges: [],
    columnWidths: [60],
    rowHeights: Array.from({ length: rows }, (_, i) => ({ row: i + 1, height: 20 })),
    validations: [],
    page: {
      paper: "A4",
      orientation: "portrait",
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      fitToWidth: true,
      pageNumbers: true,
    },
    freezeRows: 0,
    parts,
    ...extra,
  };
}

/** Rows of 20 pt on a page: 36 (720 pt). */
const PER_PAGE = Math.floor(PAGE_PT / 20);

describe("keepTogetherBreaks", () => {
  it("adds nothing when everything fits", () => {
    const s = sheet(20, [
      { kind: "layout", top: 1, bottom: 4 },
      { kind: "text", top: 5, bottom: 14 },
      { kind: "layout", top: 15, bottom: 20 },
    ]);
    expect(keepTogetherBreaks(s)).toEqual([]);
  });

  it("moves the last paragraph to the next page with a signature that would be split", () => {
    const top = PER_PAGE - 2; // the signature's first rows on page 1, the rest on page 2
    const s = sheet(top + 6, [
      { kind: "layout", top: 1, bottom: 4 },
      { kind: "text", top: 5, bottom: top - 1 },
      { kind: "layout", top, bottom: top + 6 },
    ]);
    expect(keepTogetherBreaks(s)).toEqual([top - 1]);
  });

  it("moves a signature that would start a page alone back with the paragraph before it", () => {
    const top = PER_PAGE + 1; // the signature starts page 2, its paragraph ends page 1
    const s = sheet(top + 5, [
      { kind: "layout", top: 1, bottom: 4 },
      { kind: "text", top: 5, bottom: top - 1 },
      { kind: "layout", top, bottom: top + 5 },
    ]);
    expect(keepTogetherBreaks(s)).toEqual([top - 1]);
  });

  it("keeps a table's heading, header and first row together", () => {
    const heading = PER_PAGE - 1;
    const s = sheet(
      heading + 10,
      [
        { kind: "text", top: 1, bottom: heading },
        { kind: "table", top: heading + 1, bottom: heading + 10, header: [heading + 1, heading + 1] },
      ],
      {},
      heading,
    );
    expect(keepTogetherBreaks(s)).toEqual([heading]);
  });

  it("keeps a heading with the line under it", () => {
    const heading = PER_PAGE;
    const s = sheet(heading + 5, [{ kind: "text", top: 1, bottom: heading + 5 }], {}, heading);
    expect(keepTogetherBreaks(s)).toEqual([heading]);
  });

  it("moves nothing that could not fit one page anyway", () => {
    const s = sheet(PER_PAGE * 2, [
      { kind: "layout", top: 1, bottom: 2 },
      { kind: "text", top: 3, bottom: 4 },
      { kind: "layout", top: 5, bottom: PER_PAGE * 2 },
    ]);
    expect(keepTogetherBreaks(s)).toEqual([]);
  });

  it("counts the print titles on every page after the first, and the scale of a wide sheet", () => {
    // Page 2 holds fewer rows when the title rows repeat on it: the signature no longer fits.
    const top = 2 * PER_PAGE - 1;
    const parts: ReportPart[] = [
      { kind: "layout", top: 1, bottom: 2 },
      { kind: "table", top: 3, bottom: top - 2, header: [3, 4] },
      { kind: "text", top: top - 1, bottom: top - 1 },
      { kind: "layout", top, bottom: top + 1 },
    ];
    const plain = sheet(top + 1, parts);
    const titled = sheet(top + 1, parts, {
      page: { ...plain.page, printTitleRows: [3, 4] },
    });
    expect(keepTogetherBreaks(plain)).toEqual([]);
    expect(keepTogetherBreaks(titled)).toEqual([top - 1]);
    // Twice as wide as the page: printed at half size, so everything fits on one page.
    const wide = sheet(top + 1, parts, { columnWidths: [60, 60, 60] });
    expect(keepTogetherBreaks({ ...wide, page: { ...wide.page, printTitleRows: [3, 4] } })).toEqual([]);
  });
});
