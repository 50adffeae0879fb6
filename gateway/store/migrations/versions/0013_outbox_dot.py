"""the outbox's record of a final dot: a letter that may be at the relay

`outbox.dot_at` is written (by the database's clock) and committed before a letter's final dot
goes on the wire, and cleared when the relay's answer is recorded.  A row whose `dot_at` is set
and whose answer never came (the sender was killed, the connection dropped after the dot) is in
doubt: the sender settles it from the journal copy, or holds it for an operator (status
`doubt`), and never sends it again blindly.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("dot_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("dot_at")
