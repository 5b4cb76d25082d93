"""The entries of a unit in a year, by search key: the duplicate check reads only these.

Saving an entry looks for another live entry with the same title (ignoring case and
diacritics) in the same unit and year. At a million entries the word index's lists of the
title's words are long (15–25 ms a look, twice per form opened and saved); this index finds
the entries of the unit and year whose search key starts with the title's in one step. It
replaces ``ix_entry_owner_unit_id``, its prefix, so there are no more indexes to keep up
than before.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 07:00:00
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_entry_unit_year", "entry", ["owner_unit_id", "year", "search_key"],
                    unique=False)
    op.drop_index("ix_entry_owner_unit_id", table_name="entry")


def downgrade() -> None:
    op.create_index("ix_entry_owner_unit_id", "entry", ["owner_unit_id"], unique=False)
    op.drop_index("ix_entry_unit_year", table_name="entry")
