"""Exchange bookkeeping: trusted keys, export log, imports with before-images, record state,
pending conflicts.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 15:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_trusted_key",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("unit_code", sa.String(length=40), nullable=False),
        sa.Column("public_key", sa.String(length=100), nullable=False),
        sa.Column("fingerprint", sa.String(length=100), nullable=False),
        sa.Column("trusted_at", sa.DateTime(), nullable=False),
        sa.Column("trusted_by", sa.String(length=200), nullable=False),
        sa.Column("replaced_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_trusted_key")),
    )
    op.create_index(op.f("ix_exchange_trusted_key_unit_code"), "exchange_trusted_key",
                    ["unit_code"], unique=False)
    op.create_table(
        "exchange_export",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("recipient_code", sa.String(length=40), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=True),
        sa.Column("as_of", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("encrypted", sa.Boolean(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_export")),
    )
    op.create_index(op.f("ix_exchange_export_recipient_code"), "exchange_export",
                    ["recipient_code"], unique=False)
    op.create_table(
        "exchange_import",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("sender_code", sa.String(length=40), nullable=False),
        sa.Column("sender_name", sa.String(length=300), nullable=False),
        sa.Column("package_created_at", sa.String(length=40), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_import")),
    )
    op.create_index(op.f("ix_exchange_import_package_id"), "exchange_import",
                    ["package_id"], unique=False)
    op.create_table(
        "exchange_before_image",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("import_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=50), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("state_before", sa.JSON(), nullable=True),
        sa.Column("version_after", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["import_id"], ["exchange_import.id"],
                                name=op.f("fk_exchange_before_image_import_id_exchange_import")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_before_image")),
    )
    op.create_index(op.f("ix_exchange_before_image_import_id"), "exchange_before_image",
                    ["import_id"], unique=False)
    op.create_table(
        "exchange_record_state",
        sa.Column("table_name", sa.String(length=50), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("seen_version", sa.Integer(), nullable=False),
        sa.Column("seen_updated_at", sa.String(length=40), nullable=False),
        sa.Column("local_version", sa.Integer(), nullable=False),
        sa.Column("sender_code", sa.String(length=40), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "record_id", name=op.f("pk_exchange_record_state")),
    )
    op.create_index("ix_exchange_record_state_imported_at", "exchange_record_state",
                    ["imported_at"], unique=False)
    op.create_table(
        "exchange_conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("import_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("record_key", sa.String(length=40), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("mine", sa.JSON(), nullable=False),
        sa.Column("theirs", sa.JSON(), nullable=False),
        sa.Column("changed", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["import_id"], ["exchange_import.id"],
                                name=op.f("fk_exchange_conflict_import_id_exchange_import")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_conflict")),
    )
    op.create_index(op.f("ix_exchange_conflict_import_id"), "exchange_conflict",
                    ["import_id"], unique=False)


def downgrade() -> None:
    for table in ("exchange_conflict", "exchange_record_state", "exchange_before_image",
                  "exchange_import", "exchange_export", "exchange_trusted_key"):
        op.drop_table(table)
