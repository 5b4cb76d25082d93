"""Enumerations of the registry, stored by their value; labels in Vietnamese and English."""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A string enum whose members carry a Vietnamese and an English label."""

    def label(self, language: str = "vi") -> str:
        """Human label of the member in the requested language."""
        vi, en = _LABELS[type(self).__name__][self.value]
        return en if language == "en" else vi

    @classmethod
    def parse(cls, text: str):
        """Member from its value, or from its label in either language (case-insensitive)."""
        wanted = text.strip().casefold()
        for member in cls:
            vi, en = _LABELS[cls.__name__][member.value]
            if wanted in (member.value.casefold(), vi.casefold(), en.casefold()):
                return member
        raise ValueError(text)


class EntryType(LabelledEnum):
    MODEL = "model"
    EXEMPLAR = "exemplar"


class Scope(LabelledEnum):
    COLLECTIVE = "collective"
    INDIVIDUAL = "individual"


class Level(LabelledEnum):
    GRASSROOTS = "grassroots"
    DISTRICT = "district"
    PROVINCE = "province"
    NATIONAL = "national"


class Status(LabelledEnum):
    REGISTERED = "registered"
    IN_PROGRESS = "in_progress"
    INSPECTED = "inspected"
    RECOGNISED = "recognised"
    OUTSTANDING = "outstanding"
    COMMENDED = "commended"
    REPLICATED = "replicated"
    NEEDS_STRENGTHENING = "needs_strengthening"
    DROPPED = "dropped"


class Sector(LabelledEnum):
    PARTY = "party"
    GOVERNMENT = "government"
    FRONT = "front"
    MASS_ORG = "mass_org"
    ARMED_FORCES = "armed_forces"
    OTHER = "other"


class UnitKind(LabelledEnum):
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"
    AGENCY = "agency"
    PARTY_ORG = "party_org"
    FRONT = "front"
    MASS_ORG = "mass_org"
    ARMED_FORCE = "armed_force"
    OTHER = "other"


class IssuerKind(LabelledEnum):
    STATE = "state"
    PARTY = "party"
    FRONT = "front"


class AwardForm(LabelledEnum):
    CERTIFICATE_OF_MERIT = "giay_khen"
    DIPLOMA_OF_MERIT = "bang_khen"


class Sex(LabelledEnum):
    MALE = "male"
    FEMALE = "female"


class Classification(LabelledEnum):
    FAILED = "failed"
    PASSED = "passed"
    EXEMPLARY = "exemplary"


class RubricKind(LabelledEnum):
    MODEL = "model"
    COLLECTIVE = "collective"
    INDIVIDUAL = "individual"


class Tag(LabelledEnum):
    RELIGIOUS = "religious"
    ETHNIC_MINORITY = "ethnic_minority"
    FDI = "fdi"
    NEW_RURAL = "new_rural"


_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "EntryType": {"model": ("Mô hình", "Model"), "exemplar": ("Điển hình", "Typical example")},
    "Scope": {"collective": ("Tập thể", "Collective"), "individual": ("Cá nhân", "Individual")},
    "Level": {
        "grassroots": ("Cơ sở", "Grassroots"),
        "district": ("Huyện/khu vực", "District/area"),
        "province": ("Tỉnh", "Province"),
        "national": ("Toàn quốc", "National"),
    },
    "Status": {
        "registered": ("Đã đăng ký", "Registered"),
        "in_progress": ("Đang thực hiện", "In progress"),
        "inspected": ("Đã kiểm tra", "Inspected"),
        "recognised": ("Đã công nhận", "Recognised"),
        "outstanding": ("Tiêu biểu", "Outstanding"),
        "commended": ("Đã khen thưởng", "Commended"),
        "replicated": ("Đã nhân rộng", "Replicated"),
        "needs_strengthening": ("Cần củng cố", "Needs strengthening"),
        "dropped": ("Dừng (không còn hiệu quả)", "Dropped"),
    },
    "Sector": {
        "party": ("Đảng", "Party"),
        "government": ("Chính quyền", "Government"),
        "front": ("MTTQ", "Fatherland Front"),
        "mass_org": ("Đoàn thể", "Mass organisation"),
        "armed_forces": ("Lực lượng vũ trang", "Armed forces"),
        "other": ("Khác", "Other"),
    },
    "UnitKind": {
        "province": ("Tỉnh/thành phố", "Province"),
        "district": ("Huyện/khu vực", "District/area"),
        "commune": ("Xã/phường", "Commune/ward"),
        "agency": ("Cơ quan", "Agency"),
        "party_org": ("Tổ chức Đảng", "Party organisation"),
        "front": ("Mặt trận Tổ quốc", "Fatherland Front"),
        "mass_org": ("Đoàn thể", "Mass organisation"),
        "armed_force": ("Lực lượng vũ trang", "Armed force"),
        "other": ("Khác", "Other"),
    },
    "IssuerKind": {
        "state": ("Chính quyền", "State"),
        "party": ("Đảng", "Party"),
        "front": ("Mặt trận", "Front"),
    },
    "AwardForm": {
        "giay_khen": ("Giấy khen", "Certificate of merit"),
        "bang_khen": ("Bằng khen", "Diploma of merit"),
    },
    "Sex": {"male": ("Nam", "Male"), "female": ("Nữ", "Female")},
    "Classification": {
        "failed": ("Không đạt", "Failed"),
        "passed": ("Đạt", "Passed"),
        "exemplary": ("Tiêu biểu", "Exemplary"),
    },
    "RubricKind": {
        "model": ("Mô hình", "Model"),
        "collective": ("Điển hình tập thể", "Collective example"),
        "individual": ("Điển hình cá nhân", "Individual example"),
    },
    "Tag": {
        "religious": ("Vùng đồng bào tôn giáo", "Religious area"),
        "ethnic_minority": ("Vùng đồng bào dân tộc thiểu số", "Ethnic-minority area"),
        "fdi": ("Doanh nghiệp FDI", "FDI enterprise"),
        "new_rural": ("Xây dựng nông thôn mới", "New-rural construction"),
    },
}

# The four canonical fields (lĩnh vực); the lookup table may add more, each mapped to one.
CANONICAL_FIELDS: list[tuple[str, str, str]] = [
    ("economy", "Kinh tế", "Economy"),
    ("culture_society", "Văn hóa – Xã hội", "Culture and society"),
    ("defence_security", "Quốc phòng – An ninh", "Defence and security"),
    ("political_system", "Xây dựng hệ thống chính trị", "Building the political system"),
]
