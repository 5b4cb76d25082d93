<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AddToDecisionDialog</name>
    <message>
        <source>Add to decision</source>
        <translation>Thêm vào quyết định</translation>
    </message>
    <message>
        <source>%1 selected entries will be commended by the decision.</source>
        <translation>%1 mô hình, điển hình đã chọn sẽ được khen thưởng theo quyết định.</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Quyết định:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>New decision…</source>
        <translation>Quyết định mới…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>%1 entries added to the decision; %2 were already in it.</source>
        <translation>Đã thêm %1 mô hình, điển hình vào quyết định; %2 đã có sẵn trong quyết định.</translation>
    </message>
</context>
<context>
    <name>AwardForm</name>
    <message>
        <source>Award</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Choose an &amp;entry…</source>
        <translation>Chọn &amp;mô hình, điển hình…</translation>
    </message>
    <message>
        <source>Type the recipient</source>
        <translation>Nhập trực tiếp người, tập thể được khen</translation>
    </message>
    <message>
        <source>&amp;Collective or individual:</source>
        <translation>&amp;Tập thể/cá nhân:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Người, tập thể được khen:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Giới tính:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>&amp;Achievement:</source>
        <translation>&amp;Thành tích:</translation>
    </message>
    <message>
        <source>&amp;Gold book number:</source>
        <translation>Số &amp;sổ vàng:</translation>
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
    <name>AwardFormDialog</name>
    <message>
        <source>Recipient typed directly</source>
        <translation>Người, tập thể được khen nhập trực tiếp</translation>
    </message>
    <message>
        <source>Entry: %1</source>
        <translation>Mô hình, điển hình: %1</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>&amp;Issuer kind:</source>
        <translation>&amp;Cấp ban hành:</translation>
    </message>
    <message>
        <source>&amp;Number and symbol:</source>
        <translation>&amp;Số, ký hiệu:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>Issuing &amp;body:</source>
        <translation>Cơ &amp;quan ban hành:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>Signing &amp;authority:</source>
        <translation>&amp;Thẩm quyền ký:</translation>
    </message>
    <message>
        <source>Signer's &amp;title:</source>
        <translation>Chức &amp;vụ người ký:</translation>
    </message>
    <message>
        <source>Signer's &amp;name:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Trích yếu:</translation>
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
    <name>DecisionsPage</name>
    <message>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Cấp ban hành</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Công nhận</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Người, tập thể được khen</translation>
    </message>
    <message>
        <source>Collective/individual</source>
        <translation>Tập thể/cá nhân</translation>
    </message>
    <message>
        <source>Position, unit</source>
        <translation>Chức vụ, đơn vị</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Gold book</source>
        <translation>Sổ vàng</translation>
    </message>
    <message>
        <source>Decisions &amp; awards</source>
        <translation>Quyết định, khen thưởng</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Quyết định mới</translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>Sửa quyết định</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Show the decisions in the trash</source>
        <translation>Hiện các quyết định trong thùng rác</translation>
    </message>
    <message>
        <source>Restore decision</source>
        <translation>Khôi phục quyết định</translation>
    </message>
    <message>
        <source>Move decision to trash</source>
        <translation>Chuyển quyết định vào thùng rác</translation>
    </message>
    <message>
        <source>Add award</source>
        <translation>Thêm khen thưởng</translation>
    </message>
    <message>
        <source>Edit award</source>
        <translation>Sửa khen thưởng</translation>
    </message>
    <message>
        <source>Remove award</source>
        <translation>Bỏ khen thưởng</translation>
    </message>
    <message>
        <source>Awards of %1</source>
        <translation>Khen thưởng theo quyết định %1</translation>
    </message>
    <message>
        <source>Choose a decision to see its awards</source>
        <translation>Chọn một quyết định để xem danh sách khen thưởng</translation>
    </message>
    <message>
        <source>Decision %1 restored.</source>
        <translation>Đã khôi phục quyết định %1.</translation>
    </message>
    <message>
        <source>Decision %1 moved to the trash.</source>
        <translation>Đã chuyển quyết định %1 vào thùng rác.</translation>
    </message>
</context>
<context>
    <name>EntryActions</name>
    <message>
        <source>Inspect…</source>
        <translation>Kiểm tra…</translation>
    </message>
    <message>
        <source>Record an inspection of the selected entry</source>
        <translation>Ghi biên bản kiểm tra mô hình, điển hình đã chọn</translation>
    </message>
    <message>
        <source>Add to decision…</source>
        <translation>Thêm vào quyết định…</translation>
    </message>
    <message>
        <source>Commend the selected entries by a decision</source>
        <translation>Khen thưởng các mô hình, điển hình đã chọn theo một quyết định</translation>
    </message>
</context>
<context>
    <name>EntryChooserDialog</name>
    <message>
        <source>Choose an entry</source>
        <translation>Chọn mô hình, điển hình</translation>
    </message>
    <message>
        <source>Type part of the title, unit or person</source>
        <translation>Gõ một phần tên mô hình, đơn vị hoặc người</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>EntryLifecycleSections</name>
    <message>
        <source>Evidence: photos and documents</source>
        <translation>Minh chứng: ảnh và tài liệu</translation>
    </message>
    <message>
        <source>Recognition, replication and status</source>
        <translation>Công nhận, nhân rộng và trạng thái</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Attach files…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Show removed</source>
        <translation>Hiện tệp đã gỡ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Save first, then attach photos and documents.</source>
        <translation>Hãy lưu trước, rồi đính kèm ảnh và tài liệu.</translation>
    </message>
    <message>
        <source>Attach photos and documents</source>
        <translation>Đính kèm ảnh và tài liệu minh chứng</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>Inspection</source>
        <translation>Kiểm tra, đánh giá</translation>
    </message>
    <message>
        <source>&amp;Rubric:</source>
        <translation>&amp;Bộ tiêu chí:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>&amp;Scores</source>
        <translation>&amp;Chấm điểm</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>&amp;Delegation</source>
        <translation>Đoàn &amp;kiểm tra</translation>
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
        <source>Role in the delegation</source>
        <translation>Nhiệm vụ trong đoàn</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Bỏ thành viên</translation>
    </message>
    <message>
        <source>The unit's &amp;representatives:</source>
        <translation>Đại diện &amp;đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Findings and conclusion</source>
        <translation>&amp;Nhận xét, kết luận</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Kết quả kiểm tra:</translation>
    </message>
    <message>
        <source>Strengths:</source>
        <translation>Ưu điểm:</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Hạn chế:</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>Kết luận:</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>Kiến nghị:</translation>
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
    <name>InspectionFormDialog</name>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Minh chứng</translation>
    </message>
    <message>
        <source>Total: %1 / %2 points</source>
        <translation>Tổng điểm: %1 / %2</translation>
    </message>
    <message>
        <source>Classification: %1</source>
        <translation>Xếp loại: %1</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Mô hình, điển hình</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Kiểm tra, đánh giá</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>Kiểm tra mới</translation>
    </message>
    <message>
        <source>Inspect an entry (Ctrl+N)</source>
        <translation>Kiểm tra một mô hình, điển hình (Ctrl+N)</translation>
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
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>Xếp loại:</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Tất cả kết quả</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>%1 inspections</source>
        <translation>%1 lượt kiểm tra</translation>
    </message>
    <message>
        <source>Inspection saved; the entry is now: %1</source>
        <translation>Đã lưu biên bản kiểm tra; mô hình chuyển sang: %1</translation>
    </message>
</context>
<context>
    <name>LifecyclePanel</name>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Recognise…</source>
        <translation>Công nhận…</translation>
    </message>
    <message>
        <source>Withdraw recognition</source>
        <translation>Hủy công nhận</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Chuyển sang:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <source>Replicated in (number of places):</source>
        <translation>Số nơi đã nhân rộng:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Nhân rộng ở đâu:</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Chuyển trạng thái</translation>
    </message>
    <message>
        <source>Record replication</source>
        <translation>Ghi nhận nhân rộng</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
</context>
<context>
    <name>RecognitionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Quyết định:</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Công nhận</translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <source>Rubrics</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Used for:</source>
        <translation>Dùng cho:</translation>
    </message>
    <message>
        <source>“Passed” from (points):</source>
        <translation>“Đạt” từ (điểm):</translation>
    </message>
    <message>
        <source>“Exemplary” from (points):</source>
        <translation>“Tiêu biểu” từ (điểm):</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Show older versions</source>
        <translation>Hiện các phiên bản cũ</translation>
    </message>
    <message>
        <source>New rubric</source>
        <translation>Bộ tiêu chí mới</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Thêm tiêu chí</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Bỏ tiêu chí</translation>
    </message>
    <message>
        <source>Save rubric</source>
        <translation>Lưu bộ tiêu chí</translation>
    </message>
    <message>
        <source> (replaced)</source>
        <translation> (đã thay thế)</translation>
    </message>
    <message>
        <source>Total: %1 points</source>
        <translation>Tổng: %1 điểm</translation>
    </message>
    <message>
        <source>Inspections already use this rubric, so version %1 was created; past scores are unchanged.</source>
        <translation>Bộ tiêu chí này đã được dùng để chấm điểm, nên đã tạo phiên bản %1; điểm của các lần kiểm tra trước không thay đổi.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
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
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Target (models)</source>
        <translation>Chỉ tiêu mô hình</translation>
    </message>
    <message>
        <source>Typical examples</source>
        <translation>Điển hình</translation>
    </message>
    <message>
        <source>Target (examples)</source>
        <translation>Chỉ tiêu điển hình</translation>
    </message>
    <message>
        <source>Religious areas</source>
        <translation>Vùng tôn giáo</translation>
    </message>
    <message>
        <source>Ethnic-minority areas</source>
        <translation>Vùng dân tộc thiểu số</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Chưa đạt chỉ tiêu</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Đạt chỉ tiêu</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Chưa giao chỉ tiêu</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Only units below target</source>
        <translation>Chỉ hiện đơn vị chưa đạt chỉ tiêu</translation>
    </message>
    <message>
        <source>Same target for every unit below…</source>
        <translation>Giao cùng chỉ tiêu cho mọi đơn vị trực thuộc…</translation>
    </message>
    <message>
        <source>%1 models and %2 typical examples registered; %3 of %4 units with a target are below it. In religious areas: %5; in ethnic-minority areas: %6.</source>
        <translation>Đã đăng ký %1 mô hình và %2 điển hình; %3 trong %4 đơn vị được giao chỉ tiêu chưa đạt. Vùng đồng bào tôn giáo: %5; vùng đồng bào dân tộc thiểu số: %6.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>At least how many models for %1 in %2?</source>
        <translation>%1 cần xây dựng ít nhất bao nhiêu mô hình trong năm %2?</translation>
    </message>
    <message>
        <source>At least how many models per unit in %1?</source>
        <translation>Mỗi đơn vị cần xây dựng ít nhất bao nhiêu mô hình trong năm %1?</translation>
    </message>
</context>
</TS>