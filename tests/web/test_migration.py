"""Migration 0006 on a database with cases and services already in it (SQLite and PostgreSQL):
each case's next open due date and each service's case-folded names are filled, so the board's
"overdue" filter and its search work at once on an existing store."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, text

from gateway.store import make_engine
from gateway.store.migrate import upgrade


def test_0006_fills_next_due_and_search_name(db_url):
    engine = make_engine(db_url)
    try:
        upgrade(engine, "0003")
        deadlines = [{"step": "request", "paragraph": "4", "start": "2026-11-02",
                      "working_days": 3, "due": "2026-11-05", "done_on": "2026-11-03"},
                     {"step": "appointment", "paragraph": "5", "start": "2026-11-03",
                      "working_days": 3, "due": "2026-11-06", "done_on": None}]
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO agencies (agency_id, kind, data) VALUES "
                              "('mcs', 'central', :d)"),
                         {"d": '{"agency_id": "mcs", "name_ru": "МКС", "kind": "central"}'})
            conn.execute(text("INSERT INTO services (registry_number, agency_id, data) VALUES "
                              "('00701003', 'mcs', :d)"),
                         {"d": '{"registry_number": "00701003", "agency_id": "mcs", '
                               '"name_ru": "Выдача Лицензии", "name_kk": "Лицензия беру", '
                               '"registered_on": "2026-11-02"}'})
            for case_id, dls in (("00701003-mcs", deadlines), ("x-mcs", [])):
                import json

                conn.execute(text("INSERT INTO cases (id, registry_number, agency_id, state, "
                                  "data, updated_at) VALUES (:i, '00701003', 'mcs', "
                                  "'requested', :d, :u)"),
                             {"i": case_id, "d": json.dumps({"deadlines": dls}),
                              "u": dt.datetime(2026, 11, 3, tzinfo=dt.UTC)})
        upgrade(engine)
        from gateway.store.schema import cases, services

        with engine.connect() as conn:
            due = dict(conn.execute(select(cases.c.id, cases.c.next_due)).all())
            folded = conn.execute(select(services.c.search_name)).scalar_one()
        assert due == {"00701003-mcs": dt.date(2026, 11, 6), "x-mcs": None}
        assert folded == "выдача лицензии лицензия беру"
    finally:
        engine.dispose()


def test_0011_adds_assignees_and_saved_views_to_an_existing_store(db_url):
    """On a store with cases and letters in it: everything starts unassigned (the queue of
    nobody's work), and views can be saved at once; downgrade takes them away again."""
    from sqlalchemy import inspect

    engine = make_engine(db_url)
    try:
        upgrade(engine, "0006")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO cases (id, registry_number, agency_id, state, data, "
                              "updated_at) VALUES ('x-mcs', '1', 'mcs', 'requested', '{}', :u)"),
                         {"u": dt.datetime(2026, 11, 3, tzinfo=dt.UTC)})
        upgrade(engine)
        from gateway.store.schema import cases
        from gateway.web import worklists

        with engine.begin() as conn:
            assert conn.execute(select(cases.c.assignee)).scalar_one() is None
            assert worklists.assign(conn, "cases", ["x-mcs"], "anna") == 1
            worklists.save_view(conn, "anna", "cases", "мои", "assignee=me")
            assert [v["name"] for v in worklists.views(conn, "anna", "cases")] == ["мои"]
        from alembic import command

        from gateway.store.migrate import alembic_config

        cfg = alembic_config()
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0006")
            conn.commit()
        assert "saved_views" not in inspect(engine).get_table_names()
        assert "assignee" not in {c["name"] for c in inspect(engine).get_columns("cases")}
    finally:
        engine.dispose()


def test_0010_fills_each_cases_open_steps(db_url):
    import json

    from gateway.store.schema import open_steps

    engine = make_engine(db_url)
    try:
        upgrade(engine, "0006")
        deadlines = [{"step": "request", "paragraph": "4", "start": "2026-11-02",
                      "working_days": 3, "due": "2026-11-05", "done_on": "2026-11-03"},
                     {"step": "appointment", "paragraph": "5", "start": "2026-11-03",
                      "working_days": 3, "due": "2026-11-06", "done_on": None}]
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO cases (id, registry_number, agency_id, state, data, "
                              "updated_at, next_due) VALUES ('a-mcs', '1', 'mcs', 'requested', "
                              ":d, :u, :n)"),
                         {"d": json.dumps({"deadlines": deadlines}), "n": dt.date(2026, 11, 6),
                          "u": dt.datetime(2026, 11, 3, tzinfo=dt.UTC)})
        upgrade(engine)
        with engine.connect() as conn:
            rows = conn.execute(select(open_steps)).all()
        assert [tuple(r) for r in rows] == [("a-mcs", 1, "5", dt.date(2026, 11, 6))]
    finally:
        engine.dispose()
