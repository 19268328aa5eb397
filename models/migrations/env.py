"""Alembic's entry: always given an open connection by `models.migrate`."""

from alembic import context

from models import Base
from models.note_search import described_by_models

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  include_name=described_by_models)
with context.begin_transaction():
    context.run_migrations()
