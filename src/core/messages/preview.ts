/**
 * Strings of the preview (summary, chart, flagged units, excess deputies), the report details form
 * and the template gallery. Vietnamese first; English for every key.
 */
import type { Texts } from "./lang";

export const PREVIEW = {
  headingCompare: { vi: "Kết quả so sánh trước và sau sắp xếp", en: "Before and after restructuring" },
  headingPlan: { vi: "Phương án sắp xếp", en: "Merger plan" },
  headingCheck: { vi: "Rà soát số lượng cấp phó", en: "Deputy review" },
  rulesUsed: {
    vi: "Quy định áp dụng (tính đến {date}): {rules}",
    en: "Rules applied (in force on {date}): {rules}",
  },
  rulesNone: { vi: "không có quy định nào áp dụng", en: "none applies" },
  ruleUnverified: { vi: "{title} (chưa xác minh)", en: "{title} (unverified)" },
  capsEntered: { vi: "định mức tự nhập (chưa có văn bản)", en: "caps entered by you (none published)" },
  unitTypesUsed: {
    vi: "Loại đơn vị: {types}",
    en: "{count|Unit type|Unit types}: {types}",
  },
  unitTypeAssumed: {
    vi: "{types} (tự nhận biết theo tên đơn vị, chưa được chọn)",
    en: "{types} (assumed from the unit names; not chosen)",
  },
  unitTypePartlyAssumed: {
    vi: "{types} (một số đơn vị tự nhận biết theo tên)",
    en: "{types} (some assumed from the unit names)",
  },
  planNote: {
    vi: "Số liệu “Sau” là thời điểm hợp nhất: cấp trưởng của đơn vị được hợp nhất được bố trí làm cấp phó; số cấp phó vượt định mức phải giải quyết trong thời hạn.",
    en: "“After” is the day of the merger: former heads of merged units are kept as deputies; deputies above the cap must go by the deadline.",
  },
  summaryCaption: { vi: "Tổng hợp trước và sau sắp xếp", en: "Summary before and after" },
  checkCaption: { vi: "Tổng hợp rà soát", en: "Review summary" },
  colIndicator: { vi: "Chỉ tiêu", en: "Figure" },
  colBefore: { vi: "Trước", en: "Before" },
  colAfter: { vi: "Sau", en: "After" },
  colCut: { vi: "Giảm", en: "Cut" },
  colRate: { vi: "Tỷ lệ giảm", en: "Cut rate" },
  colCount: { vi: "Số lượng", en: "Count" },
  unitsOverCap: { vi: "Đơn vị có cấp phó vượt định mức", en: "Units with deputies over the cap" },
  poolsOverCap: {
    vi: "Nhóm đơn vị tính định mức bình quân có dôi dư",
    en: "Groups on a pooled average cap with an excess",
  },
  poolName: {
    vi: "Tính chung {count} đơn vị (bình quân {average} cấp phó mỗi đơn vị)",
    en: "Pooled over {count} units (an average of {average} deputies each)",
  },
  excessTotal: { vi: "Tổng số cấp phó dôi dư", en: "Excess deputies in all" },
  flaggedUnitsCount: { vi: "Đơn vị có cảnh báo", en: "Units with warnings" },
  chartHeading: { vi: "Biểu đồ trước và sau", en: "Chart: before and after" },
  flaggedHeading: { vi: "Đơn vị có cảnh báo ({n})", en: "Units with warnings ({n})" },
  flaggedList: { vi: "Danh sách đơn vị có cảnh báo", en: "Units with warnings" },
  flaggedNone: { vi: "Không có đơn vị nào cần cảnh báo.", en: "No unit has a warning." },
  excessHeading: {
    vi: "Cấp phó dôi dư ({units} đơn vị, {people} người)",
    en: "Excess deputies ({units} {units|unit|units}, {people} {people|person|people})",
  },
  excessList: { vi: "Danh sách đơn vị có cấp phó dôi dư", en: "Units with excess deputies" },
  excessNone: {
    vi: "Không có đơn vị nào có số cấp phó vượt định mức.",
    en: "No unit has more deputies than its cap.",
  },
  colUnit: { vi: "Đơn vị", en: "Unit" },
  colDeputies: { vi: "Cấp phó", en: "Deputies" },
  colCap: { vi: "Định mức", en: "Cap" },
  colExcess: { vi: "Dôi dư", en: "Excess" },
  colDeadline: { vi: "Thời hạn", en: "Deadline" },
  unsettledFootnote: {
    vi: "* Định mức cấp phó chưa được xác minh với văn bản gốc, đang tạm áp dụng: {source}. Cần đối chiếu văn bản trước khi sử dụng.",
    en: "* Deputy cap not yet checked against the official text, applied for now: {source}. Verify it before relying on it.",
  },
} satisfies Record<string, Texts>;

export const CHART = {
  series: { vi: "Trước và sau", en: "Before and after" },
  before: { vi: "Trước", en: "Before" },
  after: { vi: "Sau", en: "After" },
  summary: { vi: "Biểu đồ trước và sau: {items}.", en: "Chart, before and after: {items}." },
  itemPair: { vi: "{label} {before} → {after}", en: "{label} {before} → {after}" },
  itemSingle: { vi: "{label} {before}", en: "{label} {before}" },
  scaleNote: { vi: "Mỗi chỉ tiêu vẽ theo thang đo riêng.", en: "Each figure has its own scale." },
  empty: { vi: "Không có số liệu để vẽ biểu đồ.", en: "No figures to chart." },
} satisfies Record<string, Texts>;

export const DETAILS = {
  heading: { vi: "Thông tin báo cáo", en: "Report details" },
  groupBodies: { vi: "Cơ quan", en: "Bodies" },
  groupDocument: { vi: "Văn bản", en: "Document" },
  groupSigner: { vi: "Người ký", en: "Signer" },
  style: { vi: "Thể thức văn bản", en: "Document layout" },
  styleParty: {
    vi: "Đảng (Quy định 399-QĐ/TW; trình bày theo Hướng dẫn 36-HD/VPTW)",
    en: "Party (Regulation 399-QĐ/TW; presented per Guideline 36-HD/VPTW)",
  },
  styleState: { vi: "Chính quyền (Nghị định 30/2020/NĐ-CP)", en: "State (Decree 30/2020/NĐ-CP)" },
  styleHint: {
    vi: "Đổi thể thức sẽ thay các ô còn để mặc định bằng mặc định của thể thức mới.",
    en: "Switching the layout replaces the fields still at their defaults with the new layout's defaults.",
  },
  parentBody: { vi: "Cơ quan cấp trên", en: "Superior body" },
  parentBodyHintParty: { vi: "Ví dụ: ĐẢNG BỘ TỈNH BÌNH PHƯỚC", en: "E.g. ĐẢNG BỘ TỈNH BÌNH PHƯỚC" },
  parentBodyHintState: { vi: "Ví dụ: UBND TỈNH BÌNH PHƯỚC", en: "E.g. UBND TỈNH BÌNH PHƯỚC" },
  issuingBody: { vi: "Cơ quan ban hành", en: "Issuing body" },
  issuingBodyHintParty: { vi: "Ví dụ: TỈNH ỦY", en: "E.g. TỈNH ỦY" },
  issuingBodyHintState: { vi: "Ví dụ: SỞ NỘI VỤ", en: "E.g. SỞ NỘI VỤ" },
  number: { vi: "Số", en: "Number" },
  numberHintParty: { vi: "Phần sau chữ “Số”, ví dụ: 125-BC/TU", en: "What follows “Số”, e.g. 125-BC/TU" },
  numberHintState: { vi: "Phần sau chữ “Số”, ví dụ: 15/BC-SNV", en: "What follows “Số”, e.g. 15/BC-SNV" },
  place: { vi: "Địa danh", en: "Place" },
  placeHint: { vi: "Ví dụ: Bình Phước", en: "E.g. Bình Phước" },
  date: { vi: "Ngày báo cáo", en: "Report date" },
  dateInvalid: { vi: "Chọn ngày báo cáo hợp lệ.", en: "Choose a valid report date." },
  subject: { vi: "Trích yếu", en: "Subject" },
  subjectHint: {
    vi: "Để trống để dùng trích yếu mặc định của mẫu báo cáo.",
    en: "Leave empty for the template's own subject.",
  },
  signerRole: { vi: "Quyền hạn ký", en: "Signing authority" },
  signerRoleHint: {
    vi: "Ví dụ: T/M BAN THƯỜNG VỤ, KT. GIÁM ĐỐC; để trống khi người đứng đầu ký.",
    en: "E.g. T/M BAN THƯỜNG VỤ, KT. GIÁM ĐỐC; empty when the head signs.",
  },
  signerTitle: { vi: "Chức vụ người ký", en: "Signer's title" },
  signerName: { vi: "Họ tên người ký", en: "Signer's name" },
  addressees: { vi: "Kính gửi", en: "Addressed to (Kính gửi)" },
  addresseesHint: {
    vi: "Để trống nếu báo cáo không gửi đích danh; khi có, Nơi nhận tự thêm “Như trên”.",
    en: "Empty unless the report is addressed to a body; then Nơi nhận gets “Như trên”.",
  },
  basis: { vi: "Căn cứ thêm", en: "Further basis (căn cứ)" },
  basisHint: {
    vi: "Văn bản làm căn cứ ngoài các quy định đã áp dụng, mỗi dòng một văn bản, ví dụ: Kế hoạch số 12-KH/TU ngày 10/3/2025 của Ban Thường vụ Tỉnh ủy.",
    en: "Documents the report rests on besides the rules applied, one per line.",
  },
  recipients: { vi: "Nơi nhận", en: "Recipients" },
  recipientsHint: {
    vi: "Mỗi dòng một nơi nhận; không cần gõ dấu “-” đầu dòng và “;” cuối dòng.",
    en: "One per line; no leading “-” or trailing “;” needed.",
  },
} satisfies Record<string, Texts>;

export const GALLERY = {
  heading: { vi: "Mẫu báo cáo và biểu mẫu", en: "Reports and forms" },
  insert: { vi: "Chèn", en: "Insert" },
  insertLabel: { vi: "Chèn “{name}”", en: "Insert “{name}”" },
  download: { vi: "Tải xuống", en: "Download" },
  downloadLabel: { vi: "Tải xuống “{name}” (.xlsx)", en: "Download “{name}” (.xlsx)" },
  portrait: { vi: "A4 dọc", en: "A4 portrait" },
  landscape: { vi: "A4 ngang", en: "A4 landscape" },
  portraitLandscapeAppendix: { vi: "A4 dọc, phụ lục A4 ngang", en: "A4 portrait, appendix A4 landscape" },
  busy: { vi: "Đang thực hiện, vui lòng chờ…", en: "Working, please wait…" },
  needMerge: {
    vi: "Cần đọc bảng và chạy so sánh hoặc phương án trước.",
    en: "Read a table and run a comparison or a plan first.",
  },
  needAnalysis: {
    vi: "Cần đọc bảng và chạy so sánh, phương án hoặc rà soát trước.",
    en: "Read a table and run a comparison, a plan or a review first.",
  },
  needRoadmap: { vi: "Cần nhập số liệu lộ trình tinh giản trước.", en: "Enter the reduction roadmap first." },
  needTracker: {
    vi: "Cần nhập danh sách mô hình, đề án trước.",
    en: "Enter the list of pilot models first.",
  },
  unavailable: { vi: "Chưa thể chèn mẫu này.", en: "This template cannot be inserted yet." },
  needExcess: {
    vi: "Lập từ dòng lệnh: tinhgon excess DANH-SÁCH.xlsx --decision-date YYYY-MM-DD -o KQ.xlsx.",
    en: "Made from the command line: tinhgon excess ROSTER.xlsx --decision-date YYYY-MM-DD -o OUT.xlsx.",
  },
  needConsolidation: {
    vi: "Lập từ việc «Tổng hợp biểu mẫu các cơ quan gửi về» ở thẻ Báo cáo, hoặc từ dòng lệnh: tinhgon consolidate THƯ-MỤC-BIỂU -o TONG-HOP.xlsx.",
    en: "Made by the job “Consolidate the agencies' returns” on the Report tab, or from the command line: tinhgon consolidate FOLDER -o OUT.xlsx.",
  },
  needScenarios: {
    vi: "Lập từ dòng lệnh: tinhgon scenarios TỆP.xlsx --sheets A,B, hoặc tinhgon propose TỆP.xlsx -o KQ.xlsx.",
    en: "Made from the command line: tinhgon scenarios FILE.xlsx --sheets A,B, or tinhgon propose FILE.xlsx -o OUT.xlsx.",
  },
} satisfies Record<string, Texts>;
