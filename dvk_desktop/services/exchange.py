"""Exchange use cases: preview and import packages (one transaction each), history, undo.

Export lives in ``exchange_export``; conflicts and trusted keys in ``exchange_admin``.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, insert, select

from dvk_desktop.db.database import Database
from dvk_desktop.db.exchange_models import ImportBatch, TrustedKey
from dvk_desktop.db.models import AuditRecord
from dvk_desktop.domain.errors import DomainError
from dvk_desktop.exchange import crypto, merge
from dvk_desktop.exchange.format import Manifest, PackageError, bad
from dvk_desktop.exchange.reader import PackageReader
from dvk_desktop.services import keys
from dvk_desktop.services.exchange_apply import Applier
from dvk_desktop.services.exchange_pipeline import NewRecordWriter
from dvk_desktop.services.exchange_plan import Plan, build_plan, check_addressing
from dvk_desktop.services.exchange_records import without_cycle_collector
from dvk_desktop.services.office import get_office

KEY_TRUSTED, KEY_NEW, KEY_MISMATCH = "trusted", "new", "mismatch"


@dataclass
class ImportPreview:
    """What importing a package would do, for the officer to confirm."""

    path: Path
    manifest: Manifest
    encrypted: bool
    fingerprint: str
    key_status: str
    trusted_fingerprint: str | None
    counts: dict[str, dict[str, int]]
    totals: dict[str, int]
    items: list[merge.PlanItem] = field(default_factory=list)

    @property
    def listed(self) -> list[merge.PlanItem]:
        """Everything but the unchanged records (what the officer needs to read)."""
        return [i for i in self.items if i.action != merge.UNCHANGED]


@dataclass
class ImportResult:
    """The outcome of one import."""

    path: Path
    import_id: str | None
    totals: dict[str, int]
    conflicts_pending: int = 0
    backup: Path | None = None


def file_sha256(path: Path) -> str:
    """SHA-256 of a whole file."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _office(db: Database):
    office = get_office(db)
    if office is None:
        raise DomainError("Chưa thiết lập cơ quan.", "The office has not been set up.")
    return office


def open_package(path: Path) -> PackageReader:
    """Open and verify a package, decrypting with this office's key when needed."""
    reader = PackageReader(Path(path))
    if reader.encrypted:
        try:
            reader.unlock(keys.ensure_keys().encryption)
        except BaseException:
            reader.close()
            raise
    return reader


def trusted_key(conn: Connection, unit_code: str):
    """The key currently trusted for a sending unit (a row with public_key, fingerprint)."""
    return conn.execute(select(TrustedKey.public_key, TrustedKey.fingerprint).where(
        TrustedKey.unit_code == unit_code, TrustedKey.replaced_at.is_(None))).first()


def _key_status(conn: Connection, reader: PackageReader) -> tuple[str, str | None]:
    current = trusted_key(conn, reader.manifest.sender_code)
    if current is None:
        return KEY_NEW, None
    if crypto.normalise_fingerprint(current.fingerprint) == crypto.normalise_fingerprint(
            crypto.fingerprint(reader.public_key)):
        return KEY_TRUSTED, current.fingerprint
    return KEY_MISMATCH, current.fingerprint


def _preview_of(path: Path, reader: PackageReader, plan: Plan, status: tuple) -> ImportPreview:
    return ImportPreview(Path(path), reader.manifest, reader.encrypted,
                         crypto.fingerprint(reader.public_key), status[0], status[1],
                         plan.counts(), plan.totals(), plan.items)


def preview_import(db: Database, path: Path) -> ImportPreview:
    """Read a package and say what importing it would do; writes nothing."""
    office = _office(db)
    with without_cycle_collector(), open_package(path) as reader, \
            db.engine.connect() as conn:
        plan = build_plan(conn, reader, office.unit_id, office.unit_code)
        status = _key_status(conn, reader)
        conn.rollback()
    return _preview_of(path, reader, plan, status)


def _refuse_mismatch(code: str) -> PackageError:
    return bad(f"khóa ký của đơn vị “{code}” khác khóa đã tin cậy. Nếu đơn vị đã cài lại "
               "chương trình, hãy xác nhận vân tay khóa mới rồi thay khóa.",
               f"the signing key of “{code}” differs from the trusted one. If the unit "
               "reinstalled the program, confirm the new key's fingerprint and replace the key.")


def _check_trust(status: str, code: str, fingerprint: str, trust_new_key: bool,
                 expected_fingerprint: str | None) -> None:
    if status == KEY_MISMATCH:
        raise _refuse_mismatch(code)
    if status == KEY_NEW and not trust_new_key:
        raise PackageError(
            f"Lần đầu nhận tệp từ “{code}”. Hãy đối chiếu vân tay khóa {fingerprint} với "
            "đơn vị gửi rồi xác nhận tin cậy khóa này.",
            f"First package from “{code}”. Compare the key fingerprint {fingerprint} with "
            "the sending unit, then confirm you trust this key.")
    if status == KEY_NEW and expected_fingerprint and crypto.normalise_fingerprint(
            expected_fingerprint) != crypto.normalise_fingerprint(fingerprint):
        raise bad("vân tay khóa không khớp với vân tay đã xác nhận.",
                  "the key fingerprint does not match the confirmed one.")


def _refuse_rejected(plan: Plan) -> None:
    rejected = [i for i in plan.items if i.action == merge.REJECTED]
    if rejected:
        first = rejected[0]
        raise bad(f"{len(rejected)} bản ghi bị từ chối, ví dụ “{first.label}”: {first.reason_vi}",
                  f"{len(rejected)} records rejected, e.g. “{first.label}”: {first.reason_en}")


def backup_before_import(db: Database) -> Path | None:
    """A verified copy before an import changes anything; None for a database on a server
    (PostgreSQL is backed up by the server's own tools; the import is one transaction there
    too, so a refused package leaves it as it was)."""
    if db.path is None:
        return None
    from dvk_desktop.services import backups

    return backups.backup_before_import(db)


def import_package(db: Database, path: Path, actor: str = "", trust_new_key: bool = False,
                   expected_fingerprint: str | None = None,
                   resolutions: dict[tuple[str, str], str] | None = None) -> ImportResult:
    """Import one package in a single all-or-nothing transaction.

    ``resolutions`` maps (kind, key) of conflicts to "mine" or "theirs"; conflicts without
    one are kept pending, side by side, for the officer.
    """
    office = _office(db)
    path = Path(path)
    with without_cycle_collector():
        # The plan (hundreds of thousands of records) is freed when ``_import`` returns,
        # before the collector runs again: alive, it would be walked through once more.
        return _import(db, office, path, actor, trust_new_key, expected_fingerprint,
                       resolutions or {})


def _import(db: Database, office, path: Path, actor: str, trust_new_key: bool,
            expected_fingerprint: str | None, resolutions: dict) -> ImportResult:
    if db.path is not None:
        return _import_while_reading(db, office, path, actor, trust_new_key,
                                     expected_fingerprint, resolutions)
    with open_package(path) as reader, db.engine.connect() as conn:
        plan = build_plan(conn, reader, office.unit_id, office.unit_code)
        status, _ = _key_status(conn, reader)
        fingerprint = crypto.fingerprint(reader.public_key)
        _check_trust(status, reader.manifest.sender_code, fingerprint, trust_new_key,
                     expected_fingerprint)
        _refuse_rejected(plan)
        totals = plan.totals()
        if not _anything_to_do(plan, status):
            conn.rollback()
            return ImportResult(path, None, totals)
        conn.rollback()
        saved = backup_before_import(db)
        import_id = str(uuid.uuid4())
        with conn.begin():
            pending = _write(conn, reader, plan, path, actor, status, resolutions, import_id)
    return ImportResult(path, import_id, totals, pending, saved)


def _import_while_reading(db: Database, office, path: Path, actor: str, trust_new_key: bool,
                          expected_fingerprint: str | None, resolutions: dict) -> ImportResult:
    """The import on SQLite: each kind's new records are inserted by a worker thread while
    the next kind is read (see ``exchange_pipeline``), in the same single transaction.

    The sender and its key are checked before anything is written; a refused package (a
    rejected record, say) rolls back what the worker inserted. The backup is taken before
    the commit: it copies the file as last committed, without the import.
    """
    import_id = str(uuid.uuid4())
    with open_package(path) as reader, db.engine.connect() as reading, \
            db.engine.connect() as conn:
        manifest = reader.manifest
        check_addressing(reading, manifest.sender_code, manifest.recipient_code,
                         office.unit_id, office.unit_code)
        status, _ = _key_status(reading, reader)
        _check_trust(status, manifest.sender_code, crypto.fingerprint(reader.public_key),
                     trust_new_key, expected_fingerprint)
        writer = NewRecordWriter(conn, lambda plan: _applier(conn, import_id, plan, actor),
                                 reader.records_bytes(),
                                 not _received_from(reading, manifest.sender_code))
        try:
            with db.wal_copy_deferred(conn), conn.begin() as transaction:
                with writer:
                    plan = build_plan(reading, reader, office.unit_id, office.unit_code,
                                      planned=writer.planned)
                    writer.finish()
                reading.rollback()
                _refuse_rejected(plan)
                totals = plan.totals()
                if not _anything_to_do(plan, status):
                    transaction.rollback()
                    return ImportResult(path, None, totals)
                saved = backup_before_import(db)
                pending = _write(conn, reader, plan, path, actor, status, resolutions,
                                 import_id, writer.applier, inserted=True)
        finally:
            writer.close()
    db.checkpoint_in_background()
    return ImportResult(path, import_id, totals, pending, saved)


def _received_from(conn: Connection, sender_code: str) -> bool:
    """True when a package of this sender was imported before (and not undone): looked up
    in the few import batches, not in the exchange states of every record."""
    return conn.execute(select(ImportBatch.id).where(
        ImportBatch.sender_code == sender_code, ImportBatch.status == "applied").limit(1)
    ).first() is not None


def _applier(conn: Connection, import_id: str, plan: Plan, actor: str) -> Applier:
    return Applier(conn, import_id, plan.code_to_id, plan.sender_code, actor, plan.converted,
                   plan.stored_kinds)


def _anything_to_do(plan: Plan, status: str) -> bool:
    if status == KEY_NEW:
        return True
    return any(i.action != merge.UNCHANGED or (i.mine is not None and i.kind != "fields"
                                               and not merge.already_seen(
                                                   i.theirs, plan.seen.get((i.kind, i.key))))
               for i in plan.items)


def _write(conn: Connection, reader: PackageReader, plan: Plan, path: Path, actor: str,
           status: str, resolutions: dict, import_id: str, applier: Applier | None = None,
           inserted: bool = False) -> int:
    """Everything the import writes but (when ``inserted``) the new records; conflicts kept
    pending."""
    manifest = reader.manifest
    _new_batch(conn, import_id, manifest, path, actor, plan.totals())
    if applier is None:
        applier = _applier(conn, import_id, plan, actor)
    pending = _apply_items(applier, plan, resolutions, inserted)
    applier.flush()
    if status == KEY_NEW:
        conn.execute(insert(TrustedKey).values(
            unit_code=manifest.sender_code, public_key=crypto.b64(reader.public_key),
            fingerprint=crypto.fingerprint(reader.public_key), trusted_by=actor))
    conn.execute(insert(AuditRecord).values(
        actor=actor or "import", action="import", table_name="exchange_import",
        record_id=import_id, old_values=None,
        new_values={"package_id": manifest.package_id, "sender": manifest.sender_code,
                    "totals": plan.totals(), "file": str(path)}))
    return pending


def _new_batch(conn: Connection, import_id: str, manifest: Manifest, path: Path, actor: str,
               totals: dict) -> None:
    conn.execute(insert(ImportBatch).values(
        id=import_id, package_id=manifest.package_id, file_name=str(path),
        file_sha256=file_sha256(path), sender_code=manifest.sender_code,
        sender_name=manifest.sender_name, package_created_at=manifest.created_at,
        imported_by=actor, status="applied", counts=totals))


def _apply_items(applier: Applier, plan: Plan, resolutions: dict, inserted: bool) -> int:
    pending = 0
    by_kind: dict[str, list[merge.PlanItem]] = {}
    for item in plan.items:
        by_kind.setdefault(item.kind, []).append(item)
    for kind, items in by_kind.items():
        if not inserted:
            applier.insert_new(kind, [i for i in items if i.action == merge.NEW])
        for item in items:
            if item.action == merge.NEW:
                continue  # inserted above
            seen = plan.seen.get((kind, item.key))
            choice = resolutions.get((kind, item.key))
            if item.action == merge.UPDATED or (item.action == merge.CONFLICT
                                                and choice == "theirs"):
                applier.take_theirs(item, seen)
            elif item.action == merge.CONFLICT and choice == "mine":
                applier.keep_mine(item, seen)
            elif item.action == merge.CONFLICT:
                pending += applier.defer_conflict(item)
            elif item.action == merge.UNCHANGED:
                applier.refresh_state(item, seen)
    return pending
