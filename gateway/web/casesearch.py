"""The cases page's search: the page of cases whose id begins with what was typed, whose
service is named with it (Russian or Kazakh, any case, anywhere in the name) or whose agency
is, in the page's order, and how many there are.

Why its own module: a common word ("справка") names a fifth of 100,000 services, and the page
must not read and sort all of them to show fifty.  On SQLite with the trigram index
(gateway.store.textsearch, migration 0012) the matching cases are a set of rowids asked of the
index; the count is that set's size, and the page either walks the cases in the page's order
along `ix_cases_next_due`, testing each against the set, until it has its rows (when matches
are dense: a few hundred index entries), or looks each match up and sorts them (when they are
few) — whichever reads less.  On PostgreSQL (pg_trgm's GIN index serves the LIKE) and on an
SQLite without the index, one query filters, sorts and counts with a window.

A needle under three characters is no name (a trigram index cannot answer it): it finds cases
by their id only, which the primary key serves.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Connection,
    case,
    false,
    func,
    literal_column,
    or_,
    select,
    table,
    tuple_,
    union,
    union_all,
)

from gateway.store import textsearch
from gateway.store.schema import cases, services

ROWID: Any = literal_column("cases.rowid")


def _agencies(conn: Connection, needle: str) -> list[str]:
    """The agencies named with `needle`, in Russian or Kazakh (the directory is small: its
    names are matched here)."""
    from gateway.web.queries import agency_choices

    folded = needle.casefold()
    return sorted({a for a, name in agency_choices(conn) + agency_choices(conn, "kk")
                   if folded in name.casefold()})


def match(conn: Connection, needle: str) -> Any:
    """The condition on `cases` (PostgreSQL, or SQLite without the index)."""
    terms = [textsearch.prefix(conn, cases.c.id, needle)]
    if textsearch.searchable(needle):
        like = f"%{textsearch.escape_like(needle.casefold())}%"
        named = (select(services.c.registry_number, services.c.agency_id)
                 .where(services.c.search_name.like(like, escape="\\")))
        terms.append(tuple_(cases.c.registry_number, cases.c.agency_id).in_(named))
        by_agency = _agencies(conn, needle)
        if by_agency:
            terms.append(cases.c.agency_id.in_(by_agency))
    return or_(false(), *terms)


def _rowids(conn: Connection, needle: str) -> tuple[Any, Any]:
    """The matching cases' rowids as one query, and the count of them as another (SQLite with
    the index).  The count asks the index alone when nothing else matches (the usual case: a
    word is no case id), which is cheaper than collecting the rowids."""
    others = [select(ROWID.label("r")).select_from(cases).where(textsearch.prefix(conn, cases.c.id,
                                                                       needle))]
    if not textsearch.searchable(needle):
        return others[0], select(func.count()).select_from(others[0].subquery())
    by_agency = _agencies(conn, needle)
    if by_agency:
        others.append(select(ROWID.label("r")).select_from(cases).where(cases.c.agency_id.in_(by_agency)))
    named = textsearch.rowids("cases", needle.casefold())
    other = union(*others) if len(others) > 1 else others[0]
    fts = textsearch.INDEX["cases"]
    named_count = (select(func.count()).select_from(table(fts))
                   .where(literal_column(fts).op("MATCH")(textsearch.phrase(needle.casefold())))
                   .scalar_subquery())
    rest = other.subquery()
    other_count = (select(func.count()).select_from(rest)
                   .where(rest.c.r.not_in(named)).scalar_subquery())
    # IN removes duplicates itself: no UNION's sort for the page
    return union_all(named, *others), select(named_count + other_count)


def page(conn: Connection, conditions: list[Any], needle: str, order: list[Any] | None,
         descending: bool, offset: int, size: int) -> tuple[list[str], int]:
    """The page's case ids and the count of all that match.  `order` is the page's ORDER BY;
    None: the default order (gateway.web.queries.by_next_due)."""
    from gateway.web.queries import by_next_due

    if not textsearch.indexed(conn, "cases"):
        where = [*conditions, match(conn, needle)]
        if order is None:  # as by_next_due: the open ones by due date, then the rest by id
            closed = case((cases.c.next_due.is_(None), cases.c.id), else_=None)
            order = [cases.c.next_due.is_(None), cases.c.next_due.desc(), closed,
                     cases.c.id.desc()] if descending else \
                [cases.c.next_due.is_(None), cases.c.next_due, cases.c.id]
        # the total rides along as a window count, so the filter runs once
        found = conn.execute(select(cases.c.id, func.count().over().label("total"))
                             .where(*where).order_by(*order).limit(size).offset(offset)).all()
        if found:
            return [r.id for r in found], int(found[0].total)
        return [], int(conn.execute(select(func.count()).select_from(cases).where(*where))
                       .scalar_one())
    rowids, counted = _rowids(conn, needle)
    matched = int(conn.execute(counted).scalar_one())
    total = matched
    if matched and conditions:
        total = int(conn.execute(select(func.count()).select_from(cases)
                                 .where(*conditions, ROWID.in_(rowids))).scalar_one())
    if not total:
        return [], 0
    # walk the cases in order testing each (about (offset + size) * every / matched index
    # entries), or look each match up and sort (about `matched` rows): whichever is less.
    # `+rowid` keeps SQLite from driving the query by the set, so it walks.
    every = int(conn.execute(select(func.max(ROWID)).select_from(cases)).scalar() or 0)
    walk = (offset + size) * every < matched * matched
    member = literal_column("+cases.rowid" if walk else "cases.rowid").in_(rowids)
    if order is None:
        return by_next_due(conn, [*conditions, member], descending, offset, size, total)
    ids = list(conn.execute(select(cases.c.id).where(*conditions, member).order_by(*order)
                            .limit(size).offset(offset)).scalars())
    return ids, total
