/**
 * Strings of the task pane's frame and flow (header, file, job, tables, columns, problems, rules,
 * the report button and its messages). The preview, the details form and the gallery keep theirs
 * in their own tables.
 */
import type { Texts } from "./lang";

export const APP = {
  appTitle: { vi: "Tinh Gọn", en: "Tinh Gọn" },
  tagline: {
    vi: "Sắp xếp tổ chức bộ máy, tinh giản biên chế",
    en: "Restructuring and staff reduction",
  },
  language: { vi: "Ngôn ngữ", en: "Language" },
  loading: { vi: "Đang tải…", en: "Loading…" },
  tabReport: { vi: "Báo cáo", en: "Report" },
  tabGallery: { vi: "Mẫu báo cáo", en: "Templates" },
  tabsLabel: { vi: "Các phần của Tinh Gọn", en: "Tinh Gọn sections" },

  // File host
  fileTitle: { vi: "Tệp dữ liệu", en: "Data file" },
  openFile: { vi: "Mở tệp Excel (.xlsx, .csv)", en: "Open an Excel file (.xlsx, .csv)" },
  openAnother: { vi: "Mở tệp khác", en: "Open another file" },
  fileLocal: {
    vi: "Tệp chỉ được đọc trên máy này, không tải lên đâu cả.",
    en: "The file is read on this computer only; it is never uploaded.",
  },
  noFile: { vi: "Chưa mở tệp nào.", en: "No file open yet." },
  openedFile: { vi: "Đã mở tệp", en: "Open file" },
  opening: { vi: "Đang mở tệp {name}…", en: "Opening {name}…" },
  openedSheets: {
    vi: "Đã mở tệp {name} ({sheets} trang tính).",
    en: "Opened {name} ({sheets} {sheets|sheet|sheets}).",
  },
  openedAfterFile: {
    vi: "Đã mở tệp {name} cho bảng sau sắp xếp ({sheets} trang tính).",
    en: "Opened {name} for the “after” table ({sheets} {sheets|sheet|sheets}).",
  },
  afterFile: { vi: "Tệp", en: "File" },
  afterFileSame: { vi: "Cùng tệp với bảng trước", en: "The same file as “before”" },
  afterFileOpen: { vi: "Mở tệp khác cho bảng sau", en: "Open another file for “after”" },
  afterFileClose: { vi: "Dùng tệp của bảng trước", en: "Use the “before” file" },
  fileReadFailed: {
    vi: "Không đọc được tệp {name}: {reason}",
    en: "Cannot read {name}: {reason}",
  },

  // Job
  jobTitle: { vi: "Việc cần làm", en: "What to do" },
  jobCompare: { vi: "So sánh trước/sau sắp xếp", en: "Compare before/after restructuring" },
  jobCompareHint: {
    vi: "Hai bảng: số liệu trước và sau sắp xếp.",
    en: "Two tables: the figures before and after.",
  },
  jobPlan: { vi: "Phương án sắp xếp", en: "Restructuring plan" },
  jobPlanHint: {
    vi: "Một bảng có cột “Sáp nhập vào”.",
    en: "One table with a “Merges into” column.",
  },
  jobCheck: { vi: "Rà soát cấp phó", en: "Deputy review" },
  jobCheckHint: {
    vi: "Một bảng: số cấp phó so với định mức.",
    en: "One table: deputies against the legal cap.",
  },
  jobRoadmap: { vi: "Lộ trình tinh giản biên chế", en: "Staff reduction roadmap" },
  jobRoadmapHint: {
    vi: "Không cần bảng: năm gốc, biên chế gốc, tỷ lệ giảm.",
    en: "No table: base year, baseline, target rate.",
  },
  jobTracker: { vi: "Theo dõi thí điểm", en: "Pilot tracker" },
  jobTrackerHint: {
    vi: "Không cần bảng: mẫu theo dõi mô hình thí điểm, đề án.",
    en: "No table: a tracker of pilot models and schemes.",
  },

  // Tables
  tablesTitle: { vi: "Bảng số liệu", en: "Staffing table" },
  tablesTitleTwo: { vi: "Bảng số liệu trước và sau", en: "Tables before and after" },
  sideBefore: { vi: "Trước", en: "Before" },
  sideAfter: { vi: "Sau", en: "After" },
  sideBeforeLong: { vi: "Trước sắp xếp", en: "Before restructuring" },
  sideAfterLong: { vi: "Sau sắp xếp", en: "After restructuring" },
  sourceKind: { vi: "Lấy từ", en: "Take from" },
  kindSelection: { vi: "Vùng đang chọn", en: "Current selection" },
  kindSheet: { vi: "Trang tính", en: "Sheet" },
  kindTable: { vi: "Bảng Excel", en: "Excel table" },
  sheet: { vi: "Trang tính", en: "Sheet" },
  table: { vi: "Bảng Excel", en: "Excel table" },
  noSheets: { vi: "(không có trang tính)", en: "(no sheets)" },
  noTables: { vi: "(không có bảng Excel nào)", en: "(no Excel tables)" },
  chooseSheet: { vi: "(chọn trang tính)", en: "(choose a sheet)" },
  selectionHint: {
    vi: "Chọn vùng bảng trong Excel (cả dòng tiêu đề) rồi bấm Đọc bảng.",
    en: "Select the table in Excel (header included), then press Read table.",
  },
  refresh: { vi: "Làm mới danh sách trang tính", en: "Refresh the list of sheets" },
  read: { vi: "Đọc bảng", en: "Read table" },
  readTwo: { vi: "Đọc hai bảng", en: "Read both tables" },
  readAgain: { vi: "Đọc lại", en: "Read again" },
  reading: { vi: "Đang đọc {source}…", en: "Reading {source}…" },
  parsing: { vi: "Đang nhận dạng bảng {source}…", en: "Recognising the table in {source}…" },
  readDone: {
    vi: "Đã đọc {units} đơn vị từ {source}.",
    en: "Read {units} {units|unit|units} from {source}.",
  },
  readDoneErrors: {
    vi: "Đã đọc {units} đơn vị từ {source}, nhưng còn {errors} lỗi: xem mục Vấn đề.",
    en: "Read {units} {units|unit|units} from {source}, with {errors} {errors|error|errors}: see Problems.",
  },
  readDoneTwo: {
    vi: "Đã đọc hai bảng: {before} và {after} đơn vị.",
    en: "Read both tables: {before} and {after} {after|unit|units}.",
  },
  readDoneTwoErrors: {
    vi: "Đã đọc hai bảng: {before} và {after} đơn vị, nhưng còn {errors} lỗi: xem mục Vấn đề.",
    en: "Read both tables: {before} and {after} {after|unit|units}, with {errors} {errors|error|errors}: see Problems.",
  },
  readNoTable: {
    vi: "Chưa nhận dạng được bảng trong {source}: xem mục Vấn đề.",
    en: "No table recognised in {source}: see Problems.",
  },
  tableSummaryUnits: {
    vi: "{units} đơn vị · tiêu đề ở dòng {row}",
    en: "{units} {units|unit|units} · header on row {row}",
  },
  tableSummaryRoster: {
    vi: "Danh sách cán bộ: {units} đơn vị · tiêu đề ở dòng {row}",
    en: "Staff roster: {units} {units|unit|units} · header on row {row}",
  },
  sameTable: {
    vi: "Bảng trước và bảng sau là cùng một bảng: hãy chọn bảng sau sắp xếp khác.",
    en: "“Before” and “after” are the same table: choose another “after” table.",
  },
  staleSource: {
    vi: "Nguồn đã thay đổi: bấm Đọc bảng để đọc lại.",
    en: "The source changed: press Read table to read it again.",
  },
  needFile: { vi: "Hãy mở một tệp Excel trước.", en: "Open an Excel file first." },
  needSource: { vi: "Hãy chọn bảng cần đọc ({side}).", en: "Choose the table to read ({side})." },
  needRead: {
    vi: "Hãy đọc bảng trước khi tạo báo cáo.",
    en: "Read the table before making the report.",
  },
  needTable: {
    vi: "Chưa có bảng đọc được ({side}): xem mục Vấn đề.",
    en: "No readable table yet ({side}): see Problems.",
  },

  // Column mapping
  mappingTitle: { vi: "Cột đã nhận dạng", en: "Detected columns" },
  mappingHint: {
    vi: "Nếu Tinh Gọn nhận sai cột nào, hãy chọn lại loại dữ liệu của cột đó.",
    en: "If Tinh Gọn got a column wrong, choose what it holds.",
  },
  mappingSides: { vi: "Bảng", en: "Table" },
  ignore: { vi: "(bỏ qua)", en: "(ignore)" },
  columnLabel: { vi: "Cột {letter}", en: "Column {letter}" },
  noHeaderText: { vi: "(không có tiêu đề)", en: "(no header)" },
  mappingSelectLabel: {
    vi: "Cột {letter} ({header}) chứa",
    en: "Column {letter} ({header}) holds",
  },

  // Problems
  problemsTitle: { vi: "Vấn đề", en: "Problems" },
  noProblems: { vi: "Không có vấn đề nào.", en: "No problems found." },
  problemCounts: {
    vi: "{errors} lỗi, {warnings} cảnh báo, {infos} lưu ý",
    en: "{errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}, {infos} {infos|note|notes}",
  },
  goToCell: { vi: "Chọn ô {cell} trong Excel", en: "Select cell {cell} in Excel" },
  selectFailed: {
    vi: "Không chọn được {cell} trong Excel.",
    en: "Cannot select {cell} in Excel.",
  },
  problemsList: { vi: "Danh sách vấn đề", en: "List of problems" },

  // Rules
  rulesTitle: { vi: "Quy định áp dụng", en: "Rules applied" },
  unitType: { vi: "Loại đơn vị", en: "Unit type" },
  unitTypeAuto: { vi: "(tự nhận biết theo tên đơn vị)", en: "(inferred from each unit's name)" },
  family: { vi: "Cơ quan", en: "Body" },
  familyAuto: { vi: "(theo tiêu đề bảng)", en: "(from the table's title)" },
  familyParty: {
    vi: "Cơ quan Đảng (ban, văn phòng tỉnh ủy, đảng ủy)",
    en: "Party body (ban, văn phòng of a tỉnh ủy or đảng ủy)",
  },
  familyState: { vi: "Cơ quan Nhà nước (sở, UBND)", en: "State body (sở, UBND)" },
  familyQuestion: {
    vi: "Tiêu đề bảng không cho biết các đơn vị thuộc cơ quan Đảng hay cơ quan Nhà nước, nên quy định áp dụng đang được đoán theo tên đơn vị. Các đơn vị này thuộc:",
    en: "The table's title does not say whether these units belong to a Party or a State body, so the rules are being guessed from the unit names. These units belong to:",
  },
  ruleSet: { vi: "Văn bản quy định định mức cấp phó", en: "Deputy cap rules" },
  ruleSetAuto: { vi: "(văn bản có hiệu lực vào ngày báo cáo)", en: "(in force on the report date)" },
  provinceClass: { vi: "Phân loại tỉnh", en: "Province class" },
  provinceClassAuto: { vi: "(mặc định: tỉnh loại II, III)", en: "(default: class II–III province)" },
  decisionDate: { vi: "Ngày sắp xếp có hiệu lực", en: "Date the restructuring takes effect" },
  decisionDateHint: {
    vi: "Để tính thời hạn giải quyết cấp phó dôi dư; để trống: lấy ngày báo cáo.",
    en: "For excess-deputy deadlines; empty: the report date.",
  },

  enteredCap: { vi: "Định mức cấp phó tự nhập: {type}", en: "Deputy cap you enter: {type}" },
  enteredCapHint: {
    vi: "Chưa có văn bản công bố định mức cho loại đơn vị này. Nhập theo quyết định của cấp có thẩm quyền; báo cáo ghi rõ là tự nhập. Để trống: không tính dôi dư.",
    en: "No text publishes a cap for this unit type. Enter the competent body's figure; the report says it was entered. Empty: no excess is computed.",
  },
  invalidCap: { vi: "Nhập số nguyên từ 0 đến 999.", en: "Enter a whole number from 0 to 999." },

  // Roadmap and tracker
  roadmapTitle: { vi: "Lộ trình tinh giản", en: "Reduction roadmap" },
  profile: { vi: "Mục tiêu theo văn bản", en: "National target" },
  profileNone: { vi: "(tự nhập)", en: "(my own figures)" },
  baseYear: { vi: "Năm gốc", en: "Base year" },
  baseline: { vi: "Biên chế năm gốc", en: "Posts in the base year" },
  targetRate: { vi: "Tỷ lệ giảm tối thiểu (%)", en: "Minimum cut (%)" },
  roadmapNeeded: {
    vi: "Cần giảm ít nhất {cut} biên chế ({rate} của {baseline}).",
    en: "At least {cut} {cut|post|posts} to cut ({rate} of {baseline}).",
  },
  invalidNumber: { vi: "Số không hợp lệ.", en: "Not a valid number." },
  invalidDate: { vi: "Ngày không hợp lệ.", en: "Not a valid date." },
  invalidYear: { vi: "Năm không hợp lệ (1900–9999).", en: "Not a valid year (1900–9999)." },
  invalidPercent: { vi: "Nhập một số từ 0 đến 100.", en: "Enter a number from 0 to 100." },
  trackerTitle: { vi: "Theo dõi mô hình thí điểm", en: "Pilot model tracker" },
  trackerHint: {
    vi: "Báo cáo là một bảng theo dõi để điền: tình trạng chọn từ danh sách (tiếp tục, nghiên cứu, tạm dừng, kết thúc), thời hạn, cơ quan chủ trì; số lượng theo tình trạng tự đếm.",
    en: "The report is a tracker to fill in: a status drop-down (continue, research, pause, end), deadlines, body in charge; counts by status update themselves.",
  },

  // Preview and details
  previewTitle: { vi: "Xem trước", en: "Preview" },
  detailsTitle: { vi: "Thông tin báo cáo", en: "Report details" },
  detailsHint: {
    vi: "Được lưu cùng sổ làm việc; nút Tạo báo cáo nhanh trên thanh công cụ dùng lại các thông tin này.",
    en: "Saved with the workbook; the ribbon's quick report uses them again.",
  },

  // Report
  insertExcel: { vi: "Chèn báo cáo", en: "Insert report" },
  insertFile: { vi: "Tải báo cáo (.xlsx)", en: "Download report (.xlsx)" },
  downloadWord: { vi: "Tải bản Word", en: "Download as Word" },
  openInBrowser: { vi: "Mở trong trình duyệt", en: "Open in the browser" },
  openedInBrowser: {
    vi: "Excel cho Mac không cho ngăn tác vụ tải tệp xuống. Tinh Gọn đã mở trong trình duyệt: hãy lưu sổ làm việc, mở tệp đã lưu ở đó rồi bấm Tải bản Word. Tệp được đọc ngay trên máy này, không tải lên đâu.",
    en: "Excel for Mac does not let the pane download files. Tinh Gọn is open in your browser: save the workbook, open the saved file there and choose Download as Word. The file is read on this computer and uploaded nowhere.",
  },
  browserNotOpened: {
    vi: "Không mở được trình duyệt. Hãy lưu sổ làm việc rồi mở trang Tinh Gọn (index.html trên máy chủ add-in) trong trình duyệt để tải tệp Word.",
    en: "The browser could not be opened. Save the workbook and open Tinh Gọn's page (index.html on the add-in's server) in a browser to download the Word file.",
  },
  inserting: { vi: "Đang tạo báo cáo…", en: "Making the report…" },
  insertedExcel: {
    vi: "Đã chèn báo cáo vào trang tính «{where}».",
    en: "The report was inserted into the sheet “{where}”.",
  },
  insertedFile: { vi: "Đã tải xuống {where}.", en: "Downloaded {where}." },
  insertedExcelErrors: {
    vi: "Đã chèn báo cáo vào «{where}» khi còn {errors} lỗi chưa xử lý; báo cáo có ghi rõ.",
    en: "Inserted into “{where}” with {errors} unresolved {errors|error|errors}; the report says so.",
  },
  insertedFileErrors: {
    vi: "Đã tải xuống {where} khi còn {errors} lỗi chưa xử lý; báo cáo có ghi rõ.",
    en: "Downloaded {where} with {errors} unresolved {errors|error|errors}; the report says so.",
  },
  confirmErrors: {
    vi: "Còn {errors} lỗi chưa xử lý (xem mục Vấn đề). Nếu vẫn tạo, báo cáo sẽ ghi rõ điều này.",
    en: "{errors} unresolved {errors|error|errors} (see Problems). If you go ahead, the report will say so.",
  },
  confirmInsert: { vi: "Vẫn tạo báo cáo", en: "Make the report anyway" },
  cancel: { vi: "Hủy", en: "Cancel" },
  reportFailed: {
    vi: "Không tạo được báo cáo: {reason}",
    en: "The report could not be made: {reason}",
  },
  unexpected: {
    vi: "Đã xảy ra lỗi không lường trước: {reason}",
    en: "Something unexpected went wrong: {reason}",
  },
  notes: { vi: "Lưu ý", en: "Notes" },
  dismiss: { vi: "Đóng thông báo", en: "Dismiss" },
  done: { vi: "Xong", en: "Done" },
  error: { vi: "Lỗi", en: "Error" },
  progressLabel: { vi: "Tiến độ", en: "Progress" },
  progressCount: { vi: "{done}/{total}", en: "{done}/{total}" },
  progressRows: { vi: "{done}/{total} dòng", en: "{done}/{total} {total|row|rows}" },
  progressMegabytes: { vi: "{done}/{total} MB", en: "{done}/{total} MB" },
  progressKilobytes: { vi: "{done}/{total} KB", en: "{done}/{total} KB" },
  progressSteps: { vi: "bước {done}/{total}", en: "step {done} of {total}" },

  // Consolidation of the forms returned by the agencies
  jobConsolidate: { vi: "Tổng hợp biểu mẫu các cơ quan gửi về", en: "Consolidate the agencies' returns" },
  jobConsolidateHint: {
    vi: "Chọn nhiều tệp cùng lúc; mỗi cơ quan được rà soát theo quy định của chính cơ quan đó, rồi cộng thành một bảng.",
    en: "Pick many files at once; each agency is checked under its own rules, then all are added up in one table.",
  },
  consolidating: { vi: "Đang đọc tệp {name}…", en: "Reading {name}…" },
  progressFiles: { vi: "{done}/{total} tệp", en: "{done}/{total} {total|file|files}" },
  returnsTitle: { vi: "Biểu mẫu các cơ quan gửi về", en: "Forms returned by the agencies" },
  returnsHint: {
    vi: "Chọn một lúc nhiều tệp (giữ Ctrl hoặc Shift khi chọn). Từng tệp được đọc trên máy này rồi bỏ đi, chỉ giữ lại số liệu; không tải lên đâu cả.",
    en: "Pick many files at once (hold Ctrl or Shift). Each file is read on this computer, then let go: only its figures are kept, nothing is uploaded.",
  },
  returnsPick: { vi: "Chọn các tệp (.xlsx, .csv)", en: "Pick the files (.xlsx, .csv)" },
  returnsPickMore: { vi: "Thêm tệp", en: "Add files" },
  returnsClear: { vi: "Bỏ hết các tệp", en: "Remove all files" },
  returnsNone: { vi: "Chưa chọn tệp nào.", en: "No file picked yet." },
  returnsMissing: {
    vi: "Chưa tổng hợp được số liệu của: {list}",
    en: "Figures not consolidated for: {list}",
  },
  returnsWhyNotRead: { vi: "không đọc được tệp", en: "file not read" },
  returnsWhyDisagrees: { vi: "số tổng không khớp với các dòng", en: "stated total disagrees with the rows" },
  returnsComplete: {
    vi: "Đã tổng hợp đủ {count} cơ quan, đơn vị.",
    en: "All {count} {count|agency|agencies} consolidated.",
  },
  returnsDuplicate: {
    vi: "“{agency}” gửi hai lần: {first} và {later}; đang dùng {used}.",
    en: "“{agency}” returned twice: {first} and {later}; using {used}.",
  },
  returnsDuplicateContent: {
    vi: "Hai tệp giống hệt nhau: {first} và {later}; đang dùng {used}.",
    en: "Two files with the same content: {first} and {later}; using {used}.",
  },
  returnsUnresolved: {
    vi: "Chưa xác định bản nào đúng: chọn ô dưới đây để dùng bản gửi sau, hoặc bỏ các tệp rồi chọn lại không có tệp thừa.",
    en: "Which return is right is not settled: tick the box below to use the later one, or remove the files and pick them again without the extra one.",
  },
  returnsUseLater: {
    vi: "Cơ quan nào gửi hai lần thì dùng bản gửi sau",
    en: "When an agency returned twice, use the later file",
  },
  statusRead: { vi: "Đã tổng hợp", en: "Consolidated" },
  statusWarnings: { vi: "Đã tổng hợp, có cảnh báo", en: "Consolidated, with warnings" },
  statusNotRead: { vi: "Không đọc được", en: "Not read" },
  statusDisagrees: { vi: "Chưa đưa vào tổng hợp", en: "Left out of the totals" },
  statusSuperseded: { vi: "Không dùng (trùng với {file})", en: "Not used (duplicate of {file})" },
  returnsFigures: {
    vi: "{units} đơn vị · {heads} cấp trưởng · {deputies} cấp phó · {staff} biên chế",
    en: "{units} {units|unit|units} · {heads} {heads|head|heads} · {deputies} {deputies|deputy|deputies} · {staff} staff",
  },
  returnsExcess: { vi: "vượt {excess} cấp phó", en: "{excess} {excess|deputy|deputies} over the cap" },
  returnsTotal: { vi: "Tổng cộng ({count} cơ quan)", en: "Total ({count} {count|agency|agencies})" },
  returnsFromFile: { vi: "tên lấy theo tên tệp", en: "named from the file name" },
  returnsStale: {
    vi: "Ngày báo cáo hoặc phân loại tỉnh đã thay đổi: bấm Tổng hợp lại để rà soát lại theo đó.",
    en: "The report date or the province class changed: choose Consolidate again to check the returns under them.",
  },
  returnsReread: { vi: "Tổng hợp lại", en: "Consolidate again" },
  needReturns: {
    vi: "Hãy chọn các tệp biểu mẫu các cơ quan gửi về.",
    en: "Pick the files the agencies returned.",
  },
  returnsStaleReport: {
    vi: "Số liệu đã đọc theo ngày báo cáo hoặc phân loại tỉnh cũ: bấm Tổng hợp lại trước khi tạo báo cáo.",
    en: "The returns were checked under an earlier report date or province class: consolidate again before making the report.",
  },
  confirmIncomplete: {
    vi: "Số liệu tổng hợp CHƯA ĐẦY ĐỦ: chưa tổng hợp được số liệu của {list}. Nếu vẫn tạo, báo cáo sẽ ghi rõ các cơ quan còn thiếu.",
    en: "The consolidation is INCOMPLETE: no figures for {list}. If you go ahead, the report will name the agencies missing.",
  },
  insertedExcelIncomplete: {
    vi: "Đã chèn báo cáo vào «{where}»; số liệu CHƯA ĐẦY ĐỦ (thiếu {list}), báo cáo có ghi rõ.",
    en: "Inserted into “{where}”; the consolidation is INCOMPLETE (missing {list}), as the report says.",
  },
  insertedFileIncomplete: {
    vi: "Đã tải xuống {where}; số liệu CHƯA ĐẦY ĐỦ (thiếu {list}), báo cáo có ghi rõ.",
    en: "Downloaded {where}; the consolidation is INCOMPLETE (missing {list}), as the report says.",
  },

  // Proposals (under the preview of a review with units below the minimum size)
  proposalsTitle: { vi: "Đề xuất phương án", en: "Proposed mergers" },
  proposalsHint: {
    vi: "Hợp nhất trong cùng cơ quan và cùng loại quy định; xếp theo: ít đơn vị dưới mức tối thiểu nhất, rồi ít cấp phó dôi dư nhất, rồi ít đơn vị nhất, rồi ít người phải chuyển nhất.",
    en: "Mergers within one body and rule family, ranked by: fewest units below the minimum, then fewest excess deputies, then fewest units, then fewest people moving.",
  },
  proposalOption: {
    vi: "Phương án {n}: còn {units} đơn vị; {below} đơn vị dưới mức tối thiểu; {excess} cấp phó dôi dư",
    en: "Option {n}: {units} {units|unit|units}; {below} below the minimum; {excess} excess {excess|deputy|deputies}",
  },
  proposalMove: {
    vi: "{name} ({staff} người) hợp nhất vào {into}",
    en: "{name} ({staff} people) merges into {into}",
  },
  proposalMoveBelow: {
    vi: "{name} ({staff} người, dưới mức tối thiểu {min}) hợp nhất vào {into}",
    en: "{name} ({staff} people, below the minimum of {min}) merges into {into}",
  },
  proposalsNothing: {
    vi: "Không có cách hợp nhất nào tốt hơn hiện trạng theo quy định.",
    en: "No merger does better than the present state under the rules.",
  },
  proposalUnfixable: {
    vi: "Không sửa được bằng sáp nhập: {name}",
    en: "No merger fixes {name}",
  },
  proposalsBounded: {
    vi: "Có quá nhiều cách hợp nhất; đã tìm lần lượt từng đơn vị, có thể chưa phải phương án tốt nhất.",
    en: "Too many possible mergers; searched one unit at a time, which may miss the best plan.",
  },
  excessTitle: { vi: "Lộ trình giải quyết cấp phó dôi dư", en: "Resolving excess deputies" },
  excessHint: {
    vi: "Theo tên, từng năm từ ngày quyết định đến thời hạn; thời điểm nghỉ hưu theo Điều 169 Bộ luật Lao động 2019 và Nghị định 135/2020.",
    en: "By name, year by year from the decision to the deadline; retirement per Labour Code 2019 Art. 169 and Decree 135/2020.",
  },
  excessTotals: {
    vi: "Cấp phó dôi dư: {excess}; đến thời hạn ({deadline}) còn {remaining} sau khi nghỉ hưu theo quy định.",
    en: "Excess deputies: {excess}; {remaining} left at the deadline ({deadline}) after retirements.",
  },
  excessYear: { vi: "Năm {year}: nghỉ hưu {names}", en: "{year}: retiring {names}" },
  excessNeeds: {
    vi: "Cần giải pháp khác: {unit}: {count} người trong số {names}",
    en: "Needing another solution: {unit}: {count} of {names}",
  },
  excessInsert: { vi: "Chèn lộ trình cấp phó dôi dư", en: "Insert the excess-deputy plan" },
  excessDownload: {
    vi: "Tải lộ trình cấp phó dôi dư (.xlsx)",
    en: "Download the excess-deputy plan (.xlsx)",
  },
  proposalsInsert: { vi: "Chèn so sánh các phương án", en: "Insert the plans compared" },
  proposalsDownload: { vi: "Tải so sánh các phương án (.xlsx)", en: "Download the plans compared (.xlsx)" },
} satisfies Record<string, Texts>;
