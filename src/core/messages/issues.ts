/**
 * Every message the engine can give, in Vietnamese and English, by {@link IssueCode}. `{name}`
 * placeholders are filled from the issue's params. Catalogue ids: "issue.<code>", "issueNote.<key>",
 * "level.<level>".
 */
import type { IssueCode, IssueLevel } from "../types";
import type { Texts } from "./lang";

export const ISSUES: Record<IssueCode, Texts> = {
  // files and sheets (hosts/xlsx)
  "file-not-found": {
    vi: "Không tìm thấy tệp {file}.",
    en: "File {file} was not found.",
  },
  "file-read-failed": {
    vi: "Không đọc được tệp {file} ({reason}).",
    en: "Cannot read file {file} ({reason}).",
  },
  "file-xls": {
    vi: "Tệp {file} là định dạng Excel 97-2003 (.xls). Hãy mở bằng Excel và chọn Lưu thành (Save As) → Sổ làm việc Excel (.xlsx).",
    en: "File {file} is in the Excel 97-2003 format (.xls). Open it in Excel and choose Save As → Excel Workbook (.xlsx).",
  },
  "file-ods": {
    vi: "Tệp {file} là định dạng OpenDocument (.ods). Hãy mở bằng LibreOffice Calc, chọn Tệp → Lưu thành (File → Save As) với kiểu tệp “Excel 2007-365 (.xlsx)”.",
    en: "File {file} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice Calc and choose File → Save As with the file type “Excel 2007-365 (.xlsx)”.",
  },
  "file-encrypted": {
    vi: "Tệp {file} được đặt mật khẩu nên không đọc được. Hãy mở bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu) rồi lưu lại.",
    en: "File {file} is password-protected and cannot be read. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it) and save it again.",
  },
  "file-corrupt": {
    vi: "Tệp {file} không phải là tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng. Hãy mở bằng Excel rồi lưu lại thành .xlsx.",
    en: "File {file} is not a valid Excel (.xlsx) file or is damaged. Open it in Excel and save it again as .xlsx.",
  },
  "file-too-large": {
    vi: "Tệp {file} quá lớn để đọc: khi giải nén lên tới {size} MB (tối đa {limit} MB). Hãy chép riêng bảng cần phân tích sang một tệp mới rồi thử lại.",
    en: "File {file} is too large to read: it unpacks to {size} MB (at most {limit} MB). Copy just the table to analyse into a new file and try again.",
  },
  "file-unsupported": {
    vi: "Không đọc được loại tệp của {file}. Tinh Gọn đọc các tệp .xlsx, .xlsm và .csv.",
    en: "Unsupported file type: {file}. Tinh Gọn reads .xlsx, .xlsm and .csv files.",
  },
  "sheet-not-found": {
    vi: "Tệp {file} không có trang tính “{sheet}”. Các trang tính có trong tệp: {sheets}.",
    en: "File {file} has no sheet “{sheet}”. Sheets in the file: {sheets}.",
  },
  "sheet-truncated": {
    vi: "Trang tính {sheet} quá lớn; chỉ đọc vùng {range}.",
    en: "Sheet {sheet} is too large; only {range} was read.",
  },
  "file-exists": {
    vi: "Tệp {file} đã có. Hãy chọn tên khác, hoặc thêm --force để ghi đè.",
    en: "File {file} already exists. Choose another name, or add --force to overwrite it.",
  },
  "output-is-input": {
    vi: "Tệp kết quả {file} trùng với tệp đầu vào; Tinh Gọn không ghi vào tệp nguồn. Hãy chọn tên khác.",
    en: "The output file {file} is one of the input files; Tinh Gọn never writes to a source file. Choose another name.",
  },
  "file-write-failed": {
    vi: "Không ghi được tệp {file} ({reason}); không có tệp nào bị thay đổi.",
    en: "Could not write {file} ({reason}); nothing was changed.",
  },
  "file-locked": {
    vi: "Tệp {file} đang được mở trong chương trình khác (có thể là Excel). Hãy đóng tệp rồi thử lại.",
    en: "File {file} is open in another program (Excel?). Close it and try again.",
  },
  "empty-grid": {
    vi: "Trang tính {sheet} không có dữ liệu.",
    en: "Sheet {sheet} has no data.",
  },
  "no-header": {
    vi: "Không tìm thấy dòng tiêu đề của bảng (cần có cột tên đơn vị và các cột số lượng như Trưởng phòng, Phó trưởng phòng, Biên chế; hoặc danh sách có cột Chức vụ).",
    en: "No table header found (a unit-name column and count columns such as heads, deputies, staff; or a roster with a position column).",
  },
  "no-name-column": {
    vi: "Bảng không có cột tên đơn vị (Tên đơn vị, Phòng, Đơn vị...).",
    en: "The table has no unit-name column.",
  },
  "no-count-columns": {
    vi: "Bảng không có cột số lượng nào (Trưởng phòng, Phó trưởng phòng, Chuyên viên, Biên chế...).",
    en: "The table has no count columns (heads, deputies, specialists, staff...).",
  },
  "no-data-rows": {
    vi: "Bảng có tiêu đề nhưng không có dòng đơn vị nào.",
    en: "The table has a header but no unit rows.",
  },
  "not-a-number": {
    vi: "Ô {cell} chứa “{value}”, không phải là số ({column}).",
    en: "Cell {cell} holds “{value}”, which is not a number ({column}).",
  },
  "negative-count": {
    vi: "Ô {cell} là số âm ({value}); số lượng người phải từ 0 trở lên.",
    en: "Cell {cell} is negative ({value}); a head count must be 0 or more.",
  },
  "fractional-count": {
    vi: "Ô {cell} là số lẻ ({value}); số lượng người phải là số nguyên.",
    en: "Cell {cell} is not a whole number ({value}); a head count must be an integer.",
  },
  "count-too-large": {
    vi: "Ô {cell} chứa số quá lớn ({value}) để là số người; đã bỏ qua.",
    en: "Cell {cell} holds {value}, too large for a head count; ignored.",
  },
  "excess-needs-roster": {
    vi: "Trang “{sheet}” không phải danh sách cán bộ có ngày sinh và giới tính: cần danh sách từng người để lập lộ trình cấp phó dôi dư theo tên.",
    en: "Sheet “{sheet}” is not a roster with birth dates and sex: the excess-deputy plan by name needs one row per person.",
  },
  // The same problems in an argument of a custom function (=TINHGON.…), named by the argument.
  "arg-not-a-number": {
    vi: "Đối số {name}: {value} không phải là số.",
    en: "Argument {name}: {value} is not a number.",
  },
  "arg-not-finite": {
    vi: "Đối số {name} có giá trị không hữu hạn.",
    en: "Argument {name} is not a finite number.",
  },
  "arg-negative-count": {
    vi: "Đối số {name} là số âm ({value}); số người phải từ 0 trở lên.",
    en: "Argument {name} is negative ({value}); a head count must be 0 or more.",
  },
  "arg-fractional-count": {
    vi: "Đối số {name} là số lẻ ({value}); số người phải là số nguyên.",
    en: "Argument {name} is not a whole number ({value}); a head count must be an integer.",
  },
  "arg-count-too-large": {
    vi: "Đối số {name} là số quá lớn ({value}) để là số người.",
    en: "Argument {name} is too large ({value}) for a head count.",
  },
  "arg-not-a-birth-date": {
    vi: "Đối số {name}: {value} không phải là ngày sinh (cần một ngày, chữ dạng dd/mm/yyyy hoặc mm/yyyy, hoặc năm sinh từ 1900 đến 2100).",
    en: "Argument {name}: {value} is not a date of birth (expected a date, text dd/mm/yyyy or mm/yyyy, or a year of birth from 1900 to 2100).",
  },
  "arg-not-a-sex": {
    vi: "Đối số {name}: {value} không phải là giới tính (cần “Nam”, “Nữ”, “nam”, “nu”, “M”, “F”, 1 là nam hoặc 0 là nữ).",
    en: "Argument {name}: {value} is not a sex (expected “Nam”, “Nữ”, “nam”, “nu”, “M”, “F”, 1 for male or 0 for female).",
  },
  "cell-error-value": {
    vi: "Ô {cell} có lỗi {value}; đã tính là 0.",
    en: "Cell {cell} holds the error {value}; counted as 0.",
  },
  "staff-mismatch": {
    vi: "Đơn vị “{unit}”: tổng số {staff} khác tổng các thành phần {parts} (trưởng + phó + chuyên viên).",
    en: "Unit “{unit}”: total {staff} differs from the sum of its parts {parts} (heads + deputies + specialists).",
  },
  "staff-less-than-leaders": {
    vi: "Đơn vị “{unit}”: tổng số {staff} nhỏ hơn số lãnh đạo {leaders}.",
    en: "Unit “{unit}”: total {staff} is less than its leaders {leaders}.",
  },
  "total-mismatch": {
    vi: "Dòng tổng cộng ghi {field} = {stated}, nhưng cộng các đơn vị được {computed}.",
    en: "The total row says {field} = {stated}, but the units add up to {computed}.",
  },
  "count-mismatch": {
    vi: "Ô {cell} ghi {stated} người, nhưng danh sách có {computed} người.",
    en: "Cell {cell} states {stated} people, but the list has {computed}.",
  },
  "duplicate-unit": {
    vi: "Tên đơn vị “{unit}” xuất hiện nhiều lần (cũng ở dòng {other}); các dòng được cộng gộp.",
    en: "Unit name “{unit}” appears more than once (also row {other}); the rows are added together.",
  },
  "unknown-unit-type": {
    vi: "Không nhận ra loại đơn vị “{value}”; dùng loại “phòng”. Các loại hợp lệ: {accepted}.",
    en: "Unknown unit type “{value}”; “phòng” is used. Accepted: {accepted}.",
  },
  "unknown-merge-target": {
    vi: "Đơn vị “{unit}” sáp nhập vào “{target}”, một đơn vị chưa có trong bảng: đơn vị mới được tạo.",
    en: "Unit “{unit}” merges into “{target}”, which is not in the table: a new unit is formed.",
  },
  "merge-target-conflict": {
    vi: "Đơn vị “{unit}” có nhiều đơn vị đích khác nhau ({targets}); dùng “{target}”.",
    en: "Unit “{unit}” has several different merge targets ({targets}); “{target}” is used.",
  },
  "merge-chain": {
    vi: "Đơn vị “{unit}” sáp nhập vào “{target}”, nhưng “{target}” lại sáp nhập vào “{next}”; đã gộp thẳng vào “{final}”.",
    en: "Unit “{unit}” merges into “{target}”, which itself merges into “{next}”; merged straight into “{final}”.",
  },
  "merge-cycle": {
    vi: "Các đơn vị sáp nhập vòng tròn vào nhau ({units}); các đơn vị này được giữ nguyên, chưa sáp nhập.",
    en: "Units merge into each other in a circle ({units}); they are left unmerged.",
  },
  "merge-target-ambiguous": {
    vi: "Đơn vị “{unit}” sáp nhập vào “{target}”, nhưng bảng có {count} đơn vị tên “{target}” ở các khối khác nhau; hãy ghi rõ tên đơn vị đích (ví dụ kèm tên khối).",
    en: "Unit “{unit}” merges into “{target}”, but the table has {count} units named “{target}” in different blocks; write the target so that it names one of them (e.g. with its block).",
  },
  "plan-without-merge-column": {
    vi: "Trang tính {sheet} không có cột “Sáp nhập vào” (hoặc “Hợp nhất vào”, “Đơn vị mới”) nên không lập được phương án: một phương án không sáp nhập đơn vị nào không phải là kết quả sắp xếp. Hãy thêm cột đó, chọn đúng trang tính, hoặc dùng lệnh rà soát (check).",
    en: "Sheet {sheet} has no “Sáp nhập vào” (merges into) column, so no plan can be made: a plan that merges nothing is not a restructuring. Add that column, choose the right sheet, or use the review (check).",
  },
  "compare-same-table": {
    vi: "Bảng trước sắp xếp ({before}) và bảng sau sắp xếp ({after}) giống hệt nhau: có thể đã chọn cùng một bảng hai lần. Hãy chọn bảng sau sắp xếp.",
    en: "The before table ({before}) and the after table ({after}) are identical: the same table may have been chosen twice. Choose the after table.",
  },
  "empty-title": {
    vi: "Người ở dòng {row} không có chức vụ; tính là chuyên viên.",
    en: "The person on row {row} has no position title; counted as a specialist.",
  },
  "person-without-unit": {
    vi: "Người ở dòng {row} không thuộc đơn vị nào; bỏ qua.",
    en: "The person on row {row} belongs to no unit; skipped.",
  },
  "person-repeated": {
    vi: "“{name}” ở dòng {row} không có số thứ tự và đã có tên ở dòng {other} (kiêm nhiệm chức danh khác): tính một người.",
    en: "“{name}” on row {row} has no number and is already listed on row {other} (a second post held by the same person): counted once.",
  },
  "unit-without-figures": {
    vi: "Đơn vị “{unit}” không có số liệu; tính là 0.",
    en: "Unit “{unit}” has no figures; counted as 0.",
  },
  "no-leader-columns": {
    vi: "Bảng không có cột cấp trưởng, cấp phó (hoặc lãnh đạo): số cấp trưởng, cấp phó tính là 0 và chưa rà soát được định mức cấp phó.",
    en: "The table has no head or deputy (leader) columns: heads and deputies count as 0 and deputy caps cannot be reviewed.",
  },
  "no-staff-column": {
    vi: "Bảng không có cột số người (Tổng số, Biên chế, Số có mặt) hay cột chuyên viên, nên không biết biên chế của đơn vị (cột có số nhưng chưa hiểu: {unread}). Hãy chỉ rõ cột nào là tổng số (ngăn Tinh Gọn: phần Cột; dòng lệnh: --columns).",
    en: "The table has no head-count column (total, staff, present) nor a specialists column, so the units' staff is unknown (columns holding numbers not understood: {unread}). Say which column is the total (Tinh Gọn pane: Columns; command line: --columns).",
  },
  "legacy-encoding-unknown": {
    vi: "Ô {cell} (“{value}”) có vẻ được gõ bằng bảng mã cũ {encoding} nhưng phông chữ của ô không cho biết bảng mã, nên Tinh Gọn không đọc. Hãy chuyển mã sang Unicode (ví dụ Unikey: Công cụ chuyển mã, từ {encoding} sang Unicode) rồi thử lại.",
    en: "Cell {cell} (“{value}”) looks typed in the legacy {encoding} encoding, but its font does not say which encoding, so Tinh Gọn does not read it. Convert it to Unicode (e.g. Unikey's converter, from {encoding} to Unicode) and try again.",
  },
  "rule-family-inferred": {
    vi: "Các đơn vị được xét theo quy định cho {family} vì tiêu đề bảng ghi “{text}” (ô {cell}). Nếu không đúng, hãy chọn loại đơn vị.",
    en: "The units are judged by the rules for a {family} because the sheet's title says “{text}” (cell {cell}). If that is wrong, choose the unit type.",
  },
  "rule-family-assumed": {
    vi: "Trang tính {sheet} không cho biết các đơn vị thuộc cơ quan Đảng hay Nhà nước (tiêu đề không ghi “TỈNH ỦY …” hay “UBND … / SỞ …”): đã áp dụng quy định cho “{unitType}” theo tên đơn vị. Nếu là phòng của cơ quan Đảng, hãy chọn loại đơn vị “Phòng thuộc cơ quan tham mưu, giúp việc tỉnh ủy” (dòng lệnh: --unit-type phong-dang).",
    en: "Sheet {sheet} does not say whether its units belong to a Party or a State body (no “TỈNH ỦY …” or “UBND … / SỞ …” in its title): the rule for “{unitType}” was applied from the unit names. If these are a Party body's phòng, choose the unit type “Phòng thuộc cơ quan tham mưu, giúp việc tỉnh ủy” (command line: --unit-type phong-dang).",
  },
  "deadline-from-report-date": {
    vi: "Chưa có ngày quyết định sắp xếp có hiệu lực: thời hạn giải quyết cấp phó dôi dư đang tính từ ngày báo cáo {date} và sẽ đổi khi lập lại báo cáo. Hãy nhập ngày quyết định (dòng lệnh: --decision-date YYYY-MM-DD).",
    en: "No effective date of the restructuring decision: the deadline for excess deputies is counted from the report date {date} and will move when the report is made again. Enter the decision date (command line: --decision-date YYYY-MM-DD).",
  },
  "deadline-both": {
    vi: "Cấp phó dôi dư phải giải quyết xong trước ngày {date} ({source}); {otherSource} cho phép đến ngày {otherDate}. Báo cáo ghi thời hạn sớm hơn.",
    en: "Excess deputies must be resolved by {date} ({source}); {otherSource} allows until {otherDate}. The report gives the earlier deadline.",
  },
  "no-published-cap": {
    vi: "Chưa có văn bản công bố định mức cấp phó cho “{unitType}” (đơn vị “{unit}”): định mức để trống. Hãy theo quyết định của cấp có thẩm quyền.",
    en: "No published deputy cap for “{unitType}” (unit “{unit}”): the cap is left blank. Follow the competent body's decision.",
  },
  "cap-entered": {
    vi: "Chưa có văn bản công bố định mức cấp phó cho “{unitType}”: dùng định mức {cap} do người dùng nhập; báo cáo ghi rõ định mức này là tự nhập.",
    en: "No published deputy cap for “{unitType}”: the cap of {cap} entered by the user is used; the report says it was entered.",
  },
  "entered-cap-ignored": {
    vi: "Định mức tự nhập cho “{unitType}” ({cap}) không được dùng: đã có định mức theo {ruleSet}.",
    en: "The cap entered for “{unitType}” ({cap}) is not used: {ruleSet} sets one.",
  },
  "body-leadership": {
    vi: "“{unit}” là lãnh đạo của cơ quan, không phải một phòng: không tính là đầu mối, không xét theo định mức cấp phó của phòng; số cấp phó của mỗi phòng không được vượt số cấp phó này ({deputies}). Số phó giám đốc sở là bình quân 03 trên các sở của tỉnh do UBND tỉnh phân bổ (điểm c khoản 1 Điều 6 Nghị định 150/2025/NĐ-CP); cấp phó của cơ quan Đảng do ban thường vụ quyết định.",
    en: "“{unit}” is the body's own leadership, not a phòng: it is not counted as a unit nor judged by a phòng's cap; no phòng may have more deputies than it has ({deputies}). Deputy directors of a sở average 3 over the province's sở, allocated by the provincial committee (Decree 150/2025 Art. 6(1)(c)); a Party body's deputies are set by its standing committee.",
  },
  "party-deputies-total": {
    vi: "Tổng số cấp phó của lãnh đạo các cơ quan tham mưu, giúp việc tỉnh ủy trong bảng là {deputies}, quá {cap} người theo {source}. Định mức này chưa được xác minh với văn bản gốc: hãy đối chiếu.",
    en: "The Party advisory bodies' leaderships in the table have {deputies} deputies in all, over the {cap} of {source}. This limit is not verified against the official text: check it.",
  },
  "pooled-cap": {
    vi: "Định mức bình quân {average} cấp phó mỗi đơn vị, tính chung cho {count} đơn vị ({units}): tối đa {cap}, hiện có {deputies}, dôi dư {excess}. Căn cứ: {rule}.",
    en: "A cap of {average} deputies per unit on average, pooled over {count} units ({units}): at most {cap}, now {deputies}, {excess} over. Basis: {rule}.",
  },
  "rule-not-applicable": {
    vi: "Bộ quy định {ruleSet} không có định mức cấp phó cho loại đơn vị “{unitType}” (đơn vị “{unit}”).",
    en: "Rule set {ruleSet} has no deputy cap for unit type “{unitType}” (unit “{unit}”).",
  },
  "no-rule-in-force": {
    vi: "Không có quy định định mức cấp phó nào cho loại đơn vị “{unitType}” còn hiệu lực vào ngày {dateText} (đơn vị “{unit}”). Muốn tính theo quy định trước đây, hãy chọn bộ quy định đó.",
    en: "No deputy-cap rule for unit type “{unitType}” is in force on {dateText} (unit “{unit}”). To apply an earlier rule, choose that rule set.",
  },
  "rule-unsettled": {
    vi: "Định mức của {ruleSet} cho “{unitType}” chưa được xác minh với văn bản gốc ({source}); hãy đối chiếu trước khi dùng.",
    en: "The {ruleSet} cap for “{unitType}” is not yet checked against the official text ({source}); verify before relying on it.",
  },
  "province-class-assumed": {
    vi: "Định mức của {ruleSet} phụ thuộc loại tỉnh nhưng chưa chọn loại tỉnh; tạm dùng “{assumed}”.",
    en: "The {ruleSet} caps depend on the province class, which was not given; “{assumed}” is assumed.",
  },
  "unknown-rule-set": {
    vi: "Không có bộ quy định “{value}”. Các bộ hợp lệ: {accepted}.",
    en: "No rule set “{value}”. Accepted: {accepted}.",
  },
  "unknown-province-class": {
    vi: "Không nhận ra loại tỉnh “{value}”. Các loại hợp lệ: {accepted}.",
    en: "Unknown province class “{value}”. Accepted: {accepted}.",
  },
  "division-by-zero": {
    vi: "Không chia được: {what} bằng 0.",
    en: "Cannot divide: {what} is 0.",
  },
  "quota-assumed-from-staff": {
    vi: "Bảng không có biên chế được giao; định mức cấp phó được tính trên tổng số biên chế hiện có.",
    en: "The table has no assigned quota; deputy caps are computed on the staff count.",
  },
  "invalid-value": {
    vi: "Giá trị “{value}” không hợp lệ cho “{name}” (cần: {expected}).",
    en: "Invalid value “{value}” for “{name}” (expected: {expected}).",
  },
  "invalid-birth-date": {
    vi: "Ô {cell} (ngày sinh của “{person}”) chứa “{value}”, không phải là một ngày sinh (cần ngày dd/mm/yyyy, tháng mm/yyyy hoặc năm yyyy); người này không tính được thời điểm nghỉ hưu.",
    en: "Cell {cell} (date of birth of “{person}”) holds “{value}”, which is not a date of birth (expected dd/mm/yyyy, mm/yyyy or a year yyyy); this person's retirement date cannot be computed.",
  },
  "invalid-sex": {
    vi: "Ô {cell} (giới tính của “{person}”) chứa “{value}”, không rõ là Nam hay Nữ; người này không tính được thời điểm nghỉ hưu.",
    en: "Cell {cell} (sex of “{person}”) holds “{value}”, neither male (Nam) nor female (Nữ); this person's retirement date cannot be computed.",
  },
  "birth-date-both-sexes": {
    vi: "Dòng {row}: ngày sinh của “{person}” được ghi ở cả cột Nam và cột Nữ ({columns}); không rõ giới tính, người này không tính được thời điểm nghỉ hưu.",
    en: "Row {row}: the date of birth of “{person}” is written in both the male (Nam) and the female (Nữ) column ({columns}); the sex is unclear and this person's retirement date cannot be computed.",
  },
  // Excel add-in host (hosts/excel)
  "excel-sheet-not-found": {
    vi: "Sổ làm việc không có trang tính “{sheet}”.",
    en: "The workbook has no sheet “{sheet}”.",
  },
  "excel-table-not-found": {
    vi: "Sổ làm việc không có bảng “{table}”.",
    en: "The workbook has no table “{table}”.",
  },
  "excel-read-too-large": {
    vi: "Vùng dữ liệu quá lớn để đọc trong một lần (Excel cho web giới hạn 5 MB mỗi lần). Hãy chọn riêng vùng bảng cần phân tích.",
    en: "The data is too large to read at once (Excel on the web allows 5 MB per request). Select just the table to analyse.",
  },
  "excel-read-cell-limit": {
    vi: "Vùng dữ liệu cần đọc lớn hơn 5.000.000 ô, mức tối đa Excel cho đọc trong một lần. Thường là do có một giá trị nằm lạc ở xa bảng (ví dụ ở cột hoặc dòng cuối trang tính): hãy chọn riêng vùng bảng cần phân tích, hoặc xóa các ô thừa đó rồi thử lại.",
    en: "The block to read has more than 5,000,000 cells, the most Excel reads at once. This usually comes from a stray value far from the table (in the last columns or rows of the sheet): select just the table to analyse, or delete those stray cells and try again.",
  },
  "excel-read-failed": {
    vi: "Không đọc được dữ liệu từ Excel ({reason}).",
    en: "Could not read the data from Excel ({reason}).",
  },
  "report-empty": {
    vi: "Báo cáo không có trang nào để chèn.",
    en: "The report has no sheet to insert.",
  },
  "report-too-large": {
    vi: "Báo cáo quá lớn để chèn vào Excel (khoảng {size} MB, tối đa {limit} MB). Sổ làm việc chưa bị thay đổi; hãy tải báo cáo về dưới dạng tệp .xlsx.",
    en: "The report is too large to insert into Excel (about {size} MB, at most {limit} MB). The workbook was not changed; download the report as an .xlsx file instead.",
  },
  "report-write-failed": {
    vi: "Không chèn được báo cáo vào Excel ({reason}). Các trang tính tạo dở đã được xóa; sổ làm việc giữ nguyên như trước.",
    en: "Could not insert the report into Excel ({reason}). The half-made sheets were deleted; the workbook is as it was.",
  },
  "report-rollback-failed": {
    vi: "Không chèn được báo cáo vào Excel ({reason}) và không xóa được trang tính tạo dở {sheets}. Hãy xóa (các) trang tính này bằng tay.",
    en: "Could not insert the report into Excel ({reason}) nor delete the half-made sheet(s) {sheets}. Please delete them by hand.",
  },
  "report-page-setup-skipped": {
    vi: "Trang “{sheet}”: chưa thiết lập trang in (khổ A4, lề, dòng tiêu đề lặp lại, số trang) vì phiên bản Excel này chưa hỗ trợ (cần ExcelApi 1.9). Hãy thiết lập trong thẻ Bố trí Trang (Page Layout).",
    en: "Sheet “{sheet}”: page setup (A4, margins, repeated header rows, page numbers) was skipped because this Excel does not support it (ExcelApi 1.9 needed). Set it in the Page Layout tab.",
  },
  "report-page-setup-failed": {
    vi: "Báo cáo đã được chèn, nhưng Excel không nhận một phần thiết lập trang in của {sheets} ({reason}). Hãy kiểm tra khổ giấy, lề, dòng tiêu đề lặp lại và số trang trong thẻ Bố trí Trang (Page Layout).",
    en: "The report was inserted, but Excel refused part of the page setup of {sheets} ({reason}). Check the paper size, margins, repeated header rows and page numbers in the Page Layout tab.",
  },
  "report-indent-skipped": {
    vi: "Trang “{sheet}”: chưa áp dụng thụt lề vì phiên bản Excel này chưa hỗ trợ (cần ExcelApi 1.9).",
    en: "Sheet “{sheet}”: indents were skipped because this Excel does not support them (ExcelApi 1.9 needed).",
  },
  "report-freeze-skipped": {
    vi: "Trang “{sheet}”: chưa cố định dòng tiêu đề vì phiên bản Excel này chưa hỗ trợ (cần ExcelApi 1.7).",
    en: "Sheet “{sheet}”: header rows were not frozen because this Excel does not support it (ExcelApi 1.7 needed).",
  },
  "report-validation-skipped": {
    vi: "Trang “{sheet}”: bỏ qua danh sách chọn (không hợp lệ, hoặc phiên bản Excel này chưa hỗ trợ: cần ExcelApi 1.8).",
    en: "Sheet “{sheet}”: drop-down lists were skipped (invalid, or not supported by this Excel: ExcelApi 1.8 needed).",
  },
  "report-chart-skipped": {
    vi: "Trang “{sheet}”: chưa tạo biểu đồ (vùng số liệu không hợp lệ, hoặc phiên bản Excel này chưa hỗ trợ: cần ExcelApi 1.7).",
    en: "Sheet “{sheet}”: the chart was not created (invalid data blocks, or not supported by this Excel: ExcelApi 1.7 needed).",
  },
  "report-merge-skipped": {
    vi: "Trang “{sheet}”: bỏ qua vùng gộp ô không hợp lệ hoặc chồng lên vùng khác.",
    en: "Sheet “{sheet}”: an invalid or overlapping merged block was skipped.",
  },
  "report-cell-outside": {
    vi: "Trang “{sheet}”: bỏ qua ô nằm ngoài giới hạn của Excel.",
    en: "Sheet “{sheet}”: cells outside Excel's grid were skipped.",
  },
  // browser mode: a file opened in the page (taskpane/hosts/fileHost)
  "no-file-open": {
    vi: "Chưa mở tệp nào. Hãy chọn tệp .xlsx hoặc .csv cần phân tích.",
    en: "No file is open. Choose the .xlsx or .csv file to analyse.",
  },
  "source-excel-only": {
    vi: "Vùng đang chọn và bảng Excel (Table) chỉ đọc được khi Tinh Gọn chạy trong Excel. Với tệp đã mở, hãy chọn một trang tính.",
    en: "The current selection and Excel tables can be read only when Tinh Gọn runs inside Excel. For an opened file, choose a sheet.",
  },
  "file-timeout": {
    vi: "Xử lý tệp {file} quá {seconds} giây nên đã dừng. Hãy chép riêng bảng cần phân tích sang một tệp nhỏ hơn rồi thử lại.",
    en: "Working on {file} took more than {seconds} seconds and was stopped. Copy just the table to analyse into a smaller file and try again.",
  },
};

/** Said after an issue that stands for several cells of one column (`count` and `cells` both set). */
export const ISSUE_NOTES = {
  sameInColumn: {
    vi: " Cùng lỗi này ở {count} ô của cột: {cells}.",
    en: " The same in {count} cells of this column: {cells}.",
  },
} satisfies Record<string, Texts>;

/** The names of issue levels. */
export const LEVELS: Record<IssueLevel, Texts> = {
  error: { vi: "Lỗi", en: "Error" },
  warning: { vi: "Cảnh báo", en: "Warning" },
  info: { vi: "Lưu ý", en: "Note" },
};
