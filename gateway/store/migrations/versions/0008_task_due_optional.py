"""tasks.due optional: a p.15 training has a due date only when the authority's letter names one

The Rules give no term for training the authority's staff (p.15): such a task had its arrival
day as its due date and was "overdue" the next day.  Now `due` is empty unless the letter asks
for a day; a p.16 discrepancy keeps its arrival day (the explanation is owed at once).  Tasks
already stored without an asked day lose their made-up due date.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tasks") as batch:
        batch.alter_column("due", existing_type=sa.Date(), nullable=True)
    op.execute("UPDATE tasks SET due = NULL WHERE kind = 'training_request' "
               "AND asked_for IS NULL")


def downgrade() -> None:
    op.execute("UPDATE tasks SET due = opened_on WHERE due IS NULL")
    with op.batch_alter_table("tasks") as batch:
        batch.alter_column("due", existing_type=sa.Date(), nullable=False)
