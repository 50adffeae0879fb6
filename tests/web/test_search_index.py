"""The board's search through the trigram indexes (migration 0012) finds exactly what reading
every row finds, on SQLite (FTS5 trigram tables, against `textsearch.unindexed()`) and on
PostgreSQL (pg_trgm GIN indexes, against the same query with the index scans turned off) —
Russian, Kazakh and Latin text in any mix of case, needles typed in any case, with LIKE's and
FTS5's own special characters; both agree with Python's `needle.lower() in text.lower()`.
The indexes follow every write (triggers on SQLite), a store migrated from 0011 is indexed at
once, and a needle under three characters finds numbers only, saying so on the page."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, insert, select, text

from gateway.domain import Agency, Case, Deadline, Service
from gateway.store import make_engine, repo, textsearch
from gateway.store.migrate import upgrade
from gateway.store.schema import blobs, cases, events, inbound, outbox
from gateway.web import queries, worklists
from tests.web.conftest import TODAY

WORDS = ["Выдача", "справки", "несудимости", "Ёлочной", "регистрация", "рождения", "ребёнка",
         "Мемлекеттік", "қызмет", "көрсету", "әлеуметтік", "ұйым", "ғылыми", "өнер", "үйі",
         "Сотталмағандығы", "анықтама", "беру", "license", "Straße", "50%", "a_b", '"цитата"']
NEEDLES = ["справк", "СПРАВК", "Справки о", "сПрАвКи", "ёлоч", "ЁЛОЧНОЙ", "қызмет", "ҚЫЗМЕТ",
           "Әлеуметтік", "ұйы", "ҒЫЛЫМИ", "Өнер", "ҮЙІ", "аныҚТАма", "LICENSE", "straße",
           "50%", "0%", "a_b", "_b", '"цит', "та\"", "kanc@AK", "ЕКЦ-2026/", "ББО", "/1",
           "ребёнка", "ребенка", "нет такого", "00000", "0000001", "mcs",
           "ab", "Вы", "1", "#2", "  рождения  "]


def _mixed(word: str, rng: random.Random) -> str:
    style = rng.randrange(4)
    if style == 0:
        return word.upper()
    if style == 1:
        return word.lower()
    if style == 2:
        return word.capitalize()
    return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in word)


def _phrase(rng: random.Random, n: int) -> str:
    return " ".join(_mixed(rng.choice(WORDS), rng) for _ in range(n))


def _fill(engine: Engine, rng: random.Random, n: int = 120) -> None:
    """Agencies, services with cases, letters, events and outbox rows with mixed-case text."""
    with engine.begin() as conn:
        for a in ("mcs", "akimat-1"):
            repo.upsert_agency(conn, Agency(agency_id=a, kind="local", name_ru=f"Орган {a}",
                                            emails=[f"kanc@{a}.kz"]))
        services_rows, case_rows = [], []
        for i in range(n):
            agency = "mcs" if i % 2 else "akimat-1"
            number = f"{i:08}"
            svc = Service(registry_number=number, agency_id=agency, name_ru=_phrase(rng, 3),
                          name_kk=_phrase(rng, 2) if i % 3 else "",
                          registered_on=TODAY - dt.timedelta(days=10))
            services_rows.append(svc)
            due = TODAY + dt.timedelta(days=rng.randrange(-20, 20))
            case = Case(id=Case.make_id(number, agency), registry_number=number,
                        agency_id=agency, registered_on=svc.registered_on,
                        state="requested" if i % 4 else "appointed",
                        deadlines=[] if i % 7 == 0 else [Deadline(
                            step="request", paragraph="4", start=svc.registered_on,
                            working_days=3, due=due)])
            case_rows.append(case.model_dump(mode="json"))
        # half the cases come before their services, half after (either order is indexed)
        repo.insert_cases(conn, case_rows[: n // 2])
        repo.insert_services(conn, services_rows)
        repo.insert_cases(conn, case_rows[n // 2:])
        digest = hashlib.sha256(b"x").hexdigest()
        conn.execute(insert(blobs).values(sha256=digest, size=1, content=b"x"))
        at = dt.datetime(2026, 11, 20, tzinfo=dt.UTC)
        for i in range(n):
            conn.execute(insert(inbound).values(
                origin_key=f"smtp:{i}", source="smtp", sha256=digest, received_at=at,
                subject=_phrase(rng, 4), sender=f"{_mixed('kanc', rng)}@ak{i % 5}.kz",
                decided_sender=f"{_mixed('boss', rng)}@mcs.kz" if i % 3 == 0 else None,
                status="quarantined" if i % 2 else "done", meta={}, attempts=0))
            conn.execute(insert(outbox).values(
                message_id=f"<m{i}@x>", outgoing_number=f"{'ЕКЦ' if i % 2 else 'ББО'}-2026/{i}",
                case_id=f"{i:08}-{'mcs' if i % 2 else 'akimat-1'}",
                agency_id="mcs" if i % 2 else "akimat-1", kind="request", transport="smtp",
                sha256=digest, recipients={}, status="pending", attempts=0,
                next_attempt_at=at, created_at=at))
        for i in range(3 * n):
            repo.insert_event(conn, kind=rng.choice(["appointed", "queued", "sent"]),
                              summary=_phrase(rng, 5), case_id=f"{i % n:08}-mcs",
                              inbound_id=(i % n) + 1 if i % 2 else None)


def _everything(conn: Connection, needle: str) -> dict[str, Any]:
    """Every search the board makes for `needle`, whole (no paging cuts a difference off)."""
    out: dict[str, Any] = {}
    for sort, desc in (("", False), ("", True), ("agency", True), ("id", False)):
        out[f"cases {sort} {desc}"] = queries.cases_page(conn, queries.CaseFilter(
            q=needle, sort=sort, descending=desc, size=1000), TODAY)
    out["cases, paged"] = [queries.cases_page(conn, queries.CaseFilter(
        q=needle, size=7, page=p), TODAY) for p in (1, 2, 5)]
    out["cases, overdue"] = queries.cases_page(conn, queries.CaseFilter(
        q=needle, overdue=True, state="requested", size=1000), TODAY)
    page = worklists.MAX_PAGE
    out["quarantine"] = worklists.quarantine_page(conn, needle, size=page).rows
    out["log"] = worklists.log_page(conn, q=needle, size=page).rows
    out["log, kind"] = worklists.log_page(conn, kind="appointed", q=needle, size=page).rows
    out["outbox"] = worklists.outbox_page(conn, q=needle, size=page).rows
    out["everywhere"] = {k: (v.total, v.rows) for k, v in worklists.search(conn, needle).items()}
    return out


@contextmanager
def _plain(conn: Connection) -> Iterator[None]:
    """Every row read: SQLite without its FTS5 tables, PostgreSQL without index scans."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET LOCAL enable_bitmapscan = off")
        conn.exec_driver_sql("SET LOCAL enable_indexscan = off")
        try:
            yield
        finally:
            conn.exec_driver_sql("RESET enable_bitmapscan")
            conn.exec_driver_sql("RESET enable_indexscan")
    else:
        with textsearch.unindexed():
            yield


@pytest.fixture
def store(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    upgrade(engine)
    _fill(engine, random.Random(25))
    yield engine
    engine.dispose()


def _oracle(conn: Connection, needle: str) -> dict[str, set[Any]]:
    """What the search must find, by Python over every row (case-blind by lower())."""
    n = needle.strip().lower()
    if len(n) < textsearch.MIN_CHARS:
        return {}
    letters = {r.id for r in conn.execute(select(inbound.c.id, inbound.c.subject,
                                                 inbound.c.sender, inbound.c.decided_sender))
               if any(n in (v or "").lower() for v in (r.subject, r.sender, r.decided_sender))}
    log = {r.id for r in conn.execute(select(events.c.id, events.c.summary))
           if n in r.summary.lower()}
    named = {r.id for r in conn.execute(select(cases.c.id, cases.c.registry_number,
                                               cases.c.agency_id))
             if n in (repo.get_service(conn, r.registry_number, r.agency_id).name_ru
                      + " " + (repo.get_service(conn, r.registry_number, r.agency_id).name_kk
                               or "")).lower()}
    return {"letters": letters, "log": log, "named": named}


def test_the_indexed_search_finds_what_reading_every_row_finds(store):
    with store.connect() as conn:
        if conn.dialect.name == "sqlite":
            assert textsearch.indexed(conn, "cases") and textsearch.indexed(conn, "events")
        for needle in NEEDLES:
            indexed = _everything(conn, needle)
            with _plain(conn):
                plain = _everything(conn, needle)
            assert indexed == plain, needle
            expected = _oracle(conn, needle)
            if not expected:
                continue
            found_cases = {r["id"] for r in indexed["cases  False"][0]}
            assert expected["named"] <= found_cases, needle
            assert {r["id"] for r in indexed["log"]} == expected["log"], needle
            letters = {r["id"] for r in conn.execute(worklists.letters_query(conn, needle))
                       .mappings()}
            assert expected["letters"] <= letters, needle
        # the needles find something: the comparison is not of empty lists
        assert _everything(conn, "справк")["cases  False"][1] > 5
        assert len(_everything(conn, "ҚЫЗМЕТ")["log"]) > 5
        assert len(_everything(conn, "kanc@ak1")["quarantine"]) > 3


def test_postgresql_answers_from_the_trigram_indexes(db_url):
    if not db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL's plan")
    engine = make_engine(db_url)
    try:
        upgrade(engine)
        with engine.begin() as conn:
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
            for table, column in (("events", "summary"), ("services", "search_name"),
                                  ("inbound", "subject"), ("outbox", "outgoing_number")):
                plan = "\n".join(conn.execute(text(
                    f"EXPLAIN SELECT * FROM {table} WHERE {column} ILIKE '%справк%'"))
                    .scalars())
                assert "_trgm" in plan, plan
    finally:
        engine.dispose()


def test_the_index_follows_every_write(db_url):
    """SQLite's FTS5 tables are kept by triggers: a service renamed, a case removed, a
    letter's decided sender set, a case opened after its service — each found as it is now."""
    engine = make_engine(db_url)
    try:
        upgrade(engine)
        rng = random.Random(7)
        _fill(engine, rng, 10)
        with engine.begin() as conn:
            svc = repo.get_service(conn, "00000003", "mcs")
            assert svc is not None
            assert repo.upsert_service(conn, svc.model_copy(
                update={"name_ru": "Переименованная услуга", "name_kk": ""})) == "changed"
            conn.execute(cases.delete().where(cases.c.id == "00000005-mcs"))
            conn.execute(inbound.update().where(inbound.c.id == 2)
                         .values(decided_sender="Chief@Found.kz", subject="Новая тема"))
        with engine.connect() as conn:
            def case_ids(needle: str) -> set[str]:
                return {r["id"] for r in queries.cases_page(
                    conn, queries.CaseFilter(q=needle, size=100), TODAY)[0]}

            def letter_ids(needle: str) -> set[int]:
                return {r["id"] for r in conn.execute(worklists.letters_query(conn, needle))
                        .mappings()}

            for plain in (False, True):
                with textsearch.unindexed() if plain else _nothing():
                    assert case_ids("переименованн") == {"00000003-mcs"}
                    assert "00000005-mcs" not in case_ids("0000000")
                    assert letter_ids("chief@FOUND") == {2}
                    assert letter_ids("новая ТЕМА") == {2}
    finally:
        engine.dispose()


@contextmanager
def _nothing() -> Iterator[None]:
    yield


def test_a_store_from_0011_is_indexed_at_once_and_downgrades(sqlite_url):
    engine = make_engine(sqlite_url)
    try:
        upgrade(engine, "0011")
        _fill(engine, random.Random(3), 20)
        upgrade(engine)
        with engine.connect() as conn:
            assert textsearch.indexed(conn, "cases")
            for needle in ("справк", "ҚЫЗМЕТ", "kanc@ak", "ЕКЦ-2026"):
                indexed = _everything(conn, needle)
                with textsearch.unindexed():
                    assert indexed == _everything(conn, needle), needle
        from alembic import command

        from gateway.store.migrate import alembic_config

        cfg = alembic_config()
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0011")
            conn.commit()
        with engine.connect() as conn:
            names = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
            assert not {n for n in names if n.endswith("_search") or "_search_" in n}
            assert not textsearch.indexed(conn, "cases")
    finally:
        engine.dispose()


def test_a_short_needle_finds_numbers_only_and_says_so(client, site):
    from tests.web.conftest import CASE, log_in

    log_in(client)
    page = client.get("/search?q=00").text
    assert 'id="search-short"' in page and f'data-case="{CASE}"' in page
    assert 'data-inbound="' not in page and 'data-event="' not in page
    page = client.get(f"/search?q=%23{site.quarantined}").text  # a letter by its number
    assert f'data-inbound="{site.quarantined}"' in page
    assert 'id="search-short"' in client.get("/log?q=Вы").text
    assert 'id="search-short"' in client.get("/cases?q=Вы").text
    assert 'id="search-short"' not in client.get("/cases?q=Выдача").text


def test_the_needles_cover_every_kind_of_match():
    """A guard on the test itself: Kazakh letters, both Russian cases, LIKE's wildcards and
    FTS5's quote are among the needles, and short ones too."""
    joined = "".join(NEEDLES)
    assert set("қәұғөүіё%_\"") <= set(joined.lower())
    assert set("ҚҒӨҮІЁ") <= set(joined) and any(c.islower() for c in joined)
    assert any(len(n.strip()) < textsearch.MIN_CHARS for n in NEEDLES)
