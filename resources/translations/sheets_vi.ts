<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>SheetBox</name>
    <message>
        <source>Excel and CSV</source>
        <translation>Excel và CSV</translation>
    </message>
    <message>
        <source>Export the registry…</source>
        <translation>Xuất danh sách…</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Nhập từ bảng tính…</translation>
    </message>
    <message>
        <source>Export the registry</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Nhập từ bảng tính</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Bảng tính (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>%1 entries written to %2</source>
        <translation>Đã ghi %1 mô hình, điển hình vào %2</translation>
    </message>
    <message>
        <source>%1 entries imported from %2</source>
        <translation>Đã nhập %1 mô hình, điển hình từ %2</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Title</source>
        <translation>Tên mô hình, điển hình</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Collective/individual</source>
        <translation>Tập thể/cá nhân</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Money mobilised (VND)</source>
        <translation>Kinh phí huy động (đồng)</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Số người hưởng lợi</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Ngày công</translation>
    </message>
    <message>
        <source>Land (m²)</source>
        <translation>Đất hiến (m²)</translation>
    </message>
    <message>
        <source>Import spreadsheet: %1</source>
        <translation>Nhập bảng tính: %1</translation>
    </message>
    <message>
        <source>Row with the column headings:</source>
        <translation>Dòng tiêu đề cột:</translation>
    </message>
    <message>
        <source>Check rows</source>
        <translation>Kiểm tra các dòng</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Imported into</source>
        <translation>Nhập vào</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Hợp lệ</translation>
    </message>
    <message>
        <source>Press “Check rows” to check the sheet again.</source>
        <translation>Bấm “Kiểm tra các dòng” để kiểm tra lại bảng tính.</translation>
    </message>
    <message>
        <source>%1 rows to import, %2 with errors, %3 left out. Nothing is imported while any row has an error.</source>
        <translation>%1 dòng sẽ được nhập, %2 dòng có lỗi, %3 dòng bỏ qua. Chưa nhập dòng nào khi còn dòng có lỗi.</translation>
    </message>
</context>
</TS>