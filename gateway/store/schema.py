"""The tables, as SQLAlchemy Core: one definition for SQLite and PostgreSQL.

Why Core and JSON: the engine works on a whole `Case` value; the store keeps it as JSON (`data`)
beside the few columns that are searched (state, agency, registry number), so the engine's model
can grow without a migration for every field, while what operators filter on stays indexed.
Raw message bytes live in `blobs`, content-addressed by SHA-256, in the same database: a message
and its inbound row are committed in one transaction, so there is no window where one exists
without the other (our better way than DESIGN.md's file-then-row, and several instances on
PostgreSQL share it without a shared disk).

Work tables (`inbound`, `outbox`) carry a claim (`claimed_by`, `claimed_until`) so several
instances share them; `leases` give one poller per mailbox folder and one clock.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

# Integer primary keys that autoincrement on both engines
PK = BigInteger().with_variant(Integer(), "sqlite")

agencies = Table(
    "agencies",
    metadata,
    Column("agency_id", String(64), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("data", JSON, nullable=False),  # gateway.domain.Agency
    # the agency's BIN (data["bin"], kept by repo.upsert_agency): found by the BIN an
    # e-signature's certificate names
    Column("bin", String(12), nullable=True),
    Index("ix_agencies_bin", "bin"),
)

# the directory's addresses and sender domains, one row each, kept by repo.upsert_agency: the
# sender of every inbound message is looked up here (by index, whatever the directory's size)
agency_addresses = Table(
    "agency_addresses",
    metadata,
    Column("kind", String(8), primary_key=True),  # "email" or "domain"
    Column("address", String(320), primary_key=True),  # lower case
    Column("agency_id", String(64), ForeignKey("agencies.agency_id"), primary_key=True),
)

services = Table(
    "services",
    metadata,
    Column("registry_number", String(32), primary_key=True),
    Column("agency_id", String(64), ForeignKey("agencies.agency_id"), primary_key=True),
    Column("data", JSON, nullable=False),  # gateway.domain.Service
    # both names, case-folded (repo.search_name): the board searches it through the trigram
    # index of migration 0012 (SQLite: `case_search`, under the case's rowid; PostgreSQL: GIN)
    Column("search_name", Text),
)

# On SQLite the FTS5 tables `case_search`, `inbound_search`, `events_search` and
# `outbox_search` (migration 0012, gateway.store.textsearch) hold the searched text of `cases`
# (its service's names), `inbound`, `events` and `outbox` under each row's rowid, kept by
# triggers: a migration that copies one of these tables (batch mode) must make them again.
cases = Table(
    "cases",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("registry_number", String(32), nullable=False),
    Column("agency_id", String(64), nullable=False),
    Column("state", String(32), nullable=False),
    Column("data", JSON, nullable=False),  # gateway.domain.Case
    Column("updated_at", DateTime(timezone=True), nullable=False),
    # the earliest due date among the open steps (None: nothing open): "overdue" is
    # next_due < today, so the board filters, sorts and pages in SQL, whatever the count
    Column("next_due", Date),
    Column("assignee", String(64)),  # the operator working on it (gateway.web); None: nobody
    Index("ix_cases_agency", "agency_id"),
    # by state, then id: a state's cases walked in id order (the p.4 requests still to write,
    # gateway.delivery.requests) without sorting them all
    Index("ix_cases_state_id", "state", "id"),
    Index("ix_cases_next_due", "next_due", "id"),
    Index("ix_cases_assignee", "assignee"),
)

# a case's open steps, one row each (kept by repo.save_case and repo.insert_cases with the case):
# the dashboard counts overdue steps per paragraph of the Rules from here, by index, without
# opening a case's JSON, whatever the number of overdue cases
open_steps = Table(
    "open_steps",
    metadata,
    Column("case_id", String(128), primary_key=True),
    Column("n", Integer, primary_key=True),  # the step's place in the case's deadlines
    Column("paragraph", String(8), nullable=False),
    Column("due", Date, nullable=False),
    Index("ix_open_steps_due", "due", "paragraph"),
)

blobs = Table(
    "blobs",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("content", LargeBinary, nullable=False),
)

inbound = Table(
    "inbound",
    metadata,
    Column("id", PK, primary_key=True, autoincrement=True),
    # imap:<account>/<folder>:<UIDVALIDITY>:<UID> | smtp:<queue id> | edoc:<agency>/<package id>
    Column("origin_key", String(512), nullable=False, unique=True),
    Column("source", String(16), nullable=False),  # imap | smtp | edoc | operator
    Column("sha256", String(64), ForeignKey("blobs.sha256"), nullable=False),
    Column("message_id", String(998)),
    Column("sender", String(320)),
    Column("subject", Text),
    Column("received_at", DateTime(timezone=True), nullable=False),
    Column("meta", JSON, nullable=False, default=dict),  # source-specific (edoc envelope, ...)
    # pending | done | quarantined | duplicate | rejected
    Column("status", String(16), nullable=False, default="pending"),
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text),
    Column("case_id", String(128)),
    Column("quarantine_reason", Text),
    Column("duplicate_of", BigInteger),
    Column("processed_at", DateTime(timezone=True)),
    Column("claimed_by", String(128)),
    Column("claimed_until", DateTime(timezone=True)),
    # the sender processing decided on (None: no valid one) and why; what operators are shown
    Column("decided_sender", String(320)),
    Column("sender_note", Text),
    Column("assignee", String(64)),  # the operator deciding a quarantined letter; None: nobody
    Index("ix_inbound_status", "status"),
    Index("ix_inbound_msgid_sender", "message_id", "sender"),
    Index("ix_inbound_case", "case_id"),  # a case's thread (gateway.delivery.outbox.thread_of)
    Index("ix_inbound_sha256", "sha256"),  # the same bytes again (gateway.intake.inbound)
)

outbox = Table(
    "outbox",
    metadata,
    Column("id", PK, primary_key=True, autoincrement=True),
    Column("message_id", String(998), nullable=False, unique=True),  # fixed when queued
    Column("outgoing_number", String(64), nullable=False),  # our registration number
    Column("case_id", String(128)),
    Column("agency_id", String(64)),
    Column("kind", String(32), nullable=False),  # request | reminder | questions | escalation ...
    Column("transport", String(16), nullable=False, default="smtp"),  # smtp | edoc
    Column("sha256", String(64), ForeignKey("blobs.sha256"), nullable=False),  # the rendered .eml
    # {"addr": "pending|sent|failed|unknown|bounced"} (bounced: a DSN named this message)
    Column("recipients", JSON, nullable=False),
    # pending | sent | failed | unknown | bounced (every recipient bounced or failed) | doubt
    # (its final dot went and no answer was recorded: held for an operator, never resent
    # blindly)
    Column("status", String(16), nullable=False, default="pending"),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", DateTime(timezone=True), nullable=False),
    Column("last_error", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("sent_at", DateTime(timezone=True)),
    Column("claimed_by", String(128)),
    Column("claimed_until", DateTime(timezone=True)),
    # set (the database's clock) and committed before the final dot, cleared with the relay's
    # answer: set with no answer recorded, the letter is in doubt (gateway.delivery.doubt)
    Column("dot_at", DateTime(timezone=True)),
    Index("ix_outbox_status_next", "status", "next_attempt_at"),
    Index("ix_outbox_case", "case_id"),  # a case's thread, bounces traced to cases
    Index("ix_outbox_number", "outgoing_number"),  # an e-doc reply's in_reply_to
    Index("ix_outbox_agency", "agency_id"),  # the board's search
)

events = Table(
    "events",
    metadata,
    Column("id", PK, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("case_id", String(128)),
    Column("kind", String(64), nullable=False),
    Column("paragraph", String(8)),
    Column("summary", Text, nullable=False),
    Column("inbound_id", BigInteger),
    Column("outbox_id", BigInteger),
    Column("data", JSON, nullable=False, default=dict),
    Index("ix_events_case", "case_id"),
    Index("ix_events_inbound", "inbound_id"),  # an operator's release of a message, per message
    Index("ix_events_kind", "kind", "inbound_id"),  # the board: the log by kind, letters by name
)

refusals = Table(
    "refusals",
    metadata,
    Column("id", PK, primary_key=True, autoincrement=True),
    Column("agency_id", String(64), nullable=False),
    Column("case_id", String(128)),
    Column("on", Date, nullable=False),
    Column("inbound_id", BigInteger),
    Column("reason", Text),
    Column("escalated", Boolean, nullable=False, default=False),
    UniqueConstraint("inbound_id", "case_id", name="uq_refusal_inbound_case"),
    Index("ix_refusals_agency_on", "agency_id", "on"),
)

appeals = Table(
    "appeals",
    metadata,
    Column("id", PK, primary_key=True, autoincrement=True),
    Column("agency_id", String(64), nullable=False),
    Column("received_at", DateTime(timezone=False), nullable=False),
    Column("data", JSON, nullable=False),  # gateway.domain.Appeal
    Index("ix_appeals_agency_received", "agency_id", "received_at"),
)

# IMAP folder position: one row per account/folder
mailbox_state = Table(
    "mailbox_state",
    metadata,
    Column("mailbox", String(512), primary_key=True),  # "<account>/<folder>"
    Column("uidvalidity", BigInteger),
    Column("last_uid", BigInteger, nullable=False, default=0),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

# Who holds what: "imap:<account>/<folder>", "edoc", "clock"
leases = Table(
    "leases",
    metadata,
    Column("name", String(512), primary_key=True),
    Column("holder", String(128), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
)

instances = Table(
    "instances",
    metadata,
    Column("name", String(128), primary_key=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("heartbeat_at", DateTime(timezone=True), nullable=False),
    Column("last_work_at", DateTime(timezone=True)),
    Column("info", JSON, nullable=False, default=dict),
)

# Numbers we give our outgoing letters: "EKC-<year>/<n>"
counters = Table(
    "counters",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

# Clock work done once: "reminder:<case>:<date>", "report:<YYYY-MM>", ...
clock_marks = Table(
    "clock_marks",
    metadata,
    Column("key", String(256), primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False),
)

# operator tasks the quality-control authority's letters make (p.15 training, p.16
# discrepancy), shown until done
tasks = Table(
    "tasks",
    metadata,
    Column("id", PK, primary_key=True, autoincrement=True),
    Column("kind", String(32), nullable=False),  # training_request | discrepancy
    Column("paragraph", String(8), nullable=False),
    Column("inbound_id", BigInteger),
    Column("agency_id", String(64)),  # p.16: the agency whose figures differ, when known
    Column("opened_on", Date, nullable=False),
    # p.16: the day it came (owed at once); p.15: the day asked for, else none (no term)
    Column("due", Date),
    Column("asked_for", Date),  # p.15: the date the authority asks the training for
    Column("done_on", Date),
    Column("summary", Text, nullable=False),
    Column("data", JSON, nullable=False, default=dict),
    UniqueConstraint("inbound_id", "kind", name="uq_task_inbound_kind"),
)

# The board's operators (gateway.web): a name, a role, an argon2 hash, a language
operators = Table(
    "operators",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("role", String(16), nullable=False),  # operator | viewer
    Column("password_hash", Text, nullable=False),
    Column("language", String(2), nullable=False, default="ru"),  # ru | kk
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# An operator's named filters of a board page (the query string as the page's address has it)
saved_views = Table(
    "saved_views",
    metadata,
    Column("id", PK, primary_key=True, autoincrement=True),
    Column("operator", String(64), nullable=False),
    Column("page", String(32), nullable=False),  # cases | quarantine | outbox | log
    Column("name", String(100), nullable=False),
    Column("query", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("operator", "page", "name", name="uq_saved_view"),
)

# The board's sessions (gateway.web.sessions): the cookie carries a random token, this table its
# SHA-256; a session is over when its row is gone (logout, operator removed, password changed)
# or unused for longer than [web] session_idle_minutes
board_sessions = Table(
    "board_sessions",
    metadata,
    Column("id", String(64), primary_key=True),  # sha256 hex of the cookie's token
    Column("operator", String(64), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_seen_at", DateTime(timezone=True), nullable=False),
    Index("ix_board_sessions_operator", "operator"),
)

# Login attempts, one row each per user name and per client address, counted before the
# password is checked (a right password then clears the user's): kept in the database so every
# instance serving the board counts the same attempts
login_failures = Table(
    "login_failures",
    metadata,
    Column("id", PK, primary_key=True, autoincrement=True),
    Column("key", String(160), nullable=False),  # "user:<name>" | "addr:<ip>"
    Column("at", DateTime(timezone=True), nullable=False),
    Index("ix_login_failures_key_at", "key", "at"),
)

# The watchdog's view of each source (an IMAP folder, the e-document folder, the outbox, the
# clock): when it last worked, when it last failed, and whether operators were told it is down
source_health = Table(
    "source_health",
    metadata,
    Column("name", String(512), primary_key=True),
    Column("last_ok_at", DateTime(timezone=True)),
    Column("last_error_at", DateTime(timezone=True)),
    Column("last_error", Text),
    Column("alerted", Boolean, nullable=False, default=False),  # a "degraded" mail was queued
)
