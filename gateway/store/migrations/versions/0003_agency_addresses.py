"""the directory's addresses and domains as rows of their own

Every inbound message's sender is looked up in the agency directory.  The addresses lived only
inside each agency's JSON, so the look-up read and validated the whole directory for every
message: slower the more agencies there are (the Rules' local executive bodies alone are
hundreds).  `agency_addresses` holds one row per address or domain, kept by upsert_agency,
filled here from the directory as it is.

Revision ID: 0003
Revises: 0002
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "agency_addresses",
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column("agency_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["agency_id"], ["agencies.agency_id"]),
        sa.PrimaryKeyConstraint("kind", "address", "agency_id"),
    )
    rows = []
    for agency_id, data in op.get_bind().execute(sa.text("SELECT agency_id, data FROM agencies")):
        data = json.loads(data) if isinstance(data, str) else data
        for kind, key in (("email", "emails"), ("domain", "domains")):
            for value in dict.fromkeys(v.strip().lower() for v in data.get(key) or ()
                                       if v.strip()):
                rows.append({"kind": kind, "address": value, "agency_id": agency_id})
    if rows:
        op.bulk_insert(table, rows)


def downgrade() -> None:
    op.drop_table("agency_addresses")
