<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print preview — %1</source>
        <translation>Xem trước khi in — %1</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Số trang: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Không lưu được tệp: %1</translation>
    </message>
</context>
<context>
    <name>PrintJobs</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>In ấn</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Đã hủy lệnh in.</translation>
    </message>
    <message>
        <source>Printing certificates…</source>
        <translation>Đang in giấy khen, bằng khen…</translation>
    </message>
    <message>
        <source>Printing checklists…</source>
        <translation>Đang in biên bản kiểm tra…</translation>
    </message>
    <message>
        <source>Print checklist…</source>
        <translation>In biên bản kiểm tra…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Inspection checklist</source>
        <translation>Biên bản kiểm tra</translation>
    </message>
    <message>
        <source>Registration form</source>
        <translation>Phiếu đăng ký</translation>
    </message>
    <message>
        <source>Save the entry before printing it.</source>
        <translation>Hãy lưu mô hình, điển hình trước khi in.</translation>
    </message>
    <message>
        <source>Print certificates</source>
        <translation>In giấy khen</translation>
    </message>
    <message>
        <source>Print every certificate of the chosen decision into one PDF</source>
        <translation>In toàn bộ giấy khen, bằng khen của quyết định đã chọn vào một tệp PDF</translation>
    </message>
    <message>
        <source>Print checklists</source>
        <translation>In biên bản kiểm tra</translation>
    </message>
    <message>
        <source>Blank inspection checklists of the selected entries, one PDF</source>
        <translation>Biên bản kiểm tra (để trống) của các mô hình, điển hình đã chọn, trong một tệp PDF</translation>
    </message>
    <message>
        <source>Print filled checklist</source>
        <translation>In biên bản đã chấm</translation>
    </message>
    <message>
        <source>The latest inspection of each selected entry, with its scores</source>
        <translation>Lần kiểm tra gần nhất của từng mô hình, điển hình đã chọn, kèm điểm chấm</translation>
    </message>
    <message>
        <source>Print registration forms</source>
        <translation>In phiếu đăng ký</translation>
    </message>
    <message>
        <source>Registration forms of the selected entries</source>
        <translation>Phiếu đăng ký của các mô hình, điển hình đã chọn</translation>
    </message>
</context>
<context>
    <name>PrintSettingsTab</name>
    <message>
        <source>Printing</source>
        <translation>In ấn</translation>
    </message>
    <message>
        <source>Emblem image (state)</source>
        <translation>Ảnh Quốc huy (chính quyền)</translation>
    </message>
    <message>
        <source>Emblem image (Party)</source>
        <translation>Ảnh biểu tượng Đảng</translation>
    </message>
    <message>
        <source>Default issuer line</source>
        <translation>Dòng cơ quan khen thưởng mặc định</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Signer&apos;s prefix (KT., T/M …)</source>
        <translation>Quyền hạn ký (KT., T/M …)</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Certificate mode</source>
        <translation>Chế độ in giấy khen</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Phông chữ</translation>
    </message>
    <message>
        <source>Offsets (x, y)</source>
        <translation>Độ lệch (x, y)</translation>
    </message>
    <message>
        <source>Full: border, emblem and all text</source>
        <translation>Đầy đủ: khung viền, quốc huy và toàn bộ chữ</translation>
    </message>
    <message>
        <source>Overlay: only the text, on pre-printed blanks</source>
        <translation>In đè: chỉ in chữ lên phôi in sẵn</translation>
    </message>
    <message>
        <source>Prefer Times New Roman when installed</source>
        <translation>Dùng Times New Roman nếu máy đã cài</translation>
    </message>
    <message>
        <source>Print calibration page…</source>
        <translation>In trang căn chỉnh…</translation>
    </message>
    <message>
        <source>Save printing settings</source>
        <translation>Lưu thiết lập in</translation>
    </message>
    <message>
        <source>Choose the emblem image</source>
        <translation>Chọn ảnh biểu tượng</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
</TS>
