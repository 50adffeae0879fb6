"""The board's work queues (GET): the quarantine, the outbox and the status log, each paged,
filtered by its address and exportable as CSV or XLSX; the cases' export; one search across
cases, letters, log and outbox.

Why the filters live in the address: the language switch, a saved view, an export and the
browser's back button then all keep what the operator was looking at.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from gateway.web import export, i18n, pages, queries, vocabulary, worklists
from gateway.web.board import Board, Form, Handler, User

EXPORT_LIMIT = 100_000  # rows in one export file


def _board(request: Request) -> Board:
    board: Board = request.app.state.board
    return board


def _page_args(request: Request, default: int) -> tuple[int, int]:
    p = request.query_params
    return pages._int(p.get("page"), 1), min(worklists.MAX_PAGE, pages._int(p.get("size"),
                                                                            default))


def _base(request: Request) -> dict[str, str]:
    """The address's filters without its page number (for the pager and the exports)."""
    return {k: v for k, v in request.query_params.items() if k not in ("page", "done") and v}


def _common(request: Request, user: User, page_name: str) -> dict[str, Any]:
    board = _board(request)
    with board.engine.connect() as conn:
        views = worklists.views(conn, user["name"], page_name)
    return {"base": _base(request), "views": views, "page_name": page_name,
            "here": pages.here(request), "people": worklists.people(board.engine),
            "notice": request.query_params.get("done", "")}


def quarantine(request: Request, user: User, form: Form) -> Response:
    board = _board(request)
    p = request.query_params
    number, size = _page_args(request, board.web.page_size)
    assignee = p.get("assignee", "")
    with board.engine.connect() as conn:
        found = worklists.quarantine_page(conn, p.get("q", ""),
                                          pages.assignee_of(assignee, user), number, size)
        # release suggestions: the cases of each sender's agency (the letter's own page
        # puts the thread it answers first)
        agency_of = worklists.agencies_of(conn, [r["sender"] or "" for r in found.rows])
        choices = worklists.agency_cases(conn, set(agency_of.values()))
    for r in found.rows:
        r["agency_id"] = agency_of.get((r["sender"] or "").lower(), "")
    return board.render("quarantine.html", user, found=found, rows=found.rows, choices=choices,
                        q=p.get("q", ""), assignee=assignee,
                        **_common(request, user, "quarantine"))


def outbox(request: Request, user: User, form: Form) -> Response:
    board = _board(request)
    p = request.query_params
    number, size = _page_args(request, board.web.page_size)
    with board.engine.connect() as conn:
        found = worklists.outbox_page(conn, p.get("status", ""), p.get("q", ""), number, size)
    return board.render("outbox.html", user, found=found, rows=found.rows,
                        chosen=p.get("status", ""), q=p.get("q", ""),
                        **_common(request, user, "outbox"))


def log(request: Request, user: User, form: Form) -> Response:
    board = _board(request)
    p = request.query_params
    number, size = _page_args(request, 100)
    case_id, kind, q = p.get("case", ""), p.get("kind", ""), p.get("q", "")
    with board.engine.connect() as conn:
        found = worklists.log_page(conn, case_id, kind, q, number, size)
        last = queries.last_event_id(conn)
    return board.render("log.html", user, found=found, rows=found.rows, case_id=case_id,
                        kind=kind, q=q, last=last, live=number == 1 and not q,
                        events=vocabulary.EVENTS,
                        **_common(request, user, "log"))


def search(request: Request, user: User, form: Form) -> Response:
    board = _board(request)
    q = request.query_params.get("q", "").strip()
    found: dict[str, Any] = {}
    case_rows: list[dict[str, Any]] = []
    case_total = 0
    if q:
        with board.engine.connect() as conn:
            case_rows, case_total = queries.cases_page(conn, queries.CaseFilter(q=q, size=20),
                                                       board.today())
            found = worklists.search(conn, q)
    return board.render("search.html", user, q=q, found=found, case_rows=case_rows,
                        case_total=case_total, here=pages.here(request))


# -- exports ----------------------------------------------------------------------------------


def _kind(request: Request) -> str:
    return "xlsx" if request.url.path.endswith(".xlsx") else "csv"


def _rows(conn: Any, query: Any) -> Iterable[dict[str, Any]]:
    return (dict(r) for r in conn.execute(query.limit(EXPORT_LIMIT)).mappings())


def _file(request: Request, name: str, header: Sequence[str],
          rows: Iterable[Sequence[object]]) -> Response:
    return export.response(_kind(request), name, header, list(rows))


def cases_export(request: Request, user: User, form: Form) -> Response:
    """The filtered cases (contracts/web.md: at least id, registry number, agency, state, next
    deadline, overdue, assigned operator)."""
    board = _board(request)
    t = i18n.words(user["language"])
    f = pages.case_filter(request, user, board)
    f.page, f.size = 1, EXPORT_LIMIT
    with board.engine.connect() as conn:
        rows, _ = queries.cases_page(conn, f, board.today())
    header = [t("case"), t("registry_number"), t("service"), t("agency"), t("state"),
              t("next_deadline"), t("overdue"), t("assignee")]
    return _file(request, "cases", header, (
        [r["id"], r["registry_number"], t.name({"name_ru": r["service_name"],
                                                "name_kk": r["service_name_kk"]}),
         r["agency_id"], t.state(r["state"]), i18n.day(r["next_due"]) if r["next_due"] else "",
         t("yes") if r["overdue"] else t("no"), r["assignee"] or ""] for r in rows))


def quarantine_export(request: Request, user: User, form: Form) -> Response:
    board = _board(request)
    t = i18n.words(user["language"])
    p = request.query_params
    moment = board.env.filters["moment"]
    with board.engine.connect() as conn:
        query = worklists.quarantine_query(conn, p.get("q", ""),
                                           pages.assignee_of(p.get("assignee", ""), user))
        rows = list(_rows(conn, query))
    header = ["#", t("received"), t("sender"), t("source"), t("subject"), t("reason"),
              t("assignee")]
    return _file(request, "quarantine", header, (
        [r["id"], moment(r["received_at"]), r["sender"] or "", t.source(r["source"]),
         r["subject"] or "", t.reason(r["reason"]), r["assignee"] or ""] for r in rows))


def outbox_export(request: Request, user: User, form: Form) -> Response:
    board = _board(request)
    t = i18n.words(user["language"])
    p = request.query_params
    moment = board.env.filters["moment"]
    with board.engine.connect() as conn:
        rows = list(_rows(conn, worklists.outbox_query(conn, p.get("status", ""),
                                                       p.get("q", ""))))
    header = ["#", t("number"), t("kind"), t("case"), t("recipients"), t("status"),
              t("attempts"), t("received")]
    return _file(request, "outbox", header, (
        [r["id"], r["outgoing_number"], t.letter(r["kind"]), r["case_id"] or "",
         ", ".join(f"{a}: {t.status(s)}" for a, s in r["recipients"].items()),
         t.status(r["status"]), r["attempts"], moment(r["created_at"])] for r in rows))


def log_export(request: Request, user: User, form: Form) -> Response:
    board = _board(request)
    t = i18n.words(user["language"])
    p = request.query_params
    moment = board.env.filters["moment"]
    with board.engine.connect() as conn:
        query = worklists.log_query(conn, p.get("case", ""), p.get("kind", ""), p.get("q", ""))
        rows = list(_rows(conn, query))
    header = ["#", t("at"), t("case"), t("paragraph"), t("kind"), t("why"), t("by")]
    return _file(request, "log", header, (
        [r["id"], moment(r["at"]), r["case_id"] or "", r["paragraph"] or "",
         t.event(r["kind"]), r["summary"], (r["data"] or {}).get("by", "")] for r in rows))


ROUTES: list[tuple[str, Handler, list[str]]] = [
    ("/quarantine", quarantine, ["GET"]),
    ("/outbox", outbox, ["GET"]),
    ("/log", log, ["GET"]),
    ("/search", search, ["GET"]),
    ("/cases.csv", cases_export, ["GET"]),
    ("/cases.xlsx", cases_export, ["GET"]),
    ("/quarantine.csv", quarantine_export, ["GET"]),
    ("/quarantine.xlsx", quarantine_export, ["GET"]),
    ("/outbox.csv", outbox_export, ["GET"]),
    ("/outbox.xlsx", outbox_export, ["GET"]),
    ("/log.csv", log_export, ["GET"]),
    ("/log.xlsx", log_export, ["GET"]),
]
