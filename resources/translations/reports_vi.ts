<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>2024H1 = first half of 2024; 2024 = the year; 2021-2025 = several years; 2024-01-01:2024-06-30 = any dates</source>
        <translation>2024H1 = 6 tháng đầu năm 2024; 2024 = cả năm; 2021-2025 = nhiều năm; 2024-01-01:2024-06-30 = khoảng ngày bất kỳ</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Biểu thống kê</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>(not a period)</source>
        <translation>(không phải kỳ báo cáo)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <source>%1 new in the period (%2 collective, %3 individual); %4 cumulative at its end.</source>
        <translation>%1 mô hình, điển hình mới trong kỳ (%2 tập thể, %3 cá nhân); lũy kế cuối kỳ %4.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <source>No inconsistency found.</source>
        <translation>Không phát hiện sai lệch.</translation>
    </message>
    <message>
        <source>Check (%1 errors)</source>
        <translation>Kiểm tra (%1 lỗi)</translation>
    </message>
    <message>
        <source>New in the period by field</source>
        <translation>Mới trong kỳ theo lĩnh vực</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>New in the period by unit</source>
        <translation>Mới trong kỳ theo đơn vị</translation>
    </message>
    <message>
        <source>Registered by year</source>
        <translation>Đăng ký theo năm</translation>
    </message>
    <message>
        <source>Models against targets, %1</source>
        <translation>Mô hình so với chỉ tiêu năm %1</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
</context>
</TS>
