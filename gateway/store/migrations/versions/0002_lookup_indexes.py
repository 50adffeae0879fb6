"""indexes for the per-message look-ups

Processing looks up, for every message, the operator's release of it (events by inbound_id),
the case's thread (inbound and outbox by case_id) and an e-document reply's number (outbox by
outgoing_number).  Without these indexes each look-up read the whole table, so processing got
slower as the status log grew.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_events_inbound", "events", ["inbound_id"]),
    ("ix_inbound_case", "inbound", ["case_id"]),
    ("ix_outbox_case", "outbox", ["case_id"]),
    ("ix_outbox_number", "outbox", ["outgoing_number"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
