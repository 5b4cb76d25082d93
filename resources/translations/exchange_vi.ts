<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on both sides</source>
        <translation>Sửa ở cả hai nơi</translation>
    </message>
    <message>
        <source>“%1” was changed here and by the sender since the last exchange. Choose which version to keep.</source>
        <translation>“%1” đã được sửa ở đây và ở bên gửi kể từ lần trao đổi trước. Hãy chọn bản cần giữ.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Mine (this office)</source>
        <translation>Của tôi (cơ quan này)</translation>
    </message>
    <message>
        <source>Theirs (sender)</source>
        <translation>Bên gửi</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Giữ bản của tôi</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Lấy bản bên gửi</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>Tệp bị từ chối</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Thời điểm nhập</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ đơn vị</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Đã hoàn tác</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Đã áp dụng</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Trao đổi dữ liệu</translation>
    </message>
    <message>
        <source>This office's key fingerprint: %1</source>
        <translation>Vân tay khóa của cơ quan này: %1</translation>
    </message>
    <message>
        <source>Save public key for the units below…</source>
        <translation>Lưu khóa công khai cho đơn vị cấp dưới…</translation>
    </message>
    <message>
        <source>Send to the unit above</source>
        <translation>Gửi lên đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Only changes since the last file</source>
        <translation>Chỉ phần thay đổi từ tệp trước</translation>
    </message>
    <message>
        <source>Recipient's public key file (optional)</source>
        <translation>Tệp khóa công khai của đơn vị nhận (không bắt buộc)</translation>
    </message>
    <message>
        <source>Choose key…</source>
        <translation>Chọn khóa…</translation>
    </message>
    <message>
        <source>Export file…</source>
        <translation>Xuất tệp…</translation>
    </message>
    <message>
        <source>Receive from the units below</source>
        <translation>Nhận từ đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>Mở tệp…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Lịch sử nhập</translation>
    </message>
    <message>
        <source>Undo selected import</source>
        <translation>Hoàn tác lần nhập đã chọn</translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation>Xử lý xung đột…</translation>
    </message>
    <message>
        <source>The file will be signed and encrypted for the recipient.</source>
        <translation>Tệp sẽ được ký số và mã hóa cho đơn vị nhận.</translation>
    </message>
    <message>
        <source>Without the recipient's key file the file is only signed, not encrypted.</source>
        <translation>Không có tệp khóa của đơn vị nhận: tệp chỉ được ký số, không được mã hóa.</translation>
    </message>
    <message>
        <source>Resolve conflicts (%1)…</source>
        <translation>Xử lý xung đột (%1)…</translation>
    </message>
    <message>
        <source>Open data files</source>
        <translation>Mở tệp dữ liệu</translation>
    </message>
    <message>
        <source>DVK data files (*.dvkx)</source>
        <translation>Tệp dữ liệu DVK (*.dvkx)</translation>
    </message>
    <message>
        <source>Save public key</source>
        <translation>Lưu khóa công khai</translation>
    </message>
    <message>
        <source>Public key saved to %1</source>
        <translation>Đã lưu khóa công khai vào %1</translation>
    </message>
    <message>
        <source>Recipient's public key</source>
        <translation>Khóa công khai của đơn vị nhận</translation>
    </message>
    <message>
        <source>Key files (*.json)</source>
        <translation>Tệp khóa (*.json)</translation>
    </message>
    <message>
        <source>Export data file</source>
        <translation>Xuất tệp dữ liệu</translation>
    </message>
    <message>
        <source>signed and encrypted</source>
        <translation>đã ký số và mã hóa</translation>
    </message>
    <message>
        <source>only signed, not encrypted</source>
        <translation>chỉ ký số, không mã hóa</translation>
    </message>
    <message>
        <source>Exported %1 records to %2 (%3).</source>
        <translation>Đã xuất %1 bản ghi vào %2 (%3).</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <source>%1 from %2: %3 new, %4 updated, %5 unchanged, %6 conflicts, %7 rejected; %8.</source>
        <translation>%1 của %2: %3 mới, %4 cập nhật, %5 không đổi, %6 xung đột, %7 bị từ chối; %8.</translation>
    </message>
    <message>
        <source>New sender key</source>
        <translation>Khóa mới của đơn vị gửi</translation>
    </message>
    <message>
        <source>First file from %1. Compare this key fingerprint with the sending office (by phone) before trusting it:

%2</source>
        <translation>Tệp đầu tiên từ %1. Hãy đối chiếu vân tay khóa này với đơn vị gửi (qua điện thoại) trước khi tin cậy:

%2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>%1: not imported (key not confirmed).</source>
        <translation>%1: chưa nhập (chưa xác nhận khóa).</translation>
    </message>
    <message>
        <source>%1: nothing to change.</source>
        <translation>%1: không có gì thay đổi.</translation>
    </message>
    <message>
        <source>%1: imported — %2 new, %3 updated, %4 conflicts waiting.</source>
        <translation>%1: đã nhập — %2 mới, %3 cập nhật, %4 xung đột chờ xử lý.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Hoàn tác lần nhập</translation>
    </message>
    <message>
        <source>Undo every change of the import from %1?</source>
        <translation>Hoàn tác mọi thay đổi của lần nhập từ %1?</translation>
    </message>
    <message>
        <source>Import undone: %1 records restored.</source>
        <translation>Đã hoàn tác lần nhập: khôi phục %1 bản ghi.</translation>
    </message>
</context>
</TS>
