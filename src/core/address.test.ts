import { cellAddress, columnLetter, quoteSheet, rowAddress } from "./address";

describe("quoteSheet", () => {
  it("leaves plain names alone", () => {
    for (const name of ["Sheet1", "Bieu_01", "DanhSach", "ABCD1", "Sau", "Rx"])
      expect(quoteSheet(name)).toBe(name);
  });

  it("quotes names with spaces, Vietnamese letters or quotes, doubling the quotes", () => {
    expect(quoteSheet("Biểu 01")).toBe("'Biểu 01'");
    expect(quoteSheet("Danh sách")).toBe("'Danh sách'");
    expect(quoteSheet("It's")).toBe("'It''s'");
    expect(quoteSheet("1Sheet")).toBe("'1Sheet'");
  });

  it("quotes names Excel would read as a cell or an R1C1 reference", () => {
    for (const name of ["A1", "xfd1048576", "AB12", "R", "C", "R1C1", "r2c", "C12", "R5"])
      expect(quoteSheet(name)).toBe(`'${name}'`);
    expect(cellAddress("A1", 3, 2)).toBe("'A1'!B3");
    expect(rowAddress("R1C1", 5)).toBe("'R1C1'!5:5");
  });
});

describe("columnLetter", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [702, "ZZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("%i → %s", (col, letter) => {
    expect(columnLetter(col)).toBe(letter);
  });
});
