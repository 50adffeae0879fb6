"""The board's pages (GET): dashboard, cases, a case, a message, tasks, reports (the work
queues, the search and the exports are gateway.web.lists).

Why thin: each page is one read (gateway.web.queries, the repository, the parser for a stored
message) and one template; nothing here changes the store.
"""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from typing import Any

from sqlalchemy import select
from starlette.requests import Request
from starlette.responses import Response

from gateway.runtime import leases
from gateway.store import repo
from gateway.store.schema import cases as cases_table
from gateway.store.schema import inbound, outbox
from gateway.web import i18n, present, queries, watchdog, worklists
from gateway.web.board import Board, Form, Handler, User


def _board(request: Request) -> Board:
    board: Board = request.app.state.board
    return board


def here(request: Request) -> str:
    """The page's own address with its filters (the language switch comes back to it)."""
    return request.url.path + (f"?{request.url.query}" if request.url.query else "")


def counters(board: Board) -> dict[str, int]:
    with board.engine.connect() as conn:
        statuses = queries.counts(conn, inbound)
        outs = queries.counts(conn, outbox)
        return {"overdue": queries.overdue_count(conn, board.today()),
                "quarantined": statuses.get("quarantined", 0),
                "outbox_waiting": outs.get("pending", 0) + outs.get("unknown", 0),
                "outbox_failed": outs.get("failed", 0)}


def dashboard(request: Request, user: User, form: Form) -> Response:
    board = _board(request)
    day = board.today()
    with board.engine.connect() as conn:
        states = repo.count_cases_by_state(conn)
        by_paragraph = queries.overdue_by_paragraph(conn, day)
        inbound_counts = queries.counts(conn, inbound)
        outbox_counts = queries.counts(conn, outbox)
        mine = worklists.my_work(conn, user["name"])
    return board.render("dashboard.html", user, states=states, by_paragraph=by_paragraph,
                        inbound_counts=inbound_counts, outbox_counts=outbox_counts,
                        counters=counters(board), states_order=queries.STATES, mine=mine,
                        checks=watchdog.checks(board.engine, board.cfg),
                        instances=leases.alive_instances(board.engine), here=here(request))


def _int(value: str | None, default: int) -> int:
    try:
        return max(1, int(value or default))
    except ValueError:
        return default


def assignee_of(value: str, user: User) -> str:
    """The assignee filter as the address carries it: "me" the operator, "-" nobody."""
    return user["name"] if value == "me" else value


def case_filter(request: Request, user: User, board: Board) -> queries.CaseFilter:
    p = request.query_params
    return queries.CaseFilter(
        state=p.get("state", "") if p.get("state", "") in queries.STATES else "",
        agency=p.get("agency", ""), overdue=p.get("overdue", "") in ("1", "on", "true"),
        q=p.get("q", ""), sort=p.get("sort", "next_due") if p.get("sort") in queries.SORTS
        else "next_due", descending=p.get("desc", "") == "1", page=_int(p.get("page"), 1),
        size=min(200, _int(p.get("size"), board.web.page_size)),
        assignee=assignee_of(p.get("assignee", ""), user))


def cases(request: Request, user: User, form: Form) -> Response:
    board = _board(request)
    f = case_filter(request, user, board)
    with board.engine.connect() as conn:
        rows, total = queries.cases_page(conn, f, board.today())
        agencies = queries.agency_choices(conn, user["language"])
        views = worklists.views(conn, user["name"], "cases")
    people = worklists.people(board.engine)
    pages = max(1, -(-total // f.size))
    base = {k: v for k, v in (("state", f.state), ("agency", f.agency), ("q", f.q),
                              ("overdue", "1" if f.overdue else ""),
                              ("assignee", request.query_params.get("assignee", "")),
                              ("sort", f.sort), ("desc", "1" if f.descending else ""))
            if v}
    name = "cases_table.html" if request.headers.get("hx-request") else "cases.html"
    return board.render(name, user, rows=rows, total=total, f=f, pages=pages,
                        agencies=agencies, states=queries.STATES, base=base, views=views,
                        people=people, here=here(request),
                        assignee=request.query_params.get("assignee", ""))


def case(request: Request, user: User, form: Form) -> Response:
    from gateway.runtime.statuslog import recent

    board = _board(request)
    t = i18n.words(user["language"])
    case_id = request.path_params["case_id"]
    with board.engine.connect() as conn:
        found = repo.get_case(conn, case_id)
        if found is None:
            return board.render("error.html", user, 404, message=t("no_case", case=case_id))
        agency = repo.get_agency(conn, found.agency_id)
        service = repo.get_service(conn, found.registry_number, found.agency_id)
        history = recent(conn, 500, case_id=case_id)
        messages = queries.case_messages(conn, case_id)
        assignee = conn.execute(select(cases_table.c.assignee)
                                .where(cases_table.c.id == case_id)).scalar()
    moment = board.env.filters["moment"]
    versions = [{"v": v, "rows": present.info_rows(t, moment, v.info),
                 "diff": present.diff_rows(t, v.diff)} for v in found.info_versions]
    return board.render("case.html", user, case=found, agency=agency, service=service,
                        history=history, messages=messages, day=board.today(),
                        versions=versions, assignee=assignee,
                        people=worklists.people(board.engine), here=here(request),
                        notice=request.query_params.get("done", ""))


def _parts(raw: bytes) -> list[dict[str, Any]]:
    """The message's attachments, numbered in walk order (the download route uses the number)."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = []
    for n, part in enumerate(msg.walk()):
        if part.is_multipart():
            continue
        filename = part.get_filename()
        if filename or part.get_content_disposition() == "attachment":
            payload = part.get_payload(decode=True)
            out.append({"n": n, "filename": filename or f"part-{n}",
                        "type": part.get_content_type(),
                        "size": len(payload) if isinstance(payload, bytes) else 0})
    return out


def message_in(request: Request, user: User, form: Form) -> Response:
    from gateway.processing.worker import limits_of
    from parsers.api import parse_message

    board = _board(request)
    t = i18n.words(user["language"])
    inbound_id = int(request.path_params["inbound_id"])
    with board.engine.connect() as conn:
        row = conn.execute(select(inbound).where(inbound.c.id == inbound_id)).mappings().first()
        raw = repo.get_blob(conn, row["sha256"]) if row else None
    if row is None:
        return board.render("error.html", user, 404, message=t("no_letter", id=inbound_id))
    parsed = parse_message(raw or b"", f"inbound {inbound_id}", limits_of(board.cfg))
    choices: list[dict[str, Any]] = []
    if row["status"] == "quarantined":
        info = parsed.message
        thread = list(info.in_reply_to) + list(info.references) if info else []
        with board.engine.connect() as conn:
            choices = worklists.suggestions(conn, dict(row), thread)
    moment = board.env.filters["moment"]
    return board.render("message.html", user, row=dict(row), parts=_parts(raw or b""),
                        headers=present.message_rows(t, moment, parsed),
                        blocks=present.document_blocks(t, moment, parsed),
                        signatures=present.signature_rows(t, parsed),
                        errors=present.error_rows(t, parsed), choices=choices,
                        people=worklists.people(board.engine), here=here(request))


def _download(body: bytes, filename: str, media_type: str) -> Response:
    from urllib.parse import quote

    return Response(body, media_type=media_type, headers={
        "Content-Disposition": f"attachment; filename*=UTF-8''{quote(filename)}",
        "X-Content-Type-Options": "nosniff"})


def _eml(board: Board, table: Any, row_id: int) -> bytes | None:
    with board.engine.connect() as conn:
        digest = conn.execute(select(table.c.sha256).where(table.c.id == row_id)).scalar()
        return repo.get_blob(conn, digest) if digest else None


def eml_in(request: Request, user: User, form: Form) -> Response:
    raw = _eml(_board(request), inbound, int(request.path_params["inbound_id"]))
    if raw is None:
        return Response("not found", status_code=404)
    return _download(raw, f"inbound-{request.path_params['inbound_id']}.eml", "message/rfc822")


def eml_out(request: Request, user: User, form: Form) -> Response:
    raw = _eml(_board(request), outbox, int(request.path_params["outbox_id"]))
    if raw is None:
        return Response("not found", status_code=404)
    return _download(raw, f"outbox-{request.path_params['outbox_id']}.eml", "message/rfc822")


def part_in(request: Request, user: User, form: Form) -> Response:
    raw = _eml(_board(request), inbound, int(request.path_params["inbound_id"]))
    wanted = int(request.path_params["n"])
    msg: EmailMessage = email.message_from_bytes(raw or b"", policy=email.policy.default)
    for n, part in enumerate(msg.walk()):
        if n == wanted and not part.is_multipart():
            payload = part.get_payload(decode=True)
            return _download(payload if isinstance(payload, bytes) else b"",
                             part.get_filename() or f"part-{n}", "application/octet-stream")
    return Response("not found", status_code=404)


def tasks_page(request: Request, user: User, form: Form) -> Response:
    board = _board(request)
    with board.engine.connect() as conn:
        rows = queries.open_tasks(conn)
        names = dict(queries.agency_choices(conn, user["language"]))
    day = board.today()
    from gateway.processing.authority import task_overdue

    for r in rows:  # p.16 wants the explanation at once; a training only after a day asked
        r["overdue"] = task_overdue(r, day)
        r["agency_name"] = names.get(r["agency_id"] or "", r["agency_id"])
    return board.render("tasks.html", user, rows=rows, here=here(request),
                        notice=request.query_params.get("done", ""))


def _report_files(board: Board) -> dict[str, list[str]]:
    """The monthly report files (p.14) under <data_dir>/reports/<YYYY-MM>/, newest month first."""
    root = board.cfg.data_path / "reports"
    if not root.is_dir():
        return {}
    return {m.name: sorted(f.name for f in m.iterdir() if f.is_file())
            for m in sorted(root.iterdir(), reverse=True) if m.is_dir()}


def reports(request: Request, user: User, form: Form) -> Response:
    board = _board(request)
    return board.render("reports.html", user, months=_report_files(board), here=here(request))


def report_file(request: Request, user: User, form: Form) -> Response:
    board = _board(request)
    month, name = request.path_params["month"], request.path_params["name"]
    if name not in _report_files(board).get(month, []):  # only what the listing shows
        return Response("not found", status_code=404)
    body = (board.cfg.data_path / "reports" / month / name).read_bytes()
    return _download(body, name, "application/octet-stream")


ROUTES: list[tuple[str, Handler, list[str]]] = [
    ("/reports", reports, ["GET"]),
    ("/reports/{month}/{name}", report_file, ["GET"]),
    ("/", dashboard, ["GET"]),
    ("/cases", cases, ["GET"]),
    ("/cases/{case_id}", case, ["GET"]),
    ("/messages/in/{inbound_id:int}", message_in, ["GET"]),
    ("/messages/in/{inbound_id:int}/eml", eml_in, ["GET"]),
    ("/messages/in/{inbound_id:int}/part/{n:int}", part_in, ["GET"]),
    ("/messages/out/{outbox_id:int}/eml", eml_out, ["GET"]),
    ("/tasks", tasks_page, ["GET"]),
]
