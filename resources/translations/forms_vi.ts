<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>EntryForm</name>
    <message>
        <source>Entry</source>
        <translation>Mô hình, điển hình</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Loạ&amp;i:</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>&amp;Phạm vi:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tên mô hình, điển hình:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>Lĩnh &amp;vực:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Cấp:</translation>
    </message>
    <message>
        <source>Owner &amp;unit:</source>
        <translation>Đơ&amp;n vị:</translation>
    </message>
    <message>
        <source>Type part of the unit&apos;s name or code</source>
        <translation>Gõ một phần tên hoặc mã đơn vị</translation>
    </message>
    <message>
        <source>Location (commune):</source>
        <translation>Địa bàn (xã, phường):</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Khối:</translation>
    </message>
    <message>
        <source>Registration &amp;year:</source>
        <translation>Năm đăng &amp;ký:</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>Ngày bắt đầu:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>chưa rõ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Leave the start date empty</source>
        <translation>Để trống ngày bắt đầu</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>Reason for the status:</source>
        <translation>Lý do (trạng thái):</translation>
    </message>
    <message>
        <source>Registration content</source>
        <translation>Nội dung đăng ký</translation>
    </message>
    <message>
        <source>1. Problem and reason</source>
        <translation>1. Thực trạng, lý do xây dựng</translation>
    </message>
    <message>
        <source>2. Goals and measurable criteria</source>
        <translation>2. Mục tiêu, tiêu chí đo lường</translation>
    </message>
    <message>
        <source>3. Content and methods</source>
        <translation>3. Nội dung, cách làm</translation>
    </message>
    <message>
        <source>4. Area and beneficiaries</source>
        <translation>4. Địa bàn, đối tượng thụ hưởng</translation>
    </message>
    <message>
        <source>5. Forces and their roles</source>
        <translation>5. Lực lượng tham gia, vai trò</translation>
    </message>
    <message>
        <source>6. Resources</source>
        <translation>6. Nguồn lực</translation>
    </message>
    <message>
        <source>7. Timeline</source>
        <translation>7. Thời gian, lộ trình</translation>
    </message>
    <message>
        <source>8. Expected outputs</source>
        <translation>8. Kết quả dự kiến</translation>
    </message>
    <message>
        <source>9. Sustainability and replicability</source>
        <translation>9. Tính bền vững, khả năng nhân rộng</translation>
    </message>
    <message>
        <source>10. Leading Party committee and sponsor</source>
        <translation>10. Cấp ủy lãnh đạo, cơ quan chỉ đạo</translation>
    </message>
    <message>
        <source>Person details</source>
        <translation>Thông tin cá nhân</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Giới tính:</translation>
    </message>
    <message>
        <source>Year of birth:</source>
        <translation>Năm sinh:</translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation>Dân tộc:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <source>Workplace:</source>
        <translation>Đơn vị công tác:</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Money mobilised:</source>
        <translation>Tiền vận động được:</translation>
    </message>
    <message>
        <source>Land donated:</source>
        <translation>Đất hiến:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Ngày công:</translation>
    </message>
    <message>
        <source>Households or people benefiting:</source>
        <translation>Số hộ, người hưởng lợi:</translation>
    </message>
    <message>
        <source>Replicated in (number of places):</source>
        <translation>Số nơi nhân rộng:</translation>
    </message>
    <message>
        <source>Places replicated:</source>
        <translation>Nơi nhân rộng:</translation>
    </message>
    <message>
        <source>Other results:</source>
        <translation>Kết quả khác:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Địa bàn đặc thù</translation>
    </message>
    <message>
        <source>Religious area</source>
        <translation>Vùng đồng bào tôn giáo</translation>
    </message>
    <message>
        <source>Ethnic-minority area</source>
        <translation>Vùng đồng bào dân tộc thiểu số</translation>
    </message>
    <message>
        <source>FDI enterprise</source>
        <translation>Doanh nghiệp FDI</translation>
    </message>
    <message>
        <source>New-rural construction</source>
        <translation>Xây dựng nông thôn mới</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Lịch sử trạng thái</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sang</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Save and &amp;new</source>
        <translation>Lưu và nhập &amp;mới</translation>
    </message>
    <message>
        <source>Save, then start the next entry with the same unit, year, field, type and scope (Ctrl+Shift+S)</source>
        <translation>Lưu rồi nhập mô hình, điển hình tiếp theo với cùng đơn vị, năm, lĩnh vực, loại và phạm vi (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Save and close (Ctrl+S)</source>
        <translation>Lưu và đóng (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Đóng, không lưu (Esc)</translation>
    </message>
</context>
<context>
    <name>EntryFormDialog</name>
    <message>
        <source> — retired</source>
        <translation> — đã thôi hoạt động</translation>
    </message>
    <message>
        <source>Entry: %1</source>
        <translation>Mô hình, điển hình: %1</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Thêm mô hình, điển hình</translation>
    </message>
    <message>
        <source>Still to fill in or correct: %1</source>
        <translation>Cần nhập hoặc sửa: %1</translation>
    </message>
    <message>
        <source>A similar entry already exists for this unit and year: “%1”. Check that this is not the same one.</source>
        <translation>Đã có mô hình, điển hình tương tự của đơn vị này trong năm: “%1”. Hãy kiểm tra để tránh nhập trùng.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>This entry has changes that are not saved yet.</source>
        <translation>Mô hình, điển hình này có thay đổi chưa được lưu.</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Có thể bị trùng</translation>
    </message>
    <message>
        <source>Entries with the same title, unit and year already exist:
%1

Save this one anyway?</source>
        <translation>Đã có mô hình, điển hình cùng tên, cùng đơn vị và cùng năm:
%1

Vẫn lưu?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu được</translation>
    </message>
</context>
</TS>
