"""the board's sessions, kept on the server; each case's open steps, for the dashboard's counts

Before this the whole session lived in the signed cookie, so a copied cookie worked until it
expired, logout or not.  Now the cookie carries only a random token; `board_sessions` holds its
SHA-256 (a copy of the table opens no session), the operator, the CSRF token and when it was
last used.  Logout, `gateway operators remove`, a password change and the idle timeout delete
or refuse the row.

`open_steps` holds each case's steps not yet done (paragraph, due date), filled here from the
cases' JSON: the dashboard counts overdue steps per paragraph from it by index instead of
decoding every overdue case.  `ix_cases_state` becomes `ix_cases_state_id` (state, id): the
cases still waiting for their p.4 request are walked in id order without sorting them all.

Revision ID: 0010
Revises: 0008
"""

import datetime as dt
import json

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0008"
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
    op.create_table(
        "open_steps",
        sa.Column("case_id", sa.String(length=128), primary_key=True),
        sa.Column("n", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("paragraph", sa.String(length=8), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
    )
    op.create_index("ix_open_steps_due", "open_steps", ["due", "paragraph"])
    op.drop_index("ix_cases_state", table_name="cases")
    op.create_index("ix_cases_state_id", "cases", ["state", "id"])
    steps = sa.table("open_steps", sa.column("case_id", sa.String), sa.column("n", sa.Integer),
                     sa.column("paragraph", sa.String), sa.column("due", sa.Date))
    bind = op.get_bind()
    rows: list[dict[str, object]] = []
    result = bind.execute(sa.text("SELECT id, data FROM cases WHERE next_due IS NOT NULL"))
    for case_id, data in result:
        data = json.loads(data) if isinstance(data, str) else data
        rows += [{"case_id": case_id, "n": n, "paragraph": str(d.get("paragraph") or ""),
                  "due": dt.date.fromisoformat(d["due"])}
                 for n, d in enumerate(data.get("deadlines") or ()) if not d.get("done_on")]
        if len(rows) >= 5000:
            bind.execute(steps.insert(), rows)
            rows = []
    if rows:
        bind.execute(steps.insert(), rows)


def downgrade() -> None:
    op.drop_index("ix_cases_state_id", table_name="cases")
    op.create_index("ix_cases_state", "cases", ["state"])
    op.drop_index("ix_open_steps_due", table_name="open_steps")
    op.drop_table("open_steps")
    op.drop_index("ix_board_sessions_operator", table_name="board_sessions")
    op.drop_table("board_sessions")
