<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CataloguePicker</name>
    <message>
        <source>%1 shown, %2 selected</source>
        <translation>Đang hiện %1, đã chọn %2</translation>
    </message>
    <message>
        <source>Add communes from the catalogue</source>
        <translation>Thêm xã, phường từ danh mục</translation>
    </message>
    <message>
        <source>Communes and wards of the province in the statistics office&apos;s catalogue that are not yet in the unit tree. Select one or more (Ctrl or Shift and click).</source>
        <translation>Các xã, phường của tỉnh trong danh mục của cơ quan thống kê chưa có trong cây đơn vị. Chọn một hoặc nhiều (giữ Ctrl hoặc Shift rồi bấm chuột).</translation>
    </message>
    <message>
        <source>Search, with or without diacritics</source>
        <translation>Tìm kiếm, gõ có dấu hoặc không dấu</translation>
    </message>
    <message>
        <source>Select &amp;all shown</source>
        <translation>Chọn &amp;tất cả đang hiện</translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation>Thê&amp;m các mục đã chọn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
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
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
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
        <source>Save anyway</source>
        <translation>Vẫn lưu</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu được</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The language of the program. It can be changed later.</source>
        <translation>Ngôn ngữ của chương trình. Có thể đổi lại sau.</translation>
    </message>
</context>
<context>
    <name>OfficerPage</name>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make.</source>
        <translation>Tên của bạn được ghi kèm mỗi thay đổi bạn thực hiện.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
</context>
<context>
    <name>ProvincePage</name>
    <message>
        <source>Province</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <source>The province (or city) this office belongs to.</source>
        <translation>Tỉnh (hoặc thành phố) của cơ quan.</translation>
    </message>
    <message>
        <source>Search, with or without diacritics</source>
        <translation>Tìm kiếm, gõ có dấu hoặc không dấu</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>Merge units</source>
        <translation>Sáp nhập đơn vị</translation>
    </message>
    <message>
        <source>Merge into one successor: %1</source>
        <translation>Sáp nhập vào một đơn vị kế thừa: %1</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Sáp nhập</translation>
    </message>
    <message>
        <source>Retire: %1</source>
        <translation>Cho thôi hoạt động: %1</translation>
    </message>
    <message>
        <source>Choose the successor from the list.</source>
        <translation>Hãy chọn đơn vị kế thừa trong danh sách.</translation>
    </message>
    <message>
        <source>A merger needs the unit that takes over.</source>
        <translation>Sáp nhập cần có đơn vị kế thừa.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Chưa thực hiện được</translation>
    </message>
    <message>
        <source>Retire units</source>
        <translation>Cho đơn vị thôi hoạt động</translation>
    </message>
    <message>
        <source>Retired &amp;on:</source>
        <translation>&amp;Ngày thôi hoạt động:</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <source>&amp;Successor:</source>
        <translation>Đơn vị &amp;kế thừa:</translation>
    </message>
    <message>
        <source>The unit that takes over its records</source>
        <translation>Đơn vị tiếp nhận hồ sơ, số liệu</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Thôi hoạt động</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>DVK Desktop — first-time set-up</source>
        <translation>DVK Desktop — thiết lập lần đầu</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation>Sửa đơn vị</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>Choose the parent unit from the list.</source>
        <translation>Hãy chọn đơn vị cấp trên trong danh sách.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu được</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>Plain letters, digits, dots, dashes and underscores; suggested from the name</source>
        <translation>Chữ không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới; tự gợi ý từ tên</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Loại đơn &amp;vị:</translation>
    </message>
    <message>
        <source>S&amp;ector:</source>
        <translation>&amp;Khối:</translation>
    </message>
    <message>
        <source>&amp;Parent unit:</source>
        <translation>Đơn vị &amp;cấp trên:</translation>
    </message>
    <message>
        <source>Type part of the unit&apos;s name or code</source>
        <translation>Gõ một phần tên hoặc mã đơn vị</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Hiệu lực &amp;từ:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>không đặt</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Hiệu lực đế&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>This office&apos;s unit</source>
        <translation>Đơn vị của cơ quan</translation>
    </message>
    <message>
        <source>The unit whose records this office keeps and sends upward.</source>
        <translation>Đơn vị mà cơ quan quản lý hồ sơ và gửi số liệu lên cấp trên.</translation>
    </message>
    <message>
        <source>The province itself: %1</source>
        <translation>Chính tỉnh: %1</translation>
    </message>
    <message>
        <source>A commune or ward of the province:</source>
        <translation>Một xã, phường của tỉnh:</translation>
    </message>
    <message>
        <source>Another unit (an agency or organisation), named:</source>
        <translation>Đơn vị khác (cơ quan, tổ chức), có tên:</translation>
    </message>
    <message>
        <source>Search, with or without diacritics</source>
        <translation>Tìm kiếm, gõ có dấu hoặc không dấu</translation>
    </message>
    <message>
        <source>e.g. Ban Dân vận Huyện ủy</source>
        <translation>ví dụ: Ban Dân vận Huyện ủy</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>Trong thùng rác</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Sáp nhập vào %1</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Đã thôi hoạt động</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Units retired: %1</source>
        <translation>Số đơn vị đã thôi hoạt động: %1</translation>
    </message>
    <message>
        <source>Units moved to the trash: %1</source>
        <translation>Số đơn vị đã chuyển vào thùng rác: %1</translation>
    </message>
    <message>
        <source>Units restored: %1</source>
        <translation>Số đơn vị đã khôi phục: %1</translation>
    </message>
    <message>
        <source>Every commune of the catalogue is already in the tree.</source>
        <translation>Mọi xã, phường trong danh mục đều đã có trong cây đơn vị.</translation>
    </message>
    <message>
        <source>Communes added: %1</source>
        <translation>Số xã, phường đã thêm: %1</translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translation>Tìm đơn vị</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Thê&amp;m…</translation>
    </message>
    <message>
        <source>Add a unit under the selected one</source>
        <translation>Thêm đơn vị trực thuộc đơn vị đang chọn</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Thôi hoạt động…</translation>
    </message>
    <message>
        <source>End the unit&apos;s validity, optionally with a successor</source>
        <translation>Kết thúc hiệu lực của đơn vị, có thể chỉ định đơn vị kế thừa</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Sáp &amp;nhập…</translation>
    </message>
    <message>
        <source>Retire the selected units into one successor</source>
        <translation>Sáp nhập các đơn vị đang chọn vào một đơn vị kế thừa</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Chuyển vào thùng &amp;rác</translation>
    </message>
    <message>
        <source>Only units without entries or units below them</source>
        <translation>Chỉ với đơn vị không có mô hình, điển hình và không có đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>From the &amp;catalogue…</source>
        <translation>Từ &amp;danh mục…</translation>
    </message>
    <message>
        <source>Add communes of the province from the statistics office&apos;s catalogue</source>
        <translation>Thêm xã, phường của tỉnh từ danh mục của cơ quan thống kê</translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation>Xem thùng rác</translation>
    </message>
</context>
</TS>
