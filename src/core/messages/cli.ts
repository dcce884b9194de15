import type { Texts } from "./lang";

/** Everything the command line prints, Vietnamese first. */
export const CLI = {
  usage: {
    vi: `Tinh Gọn: phân tích biên chế, sắp xếp tổ chức bộ máy từ tệp Excel.

Cách dùng:
  tinhgon compare TRƯỚC.xlsx SAU.xlsx [--before-sheet S] [--after-sheet S] [-o KQ.xlsx|KQ.docx] [--json]
  tinhgon plan    TỆP.xlsx [--sheet S] [-o KQ.xlsx|KQ.docx] [--json] [--rules ID] [--province-class C]
  tinhgon check   TỆP.xlsx [--sheet S] [-o KQ.xlsx|KQ.docx] [--json] [--rules ID]
  tinhgon propose TỆP.xlsx [--sheet S] [--max-options N] [--keep "A;B"] [--apart "A+B;C+D"] [-o KQ.xlsx|KQ.docx] [--json]
                                      đề xuất phương án hợp nhất đúng quy định (trong cùng cơ quan, cùng loại quy định);
                                      --keep: đơn vị giữ nguyên, --apart: cặp đơn vị không hợp nhất với nhau;
                                      -o ghi báo cáo "So sánh các phương án" (tối đa 4 phương án đầu và hiện trạng)
  tinhgon scenarios TỆP.xlsx --sheets "A,B[,C,D]" [-o KQ.xlsx|KQ.docx] [--json]
                                      so sánh 2–4 phương án (mỗi trang tính có cột "Sáp nhập vào")
  tinhgon excess  DANH-SÁCH.xlsx --decision-date YYYY-MM-DD [--sheet S] [-o KQ.xlsx|KQ.docx] [--json]
                                      cấp phó dôi dư theo tên, từng năm đến thời hạn, nghỉ hưu theo BLLĐ 2019 Điều 169
  tinhgon template TÊN -o KQ.xlsx     mẫu trắng: lo-trinh-tinh-gian [--base-year N --baseline N --target 10%|KL40_2022_CONG_CHUC],
                                      theo-doi-thi-diem, bieu-don-vi, danh-sach-can-bo
  tinhgon demo                        chạy trên tệp mẫu kèm theo, ghi báo cáo (Excel và Word) vào out/
  tinhgon consolidate TỆP… | THƯ-MỤC [--sheet S] [--use-later] [-o TỔNG-HỢP.xlsx|.docx] [--json]
                                      tổng hợp các biểu do cơ quan, đơn vị gửi về (thư mục: mọi tệp .xlsx, .xlsm, .csv, .xls);
                                      mỗi cơ quan theo quy định của chính mình; thiếu cơ quan hoặc số tổng không khớp thì mã thoát 1;
                                      hai tệp của cùng một cơ quan: dùng tệp trước, --use-later để dùng tệp sau;
                                      -o ghi báo cáo rà soát cấp phó của mọi đơn vị, theo từng cơ quan (chưa đầy đủ thì cần --force)

Tùy chọn chung:
  --date YYYY-MM-DD      ngày báo cáo (chọn quy định đang có hiệu lực; mặc định hôm nay)
  --decision-date YYYY-MM-DD
                         ngày quyết định sắp xếp có hiệu lực (thời hạn giải quyết cấp phó dôi dư tính từ ngày này)
  --rules ID             bộ quy định: {rules}
  --province-class C     loại tỉnh: hn-hcm, loai-1, loai-2-3
  --unit-type T          loại đơn vị khi bảng không ghi: phong, van-phong, thanh-tra, chi-cuc,
                         phong-chi-cuc, phong-dang, phong-huyen, phong-xa, trung-tam-xa,
                         co-quan-dang-xa, xa, lanh-dao
  --cap "T=N,…"          định mức cấp phó tự nhập cho loại đơn vị chưa có văn bản công bố định mức
                         (vd. co-quan-dang-xa=2); chỉ dùng khi không có quy định, báo cáo ghi rõ là tự nhập
  --style party|state    thể thức Đảng (QĐ 399, HD 36) hoặc Nhà nước (NĐ 30) của báo cáo -o (mặc định theo quy định áp dụng)
  --details TỆP.json     thông tin báo cáo: parentBody, issuingBody, number, place, subject,
                         signerRole, signerTitle, signerName, recipients
  --explain              in các dòng tiêu đề và cách hiểu từng cột (tự in khi có lỗi hoặc phải suy đoán)
  --columns "D=deputies,G=-"
                         sửa cách hiểu cột: chữ cột = trường (unit, person, title, block, heads,
                         deputies, leaders, specialists, staff, quota, contract, mergeInto, subUnit,
                         employment, unitType, subUnits, order), "-" để bỏ qua cột
  --force                cho phép ghi đè tệp kết quả đã có, và vẫn lập báo cáo khi dữ liệu còn lỗi
                         (báo cáo sẽ ghi rõ là còn lỗi)
  --lang vi|en           ngôn ngữ thông báo
  --help, --version
Tệp vào có thể là .xlsx hoặc .csv; một tệp có thể dùng hai lần với hai trang tính khác nhau.
Báo cáo -o ghi ra Excel (.xlsx) hoặc Word (.docx) theo đuôi tệp.
Mã thoát: 0 thành công, 1 dữ liệu vào có lỗi, 2 sai cách dùng.`,
    en: `Tinh Gọn: staffing and restructuring analysis from Excel files.

Usage:
  tinhgon compare BEFORE.xlsx AFTER.xlsx [--before-sheet S] [--after-sheet S] [-o OUT.xlsx|OUT.docx] [--json]
  tinhgon plan    FILE.xlsx [--sheet S] [-o OUT.xlsx|OUT.docx] [--json] [--rules ID] [--province-class C]
  tinhgon check   FILE.xlsx [--sheet S] [-o OUT.xlsx|OUT.docx] [--json] [--rules ID]
  tinhgon propose FILE.xlsx [--sheet S] [--max-options N] [--keep "A;B"] [--apart "A+B;C+D"] [-o OUT.xlsx|OUT.docx] [--json]
                                      propose mergers that meet the rules (within one body and rule family);
                                      --keep: units that stay, --apart: pairs never merged together;
                                      -o writes the "So sánh các phương án" report (the first four options and the present state)
  tinhgon scenarios FILE.xlsx --sheets "A,B[,C,D]" [-o OUT.xlsx|OUT.docx] [--json]
                                      compare 2–4 plans (each sheet with a "merges into" column)
  tinhgon excess  ROSTER.xlsx --decision-date YYYY-MM-DD [--sheet S] [-o OUT.xlsx|OUT.docx] [--json]
                                      excess deputies by name, year by year to the deadline, retirements per Labour Code 2019 Art. 169
  tinhgon template NAME -o OUT.xlsx   blank forms: lo-trinh-tinh-gian [--base-year N --baseline N --target 10%|KL40_2022_CONG_CHUC],
                                      theo-doi-thi-diem, bieu-don-vi, danh-sach-can-bo
  tinhgon demo                        run on the bundled sample, write the reports (Excel and Word) under out/
  tinhgon consolidate FILE… | FOLDER [--sheet S] [--use-later] [-o TOTAL.xlsx|.docx] [--json]
                                      consolidate the forms returned by the agencies (a folder: its .xlsx, .xlsm, .csv, .xls files);
                                      each agency under its own rules; exit 1 when an agency is missing or its totals disagree;
                                      two files of one agency: the earlier is used, --use-later uses the later;
                                      -o writes the deputy review of every unit, by agency (an incomplete one needs --force)

Common options:
  --date YYYY-MM-DD      report date (picks the rules in force; default today)
  --decision-date YYYY-MM-DD
                         effective date of the restructuring decision (excess-deputy deadlines count from it)
  --rules ID             rule set: {rules}
  --province-class C     province class: hn-hcm, loai-1, loai-2-3
  --unit-type T          unit type where the sheet gives none: phong, van-phong, thanh-tra, chi-cuc,
                         phong-chi-cuc, phong-dang, phong-huyen, phong-xa, trung-tam-xa,
                         co-quan-dang-xa, xa, lanh-dao
  --cap "T=N,…"          deputy caps you enter for unit types no text publishes one for
                         (e.g. co-quan-dang-xa=2); used only where no rule applies, marked as entered
  --style party|state    Party (QĐ 399, HD 36) or State (NĐ 30) layout of the -o report (default: by the rules applied)
  --details FILE.json    report details: parentBody, issuingBody, number, place, subject,
                         signerRole, signerTitle, signerName, recipients
  --explain              print the header rows and how each column was understood (printed anyway
                         on errors or when the reader had to infer)
  --columns "D=deputies,G=-"
                         correct the columns: column letter = field (unit, person, title, block,
                         heads, deputies, leaders, specialists, staff, quota, contract, mergeInto,
                         subUnit, employment, unitType, subUnits, order), "-" to ignore a column
  --force                allow overwriting an existing output file, and make the report even when
                         the data has errors (the report then says so)
  --lang vi|en           language of messages
  --help, --version
Inputs may be .xlsx or .csv; the same file may be given twice with different sheets.
The -o report is written as Excel (.xlsx) or Word (.docx), by the file's extension.
Exit codes: 0 ok, 1 input problems, 2 usage.`,
  },
  badUsage: {
    vi: "Sai cách dùng: {detail}. Xem `tinhgon --help`.",
    en: "Usage error: {detail}. See `tinhgon --help`.",
  },
  unknownCommand: { vi: "không có lệnh “{value}”", en: "no command “{value}”" },
  noCommand: { vi: "chưa có lệnh", en: "no command given" },
  wrongFileCount: { vi: "lệnh {command} cần {count} tệp", en: "{command} needs {count} file(s)" },
  badDate: {
    vi: "ngày “{value}” không hợp lệ (dùng YYYY-MM-DD)",
    en: "invalid date “{value}” (use YYYY-MM-DD)",
  },
  badRules: {
    vi: "không có bộ quy định “{value}” (có: {accepted})",
    en: "no rule set “{value}” (accepted: {accepted})",
  },
  badClass: {
    vi: "không có loại tỉnh “{value}” (có: hn-hcm, loai-1, loai-2-3)",
    en: "no province class “{value}” (accepted: hn-hcm, loai-1, loai-2-3)",
  },
  badUnitType: {
    vi: "không có loại đơn vị “{value}” (có: {accepted})",
    en: "no unit type “{value}” (accepted: {accepted})",
  },
  badStyle: { vi: "thể thức phải là party hoặc state", en: "style must be party or state" },
  badOutput: {
    vi: "tệp kết quả -o phải có đuôi .xlsx (Excel) hoặc .docx (Word): “{value}”",
    en: "the -o output must end in .xlsx (Excel) or .docx (Word): “{value}”",
  },
  badLang: { vi: "ngôn ngữ phải là vi hoặc en", en: "language must be vi or en" },
  badTemplate: {
    vi: "không có mẫu “{value}” (có: {accepted})",
    en: "no template “{value}” (accepted: {accepted})",
  },
  needOutput: { vi: "cần -o TỆP.xlsx để ghi mẫu", en: "-o FILE.xlsx is needed to write the template" },
  badNumber: { vi: "{name} “{value}” không hợp lệ", en: "invalid {name} “{value}”" },
  noTable: {
    vi: "Không tìm thấy bảng biên chế nào trong {file}.",
    en: "No staffing table found in {file}.",
  },
  headingCompare: { vi: "SO SÁNH TRƯỚC VÀ SAU SẮP XẾP", en: "BEFORE AND AFTER COMPARISON" },
  headingPlan: {
    vi: "PHƯƠNG ÁN SẮP XẾP (ngày đầu sau sáp nhập)",
    en: "MERGER PLAN (day one after the merger)",
  },
  headingCheck: { vi: "RÀ SOÁT SỐ LƯỢNG CẤP PHÓ", en: "DEPUTY REVIEW" },
  source: { vi: "Nguồn", en: "Source" },
  rulesLine: { vi: "Quy định áp dụng tính đến {date}", en: "Rules in force on {date}" },
  partyStyleStateRules: {
    vi: "Báo cáo theo thể thức Đảng (--style party) nhưng các đơn vị được xét theo quy định của Nhà nước. Nếu là phòng của cơ quan Đảng, thêm --unit-type phong-dang.",
    en: "The report is in the Party layout (--style party) but the units are judged by State rules. If they are a Party body's phòng, add --unit-type phong-dang.",
  },
  colBefore: { vi: "Trước", en: "Before" },
  colAfter: { vi: "Sau", en: "After" },
  colCut: { vi: "Giảm", en: "Cut" },
  colRate: { vi: "Tỷ lệ giảm", en: "Cut rate" },
  colCount: { vi: "Số lượng", en: "Count" },
  colUnit: { vi: "Đơn vị", en: "Unit" },
  colHeads: { vi: "Trưởng", en: "Heads" },
  colDeputies: { vi: "Phó", en: "Dep." },
  colSpecialists: { vi: "CV", en: "Spec." },
  colStaff: { vi: "BC", en: "Staff" },
  colCap: { vi: "Định mức", en: "Cap" },
  colExcess: { vi: "Dôi dư", en: "Excess" },
  colDeadline: { vi: "Thời hạn", en: "Deadline" },
  colFlags: { vi: "Ghi chú", en: "Flags" },
  unsettledNote: {
    vi: "* Định mức theo quy định chưa được xác minh với văn bản gốc; hãy đối chiếu trước khi dùng.",
    en: "* Cap from a rule not yet checked against the official text; verify before relying on it.",
  },
  enteredNote: {
    vi: "* Định mức do người dùng nhập (--cap) vì chưa có văn bản công bố định mức.",
    en: "* Cap entered by the user (--cap): no text publishes one.",
  },
  enteredRules: { vi: "định mức tự nhập", en: "entered caps" },
  badCap: {
    vi: "--cap: “{value}” không hợp lệ (dạng co-quan-dang-xa=2; loại đơn vị: {accepted})",
    en: "--cap: invalid “{value}” (form co-quan-dang-xa=2; unit types: {accepted})",
  },
  removed: { vi: "Không còn là đầu mối riêng", en: "No longer a separate unit" },
  pooledExcess: { vi: "chung", en: "pooled" },
  poolLine: {
    vi: "Dôi dư tính chung cho {count} đơn vị (bình quân {average} cấp phó mỗi đơn vị, {ruleSet}): tối đa {cap}, hiện có {deputies}, dôi dư {excess}{deadline}.",
    en: "Excess pooled over {count} units (an average of {average} deputies per unit, {ruleSet}): at most {cap}, now {deputies}, {excess} over{deadline}.",
  },
  poolDeadline: { vi: ", giải quyết trước {date}", en: ", to resolve by {date}" },
  badColumns: {
    vi: "--columns: “{value}” không hợp lệ (dạng D=deputies,G=-; trường: {accepted})",
    en: "--columns: invalid “{value}” (form D=deputies,G=-; fields: {accepted})",
  },
  explainTable: {
    vi: "Cách đọc bảng trang {sheet}: dòng tiêu đề {first}–{last}{kind}",
    en: "How sheet {sheet} was read: header rows {first}–{last}{kind}",
  },
  kindUnits: { vi: " (bảng theo đơn vị)", en: " (one row per unit)" },
  kindRoster: { vi: " (danh sách theo người)", en: " (one row per person)" },
  explainRow: { vi: "  Dòng {row}: {cells}", en: "  Row {row}: {cells}" },
  explainColumns: { vi: "  Các cột:", en: "  Columns:" },
  explainIgnored: { vi: "(bỏ qua)", en: "(ignored)" },
  explainUnitFrom: {
    vi: "  Đơn vị lấy từ {where}{cell}.",
    en: "  The unit is taken from {where}{cell}.",
  },
  fromLine: { vi: "dòng “Đơn vị: …” phía trên bảng", en: "the “Đơn vị: …” line above the table" },
  fromTitle: { vi: "tên trong tiêu đề", en: "the name in the title rows" },
  fromRows: { vi: "các dòng tên đơn vị xen giữa danh sách", en: "the unit rows within the list" },
  explainTitlesFrom: {
    vi: "  Chức vụ lấy từ các dòng chức danh mà người được xếp dưới.",
    en: "  Positions are taken from the post rows the people are listed under.",
  },
  explainFix: {
    vi: '  Nếu cột nào hiểu sai, chạy lại với --columns "{example}".',
    en: '  If a column is misread, run again with --columns "{example}".',
  },
  reportWithheld: {
    vi: "Chưa lập báo cáo {file} vì dữ liệu còn {count} lỗi (ở trên). Hãy sửa rồi chạy lại, hoặc thêm --force để vẫn lập (báo cáo sẽ ghi rõ là còn lỗi).",
    en: "The report {file} was not made: the data has {count} error(s) (above). Fix them and run again, or add --force to make it anyway (the report will say so).",
  },
  into: { vi: "sáp nhập vào", en: "merged into" },
  issues: { vi: "Vấn đề trong dữ liệu", en: "Problems in the data" },
  wrote: { vi: "Đã ghi {file}", en: "Wrote {file}" },
  headingPropose: { vi: "ĐỀ XUẤT PHƯƠNG ÁN SẮP XẾP", en: "PROPOSED MERGERS" },
  proposeCurrent: {
    vi: "Hiện trạng: {units} đơn vị; {below} đơn vị dưới mức tối thiểu; {excess} cấp phó dôi dư.",
    en: "As it is: {units} units; {below} below the minimum size; {excess} excess deputies.",
  },
  proposeOption: {
    vi: "Phương án {n}: còn {units} đơn vị; {below} đơn vị dưới mức tối thiểu; {excess} cấp phó dôi dư; {moved} người chuyển đơn vị.",
    en: "Option {n}: {units} units; {below} below the minimum size; {excess} excess deputies; {moved} people move.",
  },
  proposeNothing: {
    vi: "Giữ nguyên: không có sáp nhập nào tốt hơn hiện trạng theo quy định.",
    en: "Keep as it is: no merger does better than the present state under the rules.",
  },
  headingExcess: { vi: "LỘ TRÌNH GIẢI QUYẾT CẤP PHÓ DÔI DƯ", en: "RESOLVING EXCESS DEPUTIES, YEAR BY YEAR" },
  needDecisionDate: {
    vi: "excess cần ngày quyết định sắp xếp: --decision-date YYYY-MM-DD",
    en: "excess needs the decision date: --decision-date YYYY-MM-DD",
  },
  excessDates: {
    vi: "Ngày quyết định có hiệu lực: {decision}; thời hạn giải quyết: {deadline}.",
    en: "Decision effective: {decision}; deadline: {deadline}.",
  },
  excessTotals: {
    vi: "Cấp phó dôi dư: {excess}; còn dôi dư đến thời hạn sau khi nghỉ hưu theo quy định: {remaining}.",
    en: "Excess deputies: {excess}; still in excess at the deadline after retirements: {remaining}.",
  },
  colYear: { vi: "Năm", en: "Year" },
  colExcessStart: { vi: "Dôi dư đầu năm", en: "Excess at start" },
  colRetiring: { vi: "Nghỉ hưu", en: "Retiring" },
  colRemaining: { vi: "Còn dôi dư cuối năm", en: "Excess at end" },
  excessRetiring: { vi: "Nghỉ hưu năm {year}: {names}.", en: "Retiring in {year}: {names}." },
  excessNeeds: {
    vi: "Cần giải pháp khác (điều động, luân chuyển, nghỉ hưu trước tuổi…): {unit}: {count} người trong số {names}.",
    en: "Needing another solution (transfer, rotation, early retirement…): {unit}: {count} of {names}.",
  },
  excessUnknown: {
    vi: "Chưa tính được ngày nghỉ hưu (thiếu ngày sinh hoặc giới tính): {names}.",
    en: "No retirement date (birth date or sex missing): {names}.",
  },
  headingScenarios: { vi: "SO SÁNH CÁC PHƯƠNG ÁN SẮP XẾP", en: "PLANS COMPARED" },
  badSheets: {
    vi: 'scenarios cần từ 2 đến {max} trang tính phương án khác nhau: --sheets "Phương án 1,Phương án 2"',
    en: 'scenarios takes 2 to {max} different plan sheets: --sheets "Plan 1,Plan 2"',
  },
  colScenario: { vi: "Phương án", en: "Plan" },
  colUnits: { vi: "Đầu mối", en: "Units" },
  colBelow: { vi: "Dưới mức tối thiểu", en: "Below minimum" },
  proposeOthers: { vi: "Các phương án khác:", en: "Other options:" },
  proposeRanking: {
    vi: "Xếp hạng: ít đơn vị dưới mức tối thiểu nhất, rồi ít cấp phó dôi dư nhất, rồi ít đơn vị nhất, rồi ít người phải chuyển đơn vị nhất.",
    en: "Ranked by: fewest units below the minimum, then fewest excess deputies, then fewest units, then fewest people moving.",
  },
  move: {
    vi: "{name} ({staff} người) hợp nhất vào {into}.",
    en: "{name} ({staff} people) merges into {into}.",
  },
  moveBelow: {
    vi: "{name} ({staff} người, dưới mức tối thiểu {min}) hợp nhất vào {into}.",
    en: "{name} ({staff} people, below the minimum of {min}) merges into {into}.",
  },
  unfixable: {
    vi: "Không sửa được bằng sáp nhập: {name}: {reason}.",
    en: "No merger fixes {name}: {reason}.",
  },
  unfixableAlone: {
    vi: "không có đơn vị nào khác cùng cơ quan và cùng loại quy định để hợp nhất",
    en: "no other unit of the same body and rule family to merge with",
  },
  unfixableKept: { vi: "được giữ nguyên theo yêu cầu (--keep)", en: "kept as it is on request (--keep)" },
  unfixableNotEnough: {
    vi: "hợp nhất với bất kỳ đơn vị nào được phép vẫn chưa đủ số biên chế tối thiểu",
    en: "no permitted merger brings it to the minimum size",
  },
  proposeBounded: {
    vi: "Lưu ý: cơ quan {groups} có quá nhiều cách hợp nhất (trên {limit}); đã tìm theo cách tham lam (từng đơn vị một), có thể chưa phải phương án tốt nhất.",
    en: "Note: {groups} has too many possible mergers (over {limit}); searched greedily (one unit at a time), which may miss the best plan.",
  },
  badApart: {
    vi: "--apart cần các cặp đơn vị “A+B”, cách nhau bằng dấu chấm phẩy: “{value}”.",
    en: "--apart takes pairs of units “A+B” separated by semicolons: “{value}”.",
  },
  demoIntro: {
    vi: "Tệp mẫu: Văn phòng Tỉnh ủy (số liệu công khai của Bình Phước: 7 → 5 phòng, 16 → 6 phó phòng, 52 → 47 biên chế).",
    en: "Sample: a Văn phòng Tỉnh ủy (public figures from Bình Phước: 7 → 5 units, 16 → 6 deputies, 52 → 47 staff).",
  },
  demoIntroCommune: {
    vi: "Tệp mẫu thứ hai: một xã thành lập ngày 01/7/2025 (chính quyền địa phương hai cấp; số liệu giả định): 3 phòng và Trung tâm Phục vụ hành chính công, cấp phó tính bình quân chung theo Nghị quyết 332/NQ-CP.",
    en: "Second sample: a commune formed on 1/7/2025 (two-level local government; made-up figures): 3 phòng and the public-service centre, deputies on the pooled average of Resolution 332/NQ-CP.",
  },
  headingConsolidate: {
    vi: "TỔNG HỢP SỐ LIỆU CÁC CƠ QUAN, ĐƠN VỊ",
    en: "CONSOLIDATED FIGURES OF THE AGENCIES",
  },
  consolidateMissing: {
    vi: "Chưa tổng hợp được số liệu của: {list}",
    en: "Figures not consolidated for: {list}",
  },
  missingNotRead: { vi: "không đọc được", en: "not read" },
  missingDisagrees: { vi: "số tổng không khớp với các dòng", en: "stated total disagrees with the rows" },
  consolidateFiles: { vi: "Các tệp ({count}):", en: "Files ({count}):" },
  statusRead: { vi: "đã đọc", en: "read" },
  statusWarnings: { vi: "đã đọc, có cảnh báo", en: "read with warnings" },
  statusNotRead: { vi: "không đọc được", en: "not read" },
  statusSuperseded: { vi: "không dùng (trùng với {file})", en: "not used (duplicate of {file})" },
  statusDisagrees: { vi: "không đưa vào tổng hợp: {message}", en: "left out of the totals: {message}" },
  agencyFromFile: { vi: "tên tệp", en: "file name" },
  duplicateAgency: {
    vi: "Cảnh báo: hai tệp của cùng cơ quan “{agency}”: {first} và {later}; dùng {used}.",
    en: "Warning: two files of one agency “{agency}”: {first} and {later}; using {used}.",
  },
  duplicateContent: {
    vi: "Cảnh báo: hai tệp có nội dung giống hệt nhau: {first} và {later}; dùng {used}.",
    en: "Warning: two files with the same content: {first} and {later}; using {used}.",
  },
  duplicateHint: {
    vi: "Chưa xác định tệp nào đúng: thêm --use-later để dùng tệp gửi sau, hoặc bỏ tệp thừa khỏi danh sách.",
    en: "Which file is right is not settled: add --use-later to use the later file, or leave the extra file out.",
  },
  colAgency: { vi: "Cơ quan, đơn vị", en: "Agency" },
  colStatus: { vi: "Tình trạng", en: "Status" },
  consolidateTotal: { vi: "Tổng cộng ({count} cơ quan)", en: "Total ({count} agencies)" },
  consolidateIncomplete: {
    vi: "Số liệu tổng hợp CHƯA ĐẦY ĐỦ: {count} cơ quan, đơn vị còn thiếu hoặc chưa khớp.",
    en: "The consolidation is INCOMPLETE: {count} agencies missing or disagreeing.",
  },
  consolidateUnresolved: {
    vi: "Số liệu tổng hợp CHƯA ĐẦY ĐỦ: còn tệp trùng chưa xác định.",
    en: "The consolidation is INCOMPLETE: duplicate returns not settled.",
  },
  consolidateComplete: {
    vi: "Đã tổng hợp đủ {count} cơ quan, đơn vị.",
    en: "All {count} agencies consolidated.",
  },
  consolidateProgress: { vi: "Đang đọc {n}/{total}: {file}", en: "Reading {n}/{total}: {file}" },
  noInputFiles: {
    vi: "lệnh consolidate cần ít nhất một tệp hoặc một thư mục có tệp .xlsx, .xlsm, .csv",
    en: "consolidate needs at least one file, or a folder with .xlsx, .xlsm, .csv files",
  },
  consolidateWithheld: {
    vi: "Chưa lập báo cáo {file} vì số liệu tổng hợp chưa đầy đủ (ở trên). Hãy bổ sung rồi chạy lại, hoặc thêm --force để vẫn lập (báo cáo sẽ ghi rõ cơ quan còn thiếu).",
    en: "The report {file} was not made: the consolidation is incomplete (above). Complete it and run again, or add --force to make it anyway (the report will name the agencies missing).",
  },
} as const satisfies Record<string, Texts>;
