"""Domain exceptions carrying a message in Vietnamese and in English."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class FieldProblem:
    """One invalid field: its name and the reason in both languages."""

    field: str
    vi: str
    en: str

    def message(self, language: str = "vi") -> str:
        """The reason in the requested language."""
        return self.en if language == "en" else self.vi


class DomainError(Exception):
    """Base of every error a user can cause; never a programming error."""

    def __init__(self, vi: str, en: str) -> None:
        super().__init__(en)
        self.vi = vi
        self.en = en

    def message(self, language: str = "vi") -> str:
        """The message in the requested language (Vietnamese by default)."""
        return self.en if language == "en" else self.vi


class ValidationError(DomainError):
    """Input that breaks one or more rules; ``problems`` lists each field and reason."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        vi = "; ".join(f"{p.field}: {p.vi}" for p in problems)
        en = "; ".join(f"{p.field}: {p.en}" for p in problems)
        super().__init__(f"Dữ liệu không hợp lệ — {vi}", f"Invalid data — {en}")

    def for_field(self, name: str) -> FieldProblem | None:
        """The problem reported for one field, if any."""
        return next((p for p in self.problems if p.field == name), None)


class NotFoundError(DomainError):
    """A record that does not exist (or is in the trash when it must not be)."""


class ConflictError(DomainError):
    """Optimistic concurrency: the record changed since it was read."""

    def __init__(self, kind: str, record_id: str, expected: int, actual: int) -> None:
        self.kind = kind
        self.record_id = record_id
        self.expected = expected
        self.actual = actual
        if not expected:
            super().__init__(
                "Bản ghi vừa được người khác sửa. Hãy tải lại rồi sửa lại thay đổi của mình.",
                "The record was just changed by someone else. Reload it and apply your "
                "change again.",
            )
            return
        super().__init__(
            f"Bản ghi đã được người khác sửa (phiên bản {actual}, bạn đang sửa phiên bản "
            f"{expected}). Hãy tải lại rồi sửa lại thay đổi của mình.",
            f"The record was changed by someone else (version {actual}, you are editing "
            f"version {expected}). Reload it and apply your change again.",
        )


class DatabaseVersionError(DomainError):
    """The database was made by a newer program, or cannot be upgraded."""


class DiskFullError(DomainError):
    """The disk (or the allowed file size) is full; what was being written was not kept."""

    def __init__(self) -> None:
        super().__init__(
            "Ổ đĩa đã đầy nên thao tác chưa hoàn tất và không được lưu. Dữ liệu đã lưu trước "
            "đó vẫn nguyên vẹn; hãy giải phóng dung lượng (hoặc chọn nơi lưu khác) rồi thử lại.",
            "The disk is full, so the action was not completed or kept. Data saved before is "
            "intact; free some space (or choose another place) and try again.",
        )


def is_disk_full(exc: BaseException) -> bool:
    """True when an OS or SQLite error means the disk (or the file size limit) is full."""
    import errno

    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return True
    text = str(exc).lower()
    return "disk is full" in text or "no space left" in text or "file too large" in text


def readable_error(exc: BaseException) -> BaseException:
    """The error as the user should read it: a full disk becomes DiskFullError."""
    if not isinstance(exc, DomainError) and is_disk_full(exc):
        return DiskFullError()
    return exc
