import { defaultDetails } from "../../reports/details";
import { DETAILS } from "../../reports/fixtures";
import {
  dateFromInput,
  draftMatches,
  recipientsToText,
  subjectFromInput,
  switchStyle,
  textToRecipients,
} from "./detailsModel";

describe("switchStyle", () => {
  it("offers the other layout's defaults when nothing was changed", () => {
    const party = defaultDetails("party", "2026-02-05");
    expect(switchStyle(party, "state")).toEqual(defaultDetails("state", "2026-02-05"));
    expect(switchStyle(switchStyle(party, "state"), "party")).toEqual(party);
  });

  it("keeps what the user typed and replaces only the fields at their defaults", () => {
    const party = {
      ...defaultDetails("party", "2026-02-05"),
      issuingBody: "TỈNH ỦY",
      signerName: "Trần Văn Bình",
    };
    const state = switchStyle(party, "state");
    expect(state).toMatchObject({
      style: "state",
      issuingBody: "TỈNH ỦY",
      signerName: "Trần Văn Bình",
      signerRole: "",
      signerTitle: "",
      recipients: ["Lưu: VT"],
    });
    expect(state.number).toMatch(/\/BC-/);
  });

  it("leaves filled-in details alone", () => {
    const state = switchStyle(DETAILS.party, "state");
    expect(state).toEqual({ ...DETAILS.party, style: "state" });
  });

  it("returns the same object when the style does not change", () => {
    expect(switchStyle(DETAILS.state, "state")).toBe(DETAILS.state);
  });
});

describe("recipients", () => {
  it("round-trips one recipient per line", () => {
    const lines = ["Ban Tổ chức Trung ương", "Lưu: VT, TCBC"];
    expect(textToRecipients(recipientsToText(lines))).toEqual(lines);
  });

  it("drops blank lines and the dashes and semicolons the report adds itself", () => {
    expect(textToRecipients("- Như trên;\r\n\n  + Bộ Nội vụ, \n• Lưu: VT.\n")).toEqual([
      "Như trên",
      "Bộ Nội vụ",
      "Lưu: VT.",
    ]);
  });

  it("keeps a draft that says the same (a new empty line while typing)", () => {
    expect(draftMatches("Như trên\nLưu\n", ["Như trên", "Lưu"])).toBe(true);
    expect(draftMatches("Như trên", ["Như trên", "Lưu"])).toBe(false);
  });
});

describe("date and subject", () => {
  it("takes a complete real date only", () => {
    expect(dateFromInput("2026-02-05")).toBe("2026-02-05");
    expect(dateFromInput("")).toBeUndefined();
    expect(dateFromInput("2026-02-30")).toBeUndefined();
    expect(dateFromInput("05/02/2026")).toBeUndefined();
  });

  it("treats an empty subject as the template's default", () => {
    expect(subjectFromInput("  ")).toBeUndefined();
    expect(subjectFromInput("Về kết quả sắp xếp")).toBe("Về kết quả sắp xếp");
  });
});
