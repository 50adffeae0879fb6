"""the board's sessions, kept on the server: a session ends when its row is gone

Before this the whole session lived in the signed cookie, so a copied cookie worked until it
expired, logout or not.  Now the cookie carries only a random token; `board_sessions` holds its
SHA-256 (a copy of the table opens no session), the operator, the CSRF token and when it was
last used.  Logout, `gateway operators remove`, a password change and the idle timeout delete
or refuse the row.

Revision ID: 0010
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "board_sessions",
        sa.Column("id", sa.String(length=64), primary_key=True),
        sa.Column("operator", sa.String(length=64), nullable=False),
        sa.Column("csrf", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_board_sessions_operator", "board_sessions", ["operator"])


def downgrade() -> None:
    op.drop_index("ix_board_sessions_operator", table_name="board_sessions")
    op.drop_table("board_sessions")
