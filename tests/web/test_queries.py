"""The cases page's SQL on SQLite and PostgreSQL: paging in the default order (open cases by due
date, then those with nothing open) gives every case once, in that order, whatever the page
size, across the boundary between the two parts, with the filters applied."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

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
