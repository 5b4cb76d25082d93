"""Covering indexes for the registry's table: counts and filters, pages in title order.

The entries' rows are wide (long texts), so every count or page that had to read the table
itself touched hundreds of megabytes at 100,000 entries. ``ix_entry_counts`` holds every
column the summary line and the filters read (the search key included), so counts and the
list of years are index-only; ``ix_entry_list`` (which replaces ``ix_entry_sort``, its
prefix) lets a page of ids in title order, or in any other order, be found without reading
the rows. The single-column indexes on year, status and field are dropped: the planner
preferred them to the covering indexes and then read every matching row.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 15:55:00
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

COUNTS = ["deleted_at", "entry_type", "scope", "year", "field_code", "level", "status",
          "owner_unit_id", "search_key", "id", "start_date"]
LIST = ["deleted_at", "sort_key", "id", "year", "status", "entry_type", "scope", "level",
        "field_code", "owner_unit_id"]

SINGLE = {"ix_entry_year": "year", "ix_entry_status": "status", "ix_entry_field": "field_code"}


# Plain index statements (not batch mode): the table itself is never copied.
def upgrade() -> None:
    op.drop_index("ix_entry_sort", table_name="entry")
    for name in SINGLE:
        op.drop_index(name, table_name="entry")
    op.create_index("ix_entry_counts", "entry", COUNTS, unique=False)
    op.create_index("ix_entry_list", "entry", LIST, unique=False)


def downgrade() -> None:
    op.drop_index("ix_entry_list", table_name="entry")
    op.drop_index("ix_entry_counts", table_name="entry")
    op.create_index("ix_entry_sort", "entry", ["deleted_at", "sort_key"], unique=False)
    for name, column in SINGLE.items():
        op.create_index(name, "entry", [column], unique=False)
