<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>BackupSettings</name>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Thư mục mặc định</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Khôi phục bản đã chọn…</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Hằng ngày</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hằng tuần</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Thủ công</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Trước khi nhập dữ liệu</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Trước khi nâng cấp</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <source>Backups are made by the database server.</source>
        <translation>Việc sao lưu do máy chủ cơ sở dữ liệu đảm nhận.</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Thư mục: %1</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup failed: %1</source>
        <translation>Sao lưu tự động hôm nay không thành công: %1</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <source>Backed up and verified: %1</source>
        <translation>Đã sao lưu và kiểm tra: %1</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <source>The backup was restored. The previous data was kept in %1. The program closes now; open it again to continue.</source>
        <translation>Đã khôi phục bản sao lưu. Dữ liệu trước đó được giữ ở %1. Chương trình sẽ đóng; hãy mở lại để làm tiếp.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Replace the current data by this backup? The current data is kept aside first.</source>
        <translation>Thay dữ liệu hiện tại bằng bản sao lưu này? Dữ liệu hiện tại sẽ được giữ lại trước.</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <source>Open read-only</source>
        <translation>Mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged file was kept in %1.</source>
        <translation>Đã khôi phục bản sao lưu. Tệp bị hỏng được giữ ở %1.</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>Restore the newest good backup</source>
        <translation>Khôi phục bản sao lưu tốt gần nhất</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
</TS>
