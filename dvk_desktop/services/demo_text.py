"""Vocabulary for realistic synthetic Vietnamese records (the demo command)."""

FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
                "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lương", "Lò", "Vi", "Hà", "Quán"]
MIDDLE_MALE = ["Văn", "Đình", "Hữu", "Xuân", "Quang", "Minh", "Đức", "Công", "Thành"]
MIDDLE_FEMALE = ["Thị", "Thị", "Ngọc", "Thu", "Hồng", "Kim", "Thanh", "Mai"]
GIVEN_MALE = ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Khánh", "Long", "Nam",
              "Phong", "Quyết", "Sơn", "Thắng", "Tiến", "Trung", "Tuấn", "Việt", "Vinh", "Lâm"]
GIVEN_FEMALE = ["Anh", "Châu", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Liên",
                "Loan", "Mai", "Nga", "Nhung", "Oanh", "Phượng", "Thảo", "Trang", "Yến", "Xuân"]
ETHNICITIES = ["Kinh"] * 12 + ["Thái", "Mường", "Khơ Mú", "Mông", "Thổ", "Ơ Đu", "Tày", "Nùng"]

POSITIONS = ["Bí thư chi bộ", "Trưởng thôn", "Chi hội trưởng Chi hội Phụ nữ",
             "Chủ tịch Hội Nông dân xã", "Bí thư Đoàn xã", "Trưởng Công an xã",
             "Người có uy tín trong đồng bào dân tộc thiểu số", "Chức sắc tôn giáo",
             "Cựu chiến binh", "Giám đốc hợp tác xã", "Giáo viên", "Y sĩ trạm y tế"]

HAMLETS = ["thôn Đông", "thôn Tây", "xóm Bắc", "xóm 3", "bản Na Khích", "bản Huồi Tụ",
           "khối Tân Phúc", "xóm Yên Thịnh", "thôn Trung Hòa", "bản Xốp Nặm", "giáo xứ Phú Yên"]

# (field code, title pattern) — {place} is filled with a hamlet or commune name.
MODEL_TITLES = [
    ("economy", "Tổ hợp tác trồng cam an toàn tại {place}"),
    ("economy", "Hỗ trợ sinh kế, giảm nghèo bền vững cho đồng bào {place}"),
    ("economy", "Chuyển đổi số trong tiêu thụ nông sản ở {place}"),
    ("economy", "Liên kết chăn nuôi bò sinh sản tại {place}"),
    ("economy", "Hiến đất, góp công làm đường giao thông nông thôn {place}"),
    ("economy", "Vườn mẫu, khu dân cư kiểu mẫu {place}"),
    ("culture_society", "Tuyến đường nở hoa, thắp sáng đường quê {place}"),
    ("culture_society", "Phân loại rác thải tại nguồn ở {place}"),
    ("culture_society", "Chi hội phụ nữ “5 không 3 sạch” {place}"),
    ("culture_society", "Dòng họ học tập, khuyến học {place}"),
    ("culture_society", "Bữa sáng yêu thương cho học sinh nghèo {place}"),
    ("culture_society", "Xóa nhà tạm, nhà dột nát tại {place}"),
    ("defence_security", "Camera an ninh kết nối bảo vệ bình yên {place}"),
    ("defence_security", "Tổ tự quản an ninh trật tự {place}"),
    ("defence_security", "Dòng họ không có người vi phạm pháp luật {place}"),
    ("defence_security", "Giáo xứ bình yên, đồng hành cùng chính quyền {place}"),
    ("political_system", "Chi bộ bốn tốt, đảng viên gương mẫu {place}"),
    ("political_system", "Đối thoại trực tiếp giữa người đứng đầu cấp ủy với nhân dân {place}"),
    ("political_system", "Ngày thứ Bảy cùng dân tại {place}"),
    ("political_system", "Dân vận khéo trong giải quyết thủ tục hành chính tại {place}"),
]

EXEMPLAR_ACHIEVEMENTS = [
    ("economy", "Điển hình làm kinh tế giỏi, giúp đỡ hộ nghèo"),
    ("economy", "Điển hình hiến đất mở rộng đường làng"),
    ("culture_society", "Điển hình vận động xây dựng đời sống văn hóa"),
    ("culture_society", "Điển hình tận tụy chăm lo sức khỏe nhân dân"),
    ("defence_security", "Điển hình giữ gìn an ninh trật tự ở cơ sở"),
    ("defence_security", "Điển hình vận động đồng bào tôn giáo sống tốt đời, đẹp đạo"),
    ("political_system", "Điển hình gần dân, trọng dân, vì dân"),
    ("political_system", "Điển hình xây dựng chi bộ trong sạch, vững mạnh"),
]

PROBLEMS = [
    "Địa bàn có nhiều hộ nghèo, đường giao thông xuống cấp, người dân còn e ngại tham gia.",
    "Tình trạng rác thải sinh hoạt tồn đọng gây ô nhiễm, ảnh hưởng sức khỏe người dân.",
    "An ninh trật tự có lúc phức tạp, tệ nạn xã hội tiềm ẩn nguy cơ phát sinh.",
    "Sản xuất nhỏ lẻ, đầu ra nông sản bấp bênh, thu nhập của người dân thấp.",
]
CONTENT = [
    "Tuyên truyền, vận động nhân dân đồng thuận; cán bộ, đảng viên gương mẫu đi đầu; "
    "phân công từng tổ chức đoàn thể phụ trách từng nhóm hộ.",
    "Tổ chức họp dân công khai, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng.",
    "Huy động nguồn lực xã hội hóa kết hợp hỗ trợ của Nhà nước, lồng ghép các chương trình.",
]
