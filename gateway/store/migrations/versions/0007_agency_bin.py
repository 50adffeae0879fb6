"""agencies.bin: the agency's BIN, by which an e-signature's certificate is matched (issue #22)

The directory's optional `bin` column lands in the agency's JSON and here, indexed.  Agencies
already stored get "bin": "" in their JSON, so the next import does not report every one of
them as changed.

Revision ID: 0007
Revises: 0006
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agencies") as batch:
        batch.add_column(sa.Column("bin", sa.String(12), nullable=True))
        batch.create_index("ix_agencies_bin", ["bin"])
    table = sa.table("agencies", sa.column("agency_id", sa.String), sa.column("data", sa.JSON),
                     sa.column("bin", sa.String))
    bind = op.get_bind()
    for agency_id, data in bind.execute(sa.text("SELECT agency_id, data FROM agencies")).all():
        data = json.loads(data) if isinstance(data, str) else dict(data)
        data.setdefault("bin", "")
        bind.execute(table.update().where(table.c.agency_id == agency_id)
                     .values(data=data, bin=data["bin"] or None))


def downgrade() -> None:
    with op.batch_alter_table("agencies") as batch:
        batch.drop_index("ix_agencies_bin")
        batch.drop_column("bin")
