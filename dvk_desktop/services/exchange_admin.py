"""Import history and undo, pending conflicts, trusted keys, and a folder of packages at once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from dvk_desktop.db.database import Database
from dvk_desktop.db.exchange_models import (
    BeforeImage,
    ImportBatch,
    PendingConflict,
    RecordState,
    TrustedKey,
)
from dvk_desktop.db.models import AuditRecord, utcnow
from dvk_desktop.domain.errors import DomainError, NotFoundError
from dvk_desktop.exchange import crypto, merge
from dvk_desktop.exchange.format import PackageError
from dvk_desktop.services import exchange
from dvk_desktop.services.exchange_apply import Applier
from dvk_desktop.services.exchange_plan import load_states
from dvk_desktop.services.exchange_records import CHILDREN, KIND_TABLES, TABLE_KINDS, unit_maps


@dataclass
class FileReport:
    """The outcome of one file in a folder import."""

    path: Path
    ok: bool
    result: exchange.ImportResult | None = None
    error_vi: str = ""
    error_en: str = ""


def package_files(paths: list[Path]) -> list[Path]:
    """The .dvkx files named, or found directly inside named folders, sorted by name."""
    found: list[Path] = []
    for path in map(Path, paths):
        found.extend(sorted(path.glob("*.dvkx")) if path.is_dir() else [path])
    return found


def import_many(db: Database, paths: list[Path], actor: str = "",
                trust_new_key: bool = False) -> list[FileReport]:
    """Import each package in its own transaction; one bad file does not stop the others."""
    reports = []
    for path in package_files(paths):
        try:
            result = exchange.import_package(db, path, actor, trust_new_key=trust_new_key)
            reports.append(FileReport(path, True, result))
        except DomainError as exc:
            reports.append(FileReport(path, False, None, exc.vi, exc.en))
    return reports


def list_imports(db: Database) -> list[ImportBatch]:
    """Every import, newest first."""
    with db.session() as session:
        return list(session.scalars(select(ImportBatch).order_by(ImportBatch.imported_at.desc())))


def _changed_since(conn, kind: str, ids: list, versions: list) -> bool:
    if kind == "fields":
        return False
    table = KIND_TABLES[kind]
    current = dict(conn.execute(select(table.c.id, table.c.version).where(table.c.id.in_(ids))).all())
    return any(current.get(i) != v for i, v in zip(ids, versions, strict=True))


def _delete_created(conn, kind: str, table_name: str, ids: list) -> None:
    table = KIND_TABLES[kind]
    pk = table.c.code if kind == "fields" else table.c.id
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        if kind in CHILDREN:
            child, fk, _name = CHILDREN[kind]
            conn.execute(delete(child).where(child.c[fk].in_(chunk)))
        conn.execute(delete(table).where(pk.in_(chunk)))
        conn.execute(delete(RecordState).where(RecordState.table_name == table_name,
                                               RecordState.record_id.in_(chunk)))


def _restore(applier: Applier, conn, image) -> None:
    kind = TABLE_KINDS[image.table_name]
    if image.action == "created":
        ids, versions = image.before["ids"], image.before["versions"]
        for start in range(0, len(ids), 500):
            if _changed_since(conn, kind, ids[start:start + 500], versions[start:start + 500]):
                raise _changed_after()
        _delete_created(conn, kind, image.table_name, ids)
        return
    table = KIND_TABLES[kind]
    if image.action == "updated":
        current = conn.scalar(select(table.c.version).where(table.c.id == image.record_id))
        if current != image.version_after:
            raise _changed_after()
        values, children = applier.values(kind, image.before)
        applier.write_record(kind, image.record_id, values, children)
    where = (RecordState.table_name == image.table_name, RecordState.record_id == image.record_id)
    conn.execute(delete(RecordState).where(*where))
    if image.state_before:
        conn.execute(insert(RecordState).values(
            table_name=image.table_name, record_id=image.record_id, sender_code="",
            imported_at=utcnow(), **image.state_before))


def _changed_after() -> DomainError:
    return DomainError("Không hoàn tác được: có bản ghi đã được sửa sau lần nhập này.",
                       "Cannot undo: a record was changed after this import.")


def undo_import(db: Database, import_id: str, actor: str = "") -> int:
    """Put back every record a whole import changed; returns how many records were restored."""
    with db.engine.begin() as conn:
        batch = conn.execute(select(ImportBatch.status).where(ImportBatch.id == import_id)).first()
        if batch is None:
            raise NotFoundError("Không tìm thấy lần nhập.", "Import not found.")
        if batch.status != "applied":
            raise DomainError("Lần nhập này đã được hoàn tác.", "This import was already undone.")
        _, code_to_id = unit_maps(conn)
        applier = Applier(conn, import_id, code_to_id, "", actor)
        images = conn.execute(select(BeforeImage).where(BeforeImage.import_id == import_id)
                              .order_by(BeforeImage.id.desc())).all()
        try:
            for image in images:
                _restore(applier, conn, image)
        except IntegrityError as exc:
            raise DomainError("Không hoàn tác được: dữ liệu nhập sau đó còn dùng bản ghi này.",
                              "Cannot undo: later data still uses these records.") from exc
        restored = sum(len(i.before["ids"]) if i.action == "created" else 1 for i in images)
        conn.execute(update(PendingConflict).where(PendingConflict.import_id == import_id,
                                                   PendingConflict.status == "pending")
                     .values(status="cancelled", resolved_at=utcnow(), resolved_by=actor))
        conn.execute(update(ImportBatch).where(ImportBatch.id == import_id)
                     .values(status="undone", undone_at=utcnow()))
        conn.execute(insert(AuditRecord).values(actor=actor or "import", action="undo",
                                                table_name="exchange_import",
                                                record_id=import_id, old_values=None,
                                                new_values={"restored": restored}))
    return restored


def list_conflicts(db: Database, pending_only: bool = True) -> list[PendingConflict]:
    """Conflicts kept side by side, oldest first."""
    with db.session() as session:
        query = select(PendingConflict).order_by(PendingConflict.id)
        if pending_only:
            query = query.where(PendingConflict.status == "pending")
        return list(session.scalars(query))


def resolve_conflict(db: Database, conflict_id: int, choice: str, actor: str = "") -> None:
    """Keep mine or take theirs for one pending conflict (in its own transaction)."""
    if choice not in ("mine", "theirs"):
        raise ValueError(choice)
    with db.engine.begin() as conn:
        row = conn.execute(select(PendingConflict).where(PendingConflict.id == conflict_id)).first()
        if row is None or row.status != "pending":
            raise NotFoundError("Không còn xung đột này.", "No such pending conflict.")
        _, code_to_id = unit_maps(conn)
        applier = Applier(conn, row.import_id, code_to_id, "", actor)
        local = applier.local_id(row.kind, row.record_key)
        table = KIND_TABLES[row.kind]
        if conn.scalar(select(table.c.version).where(table.c.id == local)) != row.mine["version"]:
            raise DomainError("Bản ghi đã thay đổi từ khi có xung đột; hãy nhập lại tệp.",
                              "The record changed since the conflict; import the file again.")
        item = merge.PlanItem(row.kind, row.record_key, merge.CONFLICT, row.theirs, row.mine)
        seen = load_states(conn, table.name).get(local)
        (applier.take_theirs if choice == "theirs" else applier.keep_mine)(item, seen)
        applier.flush()
        conn.execute(update(PendingConflict).where(PendingConflict.id == conflict_id).values(
            status="took_theirs" if choice == "theirs" else "kept_mine",
            resolved_at=utcnow(), resolved_by=actor))


def trust_key(db: Database, unit_code: str, fingerprint: str, actor: str = "",
              replace: bool = False) -> None:
    """Trust a sending unit's key by its fingerprint; replacing one must be deliberate."""
    wanted = crypto.normalise_fingerprint(fingerprint)
    if len(wanted) != 64 or any(c not in "0123456789ABCDEF" for c in wanted):
        raise DomainError("Vân tay khóa không hợp lệ (64 chữ số hex).",
                          "Invalid key fingerprint (64 hex digits).")
    pretty = " ".join(wanted[i:i + 4] for i in range(0, 64, 4))
    with db.engine.begin() as conn:
        current = exchange.trusted_key(conn, unit_code)
        if current is not None and crypto.normalise_fingerprint(current.fingerprint) == wanted:
            return
        if current is not None and not replace:
            raise PackageError(
                f"Đơn vị “{unit_code}” đã có khóa tin cậy khác; chỉ thay khi chắc chắn.",
                f"“{unit_code}” already has another trusted key; replace it deliberately.")
        conn.execute(update(TrustedKey).where(TrustedKey.unit_code == unit_code,
                                              TrustedKey.replaced_at.is_(None))
                     .values(replaced_at=utcnow()))
        conn.execute(insert(TrustedKey).values(unit_code=unit_code, public_key="",
                                               fingerprint=pretty, trusted_by=actor))


def trusted_keys(db: Database) -> list[TrustedKey]:
    """Every trusted key, current and replaced."""
    with db.session() as session:
        return list(session.scalars(select(TrustedKey).order_by(TrustedKey.unit_code,
                                                                TrustedKey.id)))
