import { formatPercent } from "../core/format";
import type { Analysis } from "../core/types";
import { defaultDetails } from "./details";
import {
  checkAnalysis,
  communeAnalysis,
  compareAnalysis,
  DETAILS,
  planAnalysis,
  REPORT_DATE,
} from "./fixtures";
import { deputyReview, mergeReport, type ReportDoc } from ".";
import {
  assessment,
  excessSentence,
  countText,
  openingParagraph,
  resultsSentence,
  RULE_SET_BASIS,
  ruleSetsUsed,
} from "./narrative";

const texts = (doc: ReportDoc): string[] =>
  (doc.sheets[0]?.cells ?? []).flatMap((c) => (c.content.kind === "text" ? [c.content.text] : []));

describe("the report's narrative", () => {
  it("writes counts as official text does", () => {
    expect([0, 2, 9, 10, 52, 1250].map(countText)).toEqual(["00", "02", "09", "10", "52", "1.250"]);
  });

  it("states each result with its figure, its direction and its rate", () => {
    const analysis = compareAnalysis();
    const sentence = resultsSentence(analysis) ?? "";
    for (const key of ["units", "heads", "deputies", "staff"] as const) {
      const { after, cut, rate } = analysis.summary[key];
      expect(sentence).toContain(countText(after ?? -1));
      if (cut !== null && cut !== 0) {
        const direction = cut > 0 ? "giảm" : "tăng";
        expect(sentence).toContain(`${direction} ${countText(Math.abs(cut))}`);
        expect(sentence).toContain(`(${formatPercent(Math.abs(rate ?? 0), 2, "vi")})`);
      }
    }
    expect(sentence).toMatch(/^Sau sắp xếp có \d+ đầu mối, /);
    expect(resultsSentence(planAnalysis())).toMatch(/^Theo phương án, sau sắp xếp có/);
    // A review: the units, those over their cap with the excess, those with a warning.
    const check = checkAnalysis();
    const over = check.units.filter((u) => u.excess > 0);
    const excess = over.reduce((s, u) => s + u.excess, 0);
    const flagged = check.units.filter((u) => u.flags.length > 0).length;
    expect(resultsSentence(check)).toBe(
      `Đã rà soát ${countText(check.units.length)} đơn vị; ${countText(over.length)} đơn vị có số cấp phó vượt định mức, tổng số cấp phó dôi dư là ${countText(excess)} người; ${countText(flagged)} đơn vị có cảnh báo.`,
    );
  });

  it("says tăng for a rise and không thay đổi for no change, never a negative cut", () => {
    const base = compareAnalysis();
    const analysis: Analysis = {
      ...base,
      summary: {
        units: { before: 7, after: 5, cut: 2, rate: 2 / 7 },
        heads: { before: 7, after: 7, cut: 0, rate: 0 },
        deputies: { before: 16, after: 17, cut: -1, rate: -1 / 16 },
        staff: { before: 52, after: 52, cut: 0, rate: 0 },
      },
    };
    expect(resultsSentence(analysis)).toBe(
      "Sau sắp xếp có 05 đầu mối, giảm 02 đầu mối (28,57%); 07 cấp trưởng, không thay đổi; 17 cấp phó, tăng 01 cấp phó (6,25%); 52 biên chế, không thay đổi so với trước sắp xếp.",
    );
  });

  it("bases the report on the documents the user names and the rules it applied, each once", () => {
    const analysis = compareAnalysis();
    const used = ruleSetsUsed(analysis);
    expect(used.length).toBeGreaterThan(0);
    for (const u of analysis.units) if (u.capInfo?.ruleSet) expect(used).toContain(u.capInfo.ruleSet);
    const plan = "Kế hoạch số 12-KH/TU ngày 10 tháng 3 năm 2025 của Ban Thường vụ Tỉnh ủy";
    const text = openingParagraph(
      analysis,
      { ...DETAILS.party, basis: [plan, `${plan};`] },
      "báo cáo như sau",
    );
    expect(text.startsWith(`Căn cứ ${plan}; `)).toBe(true);
    expect(text.split(plan)).toHaveLength(2);
    for (const id of used) expect(text).toContain(RULE_SET_BASIS[id]);
    expect(text.endsWith("như sau:")).toBe(true);
    // No document at all: the sentence starts with "Thực hiện".
    expect(openingParagraph(undefined, defaultDetails("state", REPORT_DATE), "báo cáo")).toMatch(
      /^Thực hiện chủ trương/,
    );
  });

  it("cites KL 187 only where its deadline or its 50 % principle was applied", () => {
    const analysis = compareAnalysis();
    const clean: Analysis = {
      ...analysis,
      units: analysis.units.map((u) => ({
        ...u,
        excess: 0,
        flags: u.flags.filter((f) => f !== "deputies-over-half-quota"),
      })),
      pools: [],
    };
    expect(ruleSetsUsed(clean)).not.toContain("KL187_2025");
    const [first, ...rest] = clean.units;
    const over: Analysis = { ...clean, units: [{ ...first!, excess: 1 }, ...rest] };
    expect(ruleSetsUsed(over)).toContain("KL187_2025");
  });

  it("names each unit that needs attention with its reasons; the excess has its own sentence with its deadline", () => {
    const analysis = planAnalysis();
    const lines = assessment(analysis);
    const flagged = analysis.units.filter((u) => u.flags.length > 0);
    expect(flagged.length).toBeGreaterThan(0);
    for (const u of flagged) expect(lines[0]).toContain(u.name);
    expect(lines[0]).toContain(`còn ${countText(flagged.length)} đơn vị`);
    expect(lines.join(" ")).not.toContain("dôi dư");
    const excess = analysis.units.reduce((s, u) => s + u.excess, 0);
    const over = analysis.units.filter((u) => u.excess > 0).length;
    expect(excess).toBeGreaterThan(0);
    const sentence = excessSentence(analysis, "Phụ lục II");
    expect(sentence).toMatch(
      new RegExp(
        `^Có ${countText(over)} đơn vị có số cấp phó vượt định mức, tổng số cấp phó dôi dư là ${countText(excess)} người, ` +
          "phải giải quyết chậm nhất đến ngày \\d\\d tháng \\d\\d năm \\d{4}; chi tiết tại Phụ lục II kèm theo Báo cáo này\\.$",
      ),
    );
    const fine: Analysis = {
      ...analysis,
      units: analysis.units.map((u) => ({ ...u, flags: [], excess: 0 })),
    };
    expect(assessment(fine)).toEqual([
      "Sau sắp xếp, các đơn vị đều bảo đảm định mức cấp phó và số lượng biên chế tối thiểu theo quy định.",
    ]);
    expect(excessSentence(fine, "Phụ lục II")).toBe("Không có đơn vị nào có số cấp phó vượt định mức.");
  });

  it("names a commune's pooled units over their common cap, never calls them within it", () => {
    const analysis = communeAnalysis();
    const pooled = analysis.pools.reduce((s, p) => s + p.excess, 0);
    expect(pooled).toBeGreaterThan(0);
    const text = assessment(analysis).join(" ");
    expect(excessSentence(analysis, "Phụ lục II")).toContain(`là ${countText(pooled)} người`);
    expect(text).not.toContain("đều bảo đảm");
    const pool = analysis.pools[0]!;
    expect(text).toContain(
      `có ${countText(pool.deputies)} cấp phó, vượt định mức chung ${countText(pool.cap)}`,
    );
    for (const name of pool.units) expect(text).toContain(name);
  });
});

describe("the narrative in the reports", () => {
  it("puts căn cứ, results, assessment and dotted proposal lines in the merger report, in that order", () => {
    const doc = mergeReport(compareAnalysis(), DETAILS.state);
    const all = texts(doc);
    const at = (pred: (t: string) => boolean) => all.findIndex(pred);
    const basis = at((t) => t.startsWith("Căn cứ "));
    const results = at((t) => t.startsWith("Sau sắp xếp có"));
    const review = at((t) => /ĐÁNH GIÁ$/.test(t));
    const proposals = at((t) => /KIẾN NGHỊ, ĐỀ XUẤT$/.test(t));
    expect(basis).toBeGreaterThan(-1);
    expect([basis, results, review, proposals]).toEqual(
      [...[basis, results, review, proposals]].sort((a, b) => a - b),
    );
    expect(new Set([basis, results, review, proposals]).size).toBe(4);
    const dotted = all.filter((t) => /^…+$/.test(t));
    expect(dotted).toHaveLength(3);
    // Each dotted line fits one printed line: its row is one line high.
    const sheet = doc.sheets[0]!;
    for (const cell of sheet.cells.filter((c) => c.content.kind === "text" && /^…+$/.test(c.content.text))) {
      const height = sheet.rowHeights.find((h) => h.row === cell.row)?.height;
      expect(height === undefined || height < 25).toBe(true);
    }
  });

  it("puts the assessment in the deputy review", () => {
    const doc = deputyReview(checkAnalysis(), DETAILS.party);
    expect(
      texts(doc).some((t) => t.startsWith("Qua rà soát, có") || t.startsWith("Các đơn vị được rà soát")),
    ).toBe(true);
  });

  it("prints Kính gửi and Như trên only for named addressees, and dotted lines for an unnamed signer", () => {
    const plain = texts(mergeReport(compareAnalysis(), defaultDetails("state", REPORT_DATE)));
    expect(plain.some((t) => t.startsWith("Kính gửi"))).toBe(false);
    expect(plain.some((t) => t.includes("Như trên"))).toBe(false);
    expect(plain).not.toContain("THỦ TRƯỞNG CƠ QUAN");
    expect(plain.filter((t) => t === "……………").length).toBeGreaterThanOrEqual(2);

    const one = texts(mergeReport(compareAnalysis(), { ...DETAILS.state, addressees: ["Sở Nội vụ"] }));
    expect(one).toContain("Kính gửi: Sở Nội vụ.");
    expect(one).toContain("- Như trên;");
    const two = texts(
      mergeReport(compareAnalysis(), {
        ...DETAILS.state,
        addressees: ["- Sở Nội vụ;", "Ban Tổ chức Tỉnh ủy"],
      }),
    );
    expect(two).toEqual(expect.arrayContaining(["Kính gửi:", "- Sở Nội vụ;", "- Ban Tổ chức Tỉnh ủy."]));
  });
});
