<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>DecisionsPage</name>
    <message>
        <source>Decisions &amp; awards</source>
        <translation>Quyết định, khen thưởng</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Title</source>
        <translation>Tên mô hình, điển hình</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Tập thể/cá nhân</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
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
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
</context>
<context>
    <name>EntriesPage</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Mô hình, điển hình</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>New entry (Ctrl+N)</source>
        <translation>Thêm mô hình, điển hình mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>Move the selected entries to the trash (Delete)</source>
        <translation>Chuyển các dòng đã chọn vào thùng rác (Delete)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Show the entries in the trash</source>
        <translation>Xem các mô hình, điển hình trong thùng rác</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>%1 models and typical examples: %2 collective, %3 individual</source>
        <translation>%1 mô hình, điển hình: %2 tập thể, %3 cá nhân</translation>
    </message>
    <message>
        <source>Counting… (first %1 shown)</source>
        <translation>Đang đếm… (đang hiện %1 dòng đầu)</translation>
    </message>
    <message>
        <source>In the trash: %1</source>
        <translation>Trong thùng rác: %1</translation>
    </message>
    <message>
        <source>Move %1 selected entries to the trash? They can be restored from the trash.</source>
        <translation>Chuyển %1 mô hình, điển hình đã chọn vào thùng rác? Có thể khôi phục lại từ thùng rác.</translation>
    </message>
    <message>
        <source>%1 entries moved to the trash.</source>
        <translation>Đã chuyển %1 mô hình, điển hình vào thùng rác.</translation>
    </message>
    <message>
        <source>%1 entries restored.</source>
        <translation>Đã khôi phục %1 mô hình, điển hình.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>The program keeps running. If this happens again, send the details below to whoever supports the program.</source>
        <translation>Chương trình vẫn tiếp tục chạy. Nếu lỗi lặp lại, hãy gửi phần chi tiết dưới đây cho người hỗ trợ kỹ thuật.</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Cannot do that</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Đã xảy ra lỗi: %1</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Exchange</source>
        <translation>Trao đổi dữ liệu</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <source>Models and examples</source>
        <translation>Mô hình và điển hình</translation>
    </message>
    <message>
        <source>Collective and individual</source>
        <translation>Tập thể và cá nhân</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Mọi cấp</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Search titles, people and places (accents optional)</source>
        <translation>Tìm theo tên, người, địa bàn (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <source>Unit and the units below it</source>
        <translation>Đơn vị và các đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Tags (%1)</source>
        <translation>Nhãn (%1)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>Inspections</source>
        <translation>Kiểm tra, đánh giá</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DVK Desktop — %1</source>
        <translation>DVK Desktop — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About DVK Desktop</source>
        <translation>&amp;Giới thiệu DVK Desktop</translation>
    </message>
    <message>
        <source>Office: %1 · Officer: %2</source>
        <translation>Cơ quan: %1 · Cán bộ: %2</translation>
    </message>
    <message>
        <source>Checking today&apos;s backup…</source>
        <translation>Đang kiểm tra bản sao lưu hôm nay…</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>Sao lưu tự động hôm nay không thành công: %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup is made.</source>
        <translation>Đã sao lưu dữ liệu hôm nay.</translation>
    </message>
    <message>
        <source>About DVK Desktop</source>
        <translation>Giới thiệu DVK Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; version %2&lt;br&gt;The office registry of the “Dân vận khéo” movement: models and typical examples.&lt;br&gt;Data folder: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; phiên bản %2&lt;br&gt;Sổ theo dõi mô hình, điển hình phong trào thi đua “Dân vận khéo”.&lt;br&gt;Thư mục dữ liệu: %3</translation>
    </message>
    <message>
        <source>Finishing the work in progress before closing…</source>
        <translation>Đang hoàn tất việc đang làm trước khi đóng…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
</context>
</TS>
