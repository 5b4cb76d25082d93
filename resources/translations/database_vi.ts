<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>DatabaseSettings</name>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Open now:</source>
        <translation>Đang mở:</translation>
    </message>
    <message>
        <source>Open at next start:</source>
        <translation>Mở ở lần khởi động sau:</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Mặc định: %1</translation>
    </message>
    <message>
        <source>A database file on this computer, or the address of the office's shared PostgreSQL server, e.g. postgresql://officer:password@server:5432/dvk</source>
        <translation>Một tệp cơ sở dữ liệu trên máy này, hoặc địa chỉ máy chủ PostgreSQL dùng chung của cơ quan, ví dụ postgresql://canbo:matkhau@maychu:5432/dvk</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Thử kết nối</translation>
    </message>
    <message>
        <source>Use at next start</source>
        <translation>Dùng ở lần khởi động sau</translation>
    </message>
    <message>
        <source>Use the default file</source>
        <translation>Dùng tệp mặc định</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Databases (*.sqlite3 *.db)</source>
        <translation>Cơ sở dữ liệu (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>The program will open this database at its next start.</source>
        <translation>Chương trình sẽ mở cơ sở dữ liệu này ở lần khởi động sau.</translation>
    </message>
    <message>
        <source>The program will open the default file at its next start.</source>
        <translation>Chương trình sẽ mở tệp mặc định ở lần khởi động sau.</translation>
    </message>
</context>
</TS>