"""the sender processing decided on, with each inbound message; its bytes' hash indexed

`gateway quarantine list/show` read the From header on their own and could show an address that
processing had rejected as malformed, or miss one it had accepted.  Processing now stores the
sender it decided on (`decided_sender`, None when there was no valid one) and why
(`sender_note`), and operators see only that, beside the raw header.  A resend without a
Message-ID is recognised by its bytes' SHA-256 within a window, looked up by `ix_inbound_sha256`.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("inbound") as batch:
        batch.add_column(sa.Column("decided_sender", sa.String(length=320), nullable=True))
        batch.add_column(sa.Column("sender_note", sa.Text(), nullable=True))
    op.create_index("ix_inbound_sha256", "inbound", ["sha256"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_inbound_sha256", table_name="inbound")
    with op.batch_alter_table("inbound") as batch:
        batch.drop_column("sender_note")
        batch.drop_column("decided_sender")
