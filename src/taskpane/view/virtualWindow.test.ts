import { listWindow } from "./virtualWindow";

describe("listWindow", () => {
  it("renders every row when they fit, and shrinks the viewport to them", () => {
    expect(listWindow({ count: 5, rowHeight: 40, height: 320, scrollTop: 0 })).toEqual({
      start: 0,
      end: 5,
      total: 200,
      viewport: 200,
    });
    expect(listWindow({ count: 8, rowHeight: 40, height: 320, scrollTop: 0 }).end).toBe(8);
    expect(listWindow({ count: 0, rowHeight: 40, height: 320, scrollTop: 0 })).toEqual({
      start: 0,
      end: 0,
      total: 0,
      viewport: 0,
    });
  });

  it("keeps the visible rows and a few of overscan out of 20.000", () => {
    const w = listWindow({ count: 20000, rowHeight: 48, height: 320, scrollTop: 0, overscan: 4 });
    expect(w).toEqual({ start: 0, end: 12, total: 960000, viewport: 320 });
    const mid = listWindow({ count: 20000, rowHeight: 48, height: 320, scrollTop: 480000, overscan: 4 });
    expect(mid.start).toBe(10000 - 4);
    expect(mid.end).toBe(10000 + 8 + 4);
    expect(mid.end - mid.start).toBeLessThan(20);
  });

  it("reaches the last row and clamps a scroll past the end", () => {
    const end = listWindow({ count: 20000, rowHeight: 48, height: 320, scrollTop: 1e9 });
    expect(end.end).toBe(20000);
    expect(end.start).toBeGreaterThan(19980);
    expect(listWindow({ count: 100, rowHeight: 10, height: 50, scrollTop: -30 }).start).toBe(0);
  });

  it("survives odd sizes", () => {
    const w = listWindow({ count: 10, rowHeight: 0, height: Number.NaN, scrollTop: Number.NaN });
    expect(w.start).toBe(0);
    expect(w.end).toBeGreaterThan(0);
    expect(w.end).toBeLessThanOrEqual(10);
  });
});
