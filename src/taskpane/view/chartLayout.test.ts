import { CHART_METRICS, chartSummary, layoutChart, textWidth, type BarGroup } from "./chartLayout";

const BINH_PHUOC: BarGroup[] = [
  { label: "Đầu mối", before: 7, after: 5 },
  { label: "Cấp trưởng", before: 7, after: 5 },
  { label: "Cấp phó", before: 16, after: 6 },
  { label: "Biên chế", before: 52, after: 47 },
];

describe("layoutChart", () => {
  it("draws a before and an after bar per group, the larger at full width", () => {
    const l = layoutChart(BINH_PHUOC, 360, "vi");
    expect(l.width).toBe(360);
    expect(l.groups).toHaveLength(4);
    for (const g of l.groups) {
      expect(g.bars.map((b) => b.series)).toEqual(["before", "after"]);
      expect(g.bars.map((b) => b.seriesText)).toEqual(["Trước", "Sau"]);
    }
    const deputies = l.groups[2]?.bars ?? [];
    const [before, after] = deputies;
    expect(before && after && after.width / before.width).toBeCloseTo(6 / 16, 1);
    // Each group has its own scale: the larger bar of every group has the same width.
    const full = l.groups.map((g) => Math.max(...g.bars.map((b) => b.width)));
    expect(new Set(full).size).toBe(1);
  });

  it("keeps every bar and value label inside the chart, at 360 px and at 160 px", () => {
    for (const width of [360, 760, 160, 40]) {
      const groups = [...BINH_PHUOC, { label: "Biên chế tỉnh", before: 312450, after: 298000 }];
      const l = layoutChart(groups, width, "vi");
      expect(l.width).toBeGreaterThanOrEqual(CHART_METRICS.minWidth);
      for (const g of l.groups) {
        for (const b of g.bars) {
          expect(b.x + b.width).toBeLessThanOrEqual(l.width);
          expect(b.valueX + textWidth(b.valueText)).toBeLessThanOrEqual(l.width);
          expect(b.y + b.height).toBeLessThanOrEqual(l.height);
          expect(b.seriesX + textWidth(b.seriesText)).toBeLessThan(b.x);
        }
      }
      expect(l.groups[4]?.bars[0]?.valueText).toBe("312.450");
    }
  });

  it("lays groups out top to bottom without overlap", () => {
    const l = layoutChart(BINH_PHUOC, 360, "en");
    let bottom = -Infinity;
    for (const g of l.groups) {
      expect(g.labelY - CHART_METRICS.fontSize).toBeGreaterThanOrEqual(bottom);
      const first = g.bars[0];
      expect(first && first.y).toBeGreaterThan(g.labelY);
      bottom = Math.max(...g.bars.map((b) => b.y + b.height));
    }
  });

  it("draws nothing for zero, a sliver for a tiny value, and no after bar when unknown", () => {
    const l = layoutChart(
      [
        { label: "a", before: 0, after: 0 },
        { label: "b", before: 100000, after: 1 },
        { label: "c", before: 3, after: null },
      ],
      360,
      "vi",
    );
    expect(l.groups[0]?.bars.map((b) => b.width)).toEqual([0, 0]);
    expect(l.groups[0]?.bars.map((b) => b.valueText)).toEqual(["0", "0"]);
    expect(l.groups[1]?.bars[1]?.width).toBe(2);
    expect(l.groups[2]?.bars).toHaveLength(1);
  });

  it("is empty without groups", () => {
    expect(layoutChart([], 300, "vi")).toEqual({ width: 300, height: 0, groups: [] });
  });
});

describe("chartSummary", () => {
  it("reads every figure in one sentence", () => {
    expect(chartSummary(BINH_PHUOC, "vi")).toBe(
      "Biểu đồ trước và sau: Đầu mối 7 → 5; Cấp trưởng 7 → 5; Cấp phó 16 → 6; Biên chế 52 → 47.",
    );
    expect(chartSummary([{ label: "Staff", before: 1234, after: null }], "en")).toBe(
      "Chart, before and after: Staff 1,234.",
    );
  });
});
