"""the board's search served by an index: trigram indexes over the names, subjects, senders,
the status log and our outgoing numbers

The board finds a case by any part of its service's name, a letter by a part of its subject or
sender, a log row by a part of its summary, a letter we sent by a part of its number — a
substring anywhere, case-blind, which a B-tree cannot serve: at 100,000 cases the name search
read every name.  Here each gets a trigram index (and the outbox an index by agency, one more
term of its search).

SQLite: an FTS5 table with the `trigram` tokenizer (case-blind) per searched table, its rowid
the row's own — `case_search` (the case's service names, `services.search_name`; its rowid is
the case's), `inbound_search` (subject, sender, decided sender), `events_search` (summary),
`outbox_search` (outgoing number) — filled here and kept in step by triggers on every write,
whatever code writes.  A migration that copies one of these tables (alembic's batch mode on
SQLite) drops its triggers and renumbers `cases`' rowids: it must run this one's `_sqlite_down`
and `_sqlite_up` again.  When this SQLite has no FTS5 or no trigram tokenizer (before 3.34),
nothing is created and the board searches without an index.

PostgreSQL: `pg_trgm` GIN indexes on the same columns (ILIKE and LIKE use them); the extension
is created when missing (in `public`, so dropping an application schema never drops it for the
others), and when it cannot be (not available, no right to) no index is made: the same queries
then read without one.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# the FTS5 tables: name, the table it indexes, its columns (the source's column names)
FTS = (("inbound_search", "inbound", ("subject", "sender", "decided_sender")),
       ("events_search", "events", ("summary",)),
       ("outbox_search", "outbox", ("outgoing_number",)))
# the case's names: `services.search_name` under the case's rowid; a service is found by the
# case's id (registry number '-' agency, Case.make_id: the primary key) and both key columns
CASE_OF_SERVICE = ("c.id = {s}.registry_number || '-' || {s}.agency_id "
                   "AND c.registry_number = {s}.registry_number AND c.agency_id = {s}.agency_id")
SERVICE_OF_CASE = ("s.registry_number = {c}.registry_number AND s.agency_id = {c}.agency_id")
TRIGGERS = [
    # a case opened (or re-keyed) takes its service's names; a case removed leaves the index
    """CREATE TRIGGER case_search_ai AFTER INSERT ON cases BEGIN
         INSERT INTO case_search(rowid, name) SELECT new.rowid, coalesce(s.search_name, '')
           FROM services s WHERE """ + SERVICE_OF_CASE.format(c="new") + """;
       END""",
    """CREATE TRIGGER case_search_au AFTER UPDATE OF registry_number, agency_id ON cases BEGIN
         DELETE FROM case_search WHERE rowid = old.rowid;
         INSERT INTO case_search(rowid, name) SELECT new.rowid, coalesce(s.search_name, '')
           FROM services s WHERE """ + SERVICE_OF_CASE.format(c="new") + """;
       END""",
    """CREATE TRIGGER case_search_ad AFTER DELETE ON cases BEGIN
         DELETE FROM case_search WHERE rowid = old.rowid;
       END""",
    # a service stored, renamed or removed: its case's entry follows (the case may come first)
    """CREATE TRIGGER case_search_service_ai AFTER INSERT ON services BEGIN
         DELETE FROM case_search WHERE rowid IN (SELECT c.rowid FROM cases c WHERE """
    + CASE_OF_SERVICE.format(s="new") + """);
         INSERT INTO case_search(rowid, name) SELECT c.rowid, coalesce(new.search_name, '')
           FROM cases c WHERE """ + CASE_OF_SERVICE.format(s="new") + """;
       END""",
    """CREATE TRIGGER case_search_service_au AFTER UPDATE OF search_name ON services BEGIN
         DELETE FROM case_search WHERE rowid IN (SELECT c.rowid FROM cases c WHERE """
    + CASE_OF_SERVICE.format(s="new") + """);
         INSERT INTO case_search(rowid, name) SELECT c.rowid, coalesce(new.search_name, '')
           FROM cases c WHERE """ + CASE_OF_SERVICE.format(s="new") + """;
       END""",
    """CREATE TRIGGER case_search_service_ad AFTER DELETE ON services BEGIN
         DELETE FROM case_search WHERE rowid IN (SELECT c.rowid FROM cases c WHERE """
    + CASE_OF_SERVICE.format(s="old") + """);
       END""",
]
for _name, _table, _columns in FTS:
    _cols = ", ".join(_columns)
    _new = ", ".join(f"new.{c}" for c in _columns)
    TRIGGERS += [
        f"""CREATE TRIGGER {_name}_ai AFTER INSERT ON {_table} BEGIN
              INSERT INTO {_name}(rowid, {_cols}) VALUES (new.id, {_new});
            END""",
        f"""CREATE TRIGGER {_name}_au AFTER UPDATE OF {_cols} ON {_table} BEGIN
              DELETE FROM {_name} WHERE rowid = old.id;
              INSERT INTO {_name}(rowid, {_cols}) VALUES (new.id, {_new});
            END""",
        f"""CREATE TRIGGER {_name}_ad AFTER DELETE ON {_table} BEGIN
              DELETE FROM {_name} WHERE rowid = old.id;
            END""",
    ]
TRIGGER_NAMES = [t.split()[2] for t in TRIGGERS]

# PostgreSQL: (index, table, column)
GIN = (("ix_services_search_trgm", "services", "search_name"),
       ("ix_inbound_subject_trgm", "inbound", "subject"),
       ("ix_inbound_sender_trgm", "inbound", "sender"),
       ("ix_inbound_decided_sender_trgm", "inbound", "decided_sender"),
       ("ix_events_summary_trgm", "events", "summary"),
       ("ix_outbox_number_trgm", "outbox", "outgoing_number"))


def _has_trigram(bind: sa.Connection) -> bool:
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE VIRTUAL TABLE temp.ekc_trigram_probe "
                                 "USING fts5(x, tokenize='trigram')")
            bind.exec_driver_sql("DROP TABLE temp.ekc_trigram_probe")
        return True
    except sa.exc.OperationalError:
        return False


def _sqlite_up(bind: sa.Connection) -> None:
    if not _has_trigram(bind):
        return
    bind.exec_driver_sql("CREATE VIRTUAL TABLE case_search USING fts5(name, "
                         "tokenize='trigram', columnsize=0)")
    bind.exec_driver_sql("INSERT INTO case_search(rowid, name) "
                         "SELECT c.rowid, coalesce(s.search_name, '') FROM cases c "
                         "JOIN services s ON " + SERVICE_OF_CASE.format(c="c"))
    for name, table, columns in FTS:
        cols = ", ".join(columns)
        bind.exec_driver_sql(f"CREATE VIRTUAL TABLE {name} USING fts5({cols}, "
                             "tokenize='trigram', columnsize=0)")
        bind.exec_driver_sql(f"INSERT INTO {name}(rowid, {cols}) SELECT id, {cols} "
                             f"FROM {table}")
    for trigger in TRIGGERS:
        bind.exec_driver_sql(trigger)


def _sqlite_down(bind: sa.Connection) -> None:
    for trigger in TRIGGER_NAMES:
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    for name in ("case_search", *(f[0] for f in FTS)):
        bind.exec_driver_sql(f"DROP TABLE IF EXISTS {name}")


def _trgm_schema(bind: sa.Connection) -> str | None:
    """The schema pg_trgm lives in, created in `public` when missing; None: it cannot be."""
    find = sa.text("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n "
                   "ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'")
    found = bind.execute(find).scalar()
    if found:
        return str(found)
    for create in ("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public",
                   "CREATE EXTENSION IF NOT EXISTS pg_trgm"):
        try:
            with bind.begin_nested():
                bind.exec_driver_sql(create)
            break
        except sa.exc.DBAPIError:
            continue
    found = bind.execute(find).scalar()
    return str(found) if found else None


def _postgres_up(bind: sa.Connection) -> None:
    schema = _trgm_schema(bind)
    if schema is None:
        return  # no pg_trgm here: the search reads without an index
    ops = f'"{schema}".gin_trgm_ops'
    for index, table, column in GIN:
        bind.exec_driver_sql(f"CREATE INDEX {index} ON {table} USING gin ({column} {ops})")


def upgrade() -> None:
    # the outbox searched by agency among the other terms of an OR: each term its own index
    op.create_index("ix_outbox_agency", "outbox", ["agency_id"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _sqlite_up(bind)
    elif bind.dialect.name == "postgresql":
        _postgres_up(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _sqlite_down(bind)
    elif bind.dialect.name == "postgresql":
        for index, _table, _column in GIN:
            bind.exec_driver_sql(f"DROP INDEX IF EXISTS {index}")
    op.drop_index("ix_outbox_agency", table_name="outbox")
