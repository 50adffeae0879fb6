"""The cases page's SQL on SQLite and PostgreSQL: paging in the default order (open cases by due
date, then those with nothing open) gives every case once, in that order, whatever the page
size, across the boundary between the two parts, with the filters applied; the dashboard's
overdue steps per paragraph counted in SQL agree with the cases themselves."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from gateway.store import repo
from gateway.store.schema import cases
from gateway.web import queries
from tests.web.conftest import TODAY


@pytest.mark.parametrize("descending", [False, True])
def test_pages_in_the_default_order_cover_every_case_once(site, descending):
    with site.engine.begin() as conn:  # two cases with nothing open
        ids = sorted(conn.execute(select(cases.c.id)).scalars())
        conn.execute(update(cases).where(cases.c.id.in_(ids[:2])).values(next_due=None))
        rows = conn.execute(select(cases.c.id, cases.c.next_due)).all()
    opened = sorted((r for r in rows if r.next_due), key=lambda r: (r.next_due, r.id),
                    reverse=descending)
    expected = [r.id for r in opened] + sorted(r.id for r in rows if not r.next_due)
    for size in (1, 2, 3, 4, len(expected) + 1):
        got: list[str] = []
        page = 1
        while True:
            with site.engine.connect() as conn:
                found, total = queries.cases_page(conn, queries.CaseFilter(
                    page=page, size=size, descending=descending), TODAY)
            assert total == len(expected)
            if not found:
                break
            got += [r["id"] for r in found]
            page += 1
        assert got == expected, size
    with site.engine.connect() as conn:
        found, total = queries.cases_page(conn, queries.CaseFilter(
            state="no-such-state", size=3), TODAY)
    assert (found, total) == ([], 0)


def _by_json(conn, today: dt.date) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """The oracle: every case's JSON read, its open steps past due counted per paragraph."""
    out: dict[str, int] = {}
    for case in repo.list_cases(conn):
        for d in case.deadlines:
            if d.done_on is None and d.due < today:
                out[d.paragraph] = out.get(d.paragraph, 0) + 1
    return out


def test_the_dashboard_counts_overdue_steps_in_sql_as_the_cases_say(site):
    from gateway.web.queries import overdue_by_paragraph

    later = TODAY + dt.timedelta(days=30)
    with site.engine.connect() as conn:
        assert overdue_by_paragraph(conn, TODAY) == _by_json(conn, TODAY) != {}
        assert overdue_by_paragraph(conn, later) == _by_json(conn, later)
        some = repo.list_cases(conn)[:5]
    with site.engine.begin() as conn:  # a step done, another added: open_steps follows
        first = some[0]
        done = first.model_copy(update={"deadlines": [
            d.model_copy(update={"done_on": TODAY}) if d.done_on is None else d
            for d in first.deadlines]})
        repo.save_case(conn, done)
        second = some[1]
        extra = second.deadlines[0].model_copy(update={"paragraph": "16", "done_on": None,
                                                       "due": TODAY - dt.timedelta(days=1)})
        repo.save_case(conn, second.model_copy(update={"deadlines": [*second.deadlines,
                                                                     extra]}))
    with site.engine.connect() as conn:
        counted = overdue_by_paragraph(conn, TODAY)
        assert counted == _by_json(conn, TODAY) and counted["16"] == 1
        assert overdue_by_paragraph(conn, later) == _by_json(conn, later)
