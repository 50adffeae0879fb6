"""the operators' board: operators, failed logins, source health; cases.next_due

`cases.next_due` is the earliest due date among a case's open steps, so the board's cases page
filters "overdue" (next_due < today), sorts and pages in SQL over any number of cases;
`services.search_name` is the service's names case-folded, searched with a plain LIKE.  Both
are filled here from the JSON as it is.

Revision ID: 0006
Revises: 0005
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

PK = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("next_due", sa.Date(), nullable=True))
        batch.create_index("ix_cases_next_due", ["next_due", "id"])
    cases = sa.table("cases", sa.column("id", sa.String), sa.column("next_due", sa.Date))
    bind = op.get_bind()
    for case_id, data in bind.execute(sa.text("SELECT id, data FROM cases")).all():
        data = json.loads(data) if isinstance(data, str) else data
        due = min((d["due"] for d in data.get("deadlines") or () if not d.get("done_on")),
                  default=None)
        if due:
            import datetime as dt

            bind.execute(cases.update().where(cases.c.id == case_id)
                         .values(next_due=dt.date.fromisoformat(due)))
    with op.batch_alter_table("services") as batch:
        batch.add_column(sa.Column("search_name", sa.Text(), nullable=True))
    svc = sa.table("services", sa.column("registry_number", sa.String),
                   sa.column("agency_id", sa.String), sa.column("search_name", sa.Text))
    for number, agency, data in bind.execute(
            sa.text("SELECT registry_number, agency_id, data FROM services")).all():
        data = json.loads(data) if isinstance(data, str) else data
        folded = f"{data.get('name_ru') or ''} {data.get('name_kk') or ''}".casefold()
        bind.execute(svc.update().where(svc.c.registry_number == number)
                     .where(svc.c.agency_id == agency).values(search_name=folded))
    op.create_table(
        "operators",
        sa.Column("name", sa.String(length=64), primary_key=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "login_failures",
        sa.Column("id", PK, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(length=160), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_login_failures_key_at", "login_failures", ["key", "at"])
    op.create_table(
        "source_health",
        sa.Column("name", sa.String(length=512), primary_key=True),
        sa.Column("last_ok_at", sa.DateTime(timezone=True)),
        sa.Column("last_error_at", sa.DateTime(timezone=True)),
        sa.Column("last_error", sa.Text()),
        sa.Column("alerted", sa.Boolean(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("source_health")
    op.drop_index("ix_login_failures_key_at", table_name="login_failures")
    op.drop_table("login_failures")
    op.drop_table("operators")
    with op.batch_alter_table("services") as batch:
        batch.drop_column("search_name")
    with op.batch_alter_table("cases") as batch:
        batch.drop_index("ix_cases_next_due")
        batch.drop_column("next_due")
