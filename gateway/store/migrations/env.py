"""Alembic environment: runs on the connection migrate.upgrade() hands over."""

from __future__ import annotations

from alembic import context

from gateway.store.schema import metadata
from gateway.store.textsearch import schema_object

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True,
                  include_name=schema_object)
with context.begin_transaction():
    context.run_migrations()
