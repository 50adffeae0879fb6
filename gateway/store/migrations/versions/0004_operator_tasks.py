"""operator tasks: what the quality-control authority asks of the contact centre (p.15, p.16)

The authority's written request to train its staff (p.15) and its notice of a discrepancy
between an agency's figures and ours (p.16) are no case's step: they are tasks for the
operators, shown by `gateway status` until recorded done.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tasks",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False,
                  autoincrement=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("paragraph", sa.String(length=8), nullable=False),
        sa.Column("inbound_id", sa.BigInteger(), nullable=True),
        sa.Column("agency_id", sa.String(length=64), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("asked_for", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("inbound_id", "kind", name="uq_task_inbound_kind"),
    )


def downgrade() -> None:
    op.drop_table("tasks")
