"""Alembic's environment for the decision store: run on the connection ``store.migrate`` passes in."""

from __future__ import annotations

from alembic import context

from safeguarding_rules.store.tables import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
