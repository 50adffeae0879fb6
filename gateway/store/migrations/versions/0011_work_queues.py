"""the board's work queues: who works on a case or a quarantined letter; saved views

`cases.assignee` and `inbound.assignee` name the operator a case or a quarantined letter is
given to (None: nobody yet, the unassigned queue); `saved_views` keeps an operator's named
filters of a page (the query string as the page's address has it); `ix_events_kind` lets the
log be filtered by kind, and a letter be found by the names its events carry, without reading
the whole status log.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

PK = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("assignee", sa.String(length=64), nullable=True))
        batch.create_index("ix_cases_assignee", ["assignee"])
    with op.batch_alter_table("inbound") as batch:
        batch.add_column(sa.Column("assignee", sa.String(length=64), nullable=True))
    op.create_index("ix_events_kind", "events", ["kind", "inbound_id"])
    op.create_table(
        "saved_views",
        sa.Column("id", PK, primary_key=True, autoincrement=True),
        sa.Column("operator", sa.String(length=64), nullable=False),
        sa.Column("page", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("operator", "page", "name", name="uq_saved_view"),
    )


def downgrade() -> None:
    op.drop_table("saved_views")
    op.drop_index("ix_events_kind", table_name="events")
    with op.batch_alter_table("inbound") as batch:
        batch.drop_column("assignee")
    with op.batch_alter_table("cases") as batch:
        batch.drop_index("ix_cases_assignee")
        batch.drop_column("assignee")
