// Fuzz: random ReportDoc content into the .xlsx writer, written and read back. Nothing throws;
// every text cell comes back as the same safe text, stored as a string, never with a formula.
import fc from "fast-check";
import { reportWorkbook } from "../../src/hosts/xlsx/report";
import { safeText } from "../../src/hosts/xlsx/text";
import { readZip } from "../fixtures/zip";
import { params, timeout } from "./arbitraries";
import { covered, docs, textCells } from "./docs";

/** Attributes and body of every <c> element of a sheet's XML, by address. */
function xmlCells(xml: string): Map<string, { attrs: string; body: string }> {
  const out = new Map<string, { attrs: string; body: string }>();
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = m[1] ?? "";
    const ref = /\br="([A-Z]+\d+)"/.exec(attrs)?.[1];
    if (ref) out.set(ref, { attrs, body: m[2] ?? "" });
  }
  return out;
}

/** XML text as a reader sees it: entities, then Excel's "_xHHHH_" character escapes. */
function xmlText(raw: string): string {
  return raw
    .replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) => {
      const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
      if (named[e]) return named[e] as string;
      return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The shared strings of a workbook, in order (plain <t> or rich-text runs). */
function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) =>
    [...(si[1] ?? "").matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t\/>/g)]
      .map((t) => xmlText(t[1] ?? ""))
      .join(""),
  );
}

describe("the .xlsx report writer on random docs", () => {
  it("keeps text that looks like Excel's _xHHHH_ escapes (found by this fuzz)", async () => {
    const texts = ["a_x0041_b", "_x003D_1+1", "x_x000d_y", "=1+1", "\u007fDEL"];
    const doc = {
      template: "x",
      style: "state" as const,
      styles: {},
      notes: [],
      sheets: [
        {
          name: "S",
          cells: texts.map((text, i) => ({ row: i + 1, col: 1, content: { kind: "text" as const, text } })),
          merges: [],
          columnWidths: [],
          rowHeights: [],
          validations: [],
          page: {
            paper: "A4" as const,
            orientation: "portrait" as const,
            margins: { top: 20, bottom: 20, left: 30, right: 15 },
            fitToWidth: false,
            pageNumbers: false,
          },
          freezeRows: 0,
          parts: [],
        },
      ],
    };
    const zip = readZip(new Uint8Array(await reportWorkbook(doc).workbook.xlsx.writeBuffer()));
    const strings = sharedStrings(
      Buffer.from(zip.get("xl/sharedStrings.xml") as Uint8Array).toString("utf8"),
    );
    expect(strings).toEqual(["a_x0041_b", "_x003D_1+1", "x_x000d_y", "=1+1", "DEL"]);
  });

  it(
    "writes text as the same safe text, as a string and never as a formula",
    async () => {
      await fc.assert(
        fc.asyncProperty(docs, async (doc) => {
          const { workbook, sheetNames } = reportWorkbook(doc);
          expect(sheetNames).toHaveLength(doc.sheets.length);
          const zip = readZip(new Uint8Array(await workbook.xlsx.writeBuffer()));
          const text = (name: string) => {
            const data = zip.get(name);
            return data === undefined ? undefined : Buffer.from(data).toString("utf8");
          };
          const strings = sharedStrings(text("xl/sharedStrings.xml"));
          doc.sheets.forEach((sheet, i) => {
            const cells = xmlCells(text(`xl/worksheets/sheet${i + 1}.xml`) ?? "");
            const skip = covered(sheet);
            for (const [address, written] of textCells(sheet)) {
              const fail = (what: string) => {
                throw new Error(`${address} (${JSON.stringify(written)}): ${what}`);
              };
              const c = cells.get(address);
              // Never a formula: no <f>; a value only as a shared or inline string.
              if (c && /<f[\s>/]/.test(c.body)) fail(`written as a formula: ${c.body}`);
              const v = c && /<v>([\s\S]*?)<\/v>/.exec(c.body)?.[1];
              const inline = c && /<is>([\s\S]*?)<\/is>/.exec(c.body)?.[1];
              let got = "";
              if (v !== undefined && v !== null) {
                if (!/\bt="s"/.test(c?.attrs ?? "")) fail(`stored as another type: <c${c?.attrs}>`);
                got = strings[Number(v)] ?? fail(`no shared string ${v}`);
              } else if (inline !== undefined && inline !== null) {
                got = sharedStrings(`<si>${inline}</si>`)[0] ?? "";
              }
              if (skip.has(address)) continue; // a merge keeps its top-left cell's value only
              const safe = safeText(written);
              if (got !== safe) fail(`read back ${JSON.stringify(got)}, expected ${JSON.stringify(safe)}`);
            }
          });
        }),
        params(),
      );
    },
    timeout(15),
  );
});
