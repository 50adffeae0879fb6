"""The board's actions (POST): release or reject a quarantined letter (one or a selection),
retry outbox letters, send the training questions (p.8), record the signed protocol (p.8),
send an additional request (p.10-11) and record its answer that came some other way, explain a
discrepancy (p.16), record a training held (p.15), give work to an operator, save a view, log
out, choose a language.

Why each calls what the CLI calls: every operator action is one function of
gateway.records.manual that `gateway quarantine|outbox|questions|case|report` call too, so the
board refuses what the CLI refuses and changes the store the same way; a refusal comes back as
a code the board words in the operator's language.  Every action goes into the status log with
the operator's name; each answers with a redirect (303) back to the page, so a reload never
repeats it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from gateway.records import manual
from gateway.records.manual import ManualRefused
from gateway.web import i18n, operators, sessions, worklists
from gateway.web.board import Board, Form, Handler, User


def _board(request: Request) -> Board:
    board: Board = request.app.state.board
    return board


def log_action(board: Board, who: str, kind: str, summary: str, **fields: object) -> None:
    from gateway.runtime.statuslog import record

    with board.engine.begin() as conn:
        record(conn, board.cfg, kind=kind, summary=summary,
               data={"by": who, **{k: v for k, v in fields.items() if k != "case_id"}},
               case_id=str(fields["case_id"]) if fields.get("case_id") else None)


def local(path: str) -> bool:
    """A path on this board (never `//host` or `/\\host`, which browsers take elsewhere)."""
    return path.startswith("/") and path[1:2] not in ("/", "\\") and "\n" not in path


def _back(path: str, said: str, form: Form | None = None) -> Response:
    """Back to the page the form was on (its filters kept), with what was done."""
    back = (form or {}).get("back", "")
    if local(back):
        path = back.split("#", 1)[0]
    path = path.split("?done=", 1)[0].split("&done=", 1)[0]
    joint = "&" if "?" in path else "?"
    return RedirectResponse(f"{path}{joint}done={quote(said)}", status_code=303)


def _words(user: User) -> i18n.Words:
    return i18n.words(user["language"])


def said_refused(t: i18n.Words, refused: ManualRefused) -> str:
    """A refusal of gateway.records.manual in the operator's language."""
    facts = {k: (f"{v:%d.%m.%Y}" if isinstance(v, dt.date) else v)
             for k, v in refused.facts.items()}
    status = facts.get("status")
    if status:
        facts["status"] = t.status(status)
    try:
        return t(f"refused_{refused.code}", **facts)
    except (KeyError, IndexError):
        return t(f"refused_{refused.code}")


STATUS_OF = {"no_case": 404, "no_letter": 404, "no_task": 404, "no_request": 404,
             "empty_text": 400, "empty_reason": 400, "bad_date": 400, "future": 400,
             "no_agency": 400, "no_to": 400}


def _refused(board: Board, user: User, refused: ManualRefused) -> Response:
    return board.render("error.html", user, STATUS_OF.get(refused.code, 409),
                        message=said_refused(_words(user), refused))


def release(request: Request, user: User, form: Form) -> Response:
    board = _board(request)
    inbound_id = int(request.path_params["inbound_id"])
    case = form.get("case", "").strip() or None
    try:
        manual.release_letter(board.engine, board.cfg, inbound_id, user["name"], case,
                              form.get("reason", ""))
    except ManualRefused as refused:
        return _refused(board, user, refused)
    t = _words(user)
    return _back("/quarantine", t("released_to", id=inbound_id, case=case) if case
                 else t("released", id=inbound_id), form)


def reject(request: Request, user: User, form: Form) -> Response:
    board = _board(request)
    inbound_id = int(request.path_params["inbound_id"])
    try:
        manual.reject_letter(board.engine, board.cfg, inbound_id, user["name"],
                             form.get("reason", ""))
    except ManualRefused as refused:
        return _refused(board, user, refused)
    return _back("/quarantine", _words(user)("rejected", id=inbound_id), form)


def retry(request: Request, user: User, form: Form) -> Response:
    board = _board(request)
    outbox_id = int(request.path_params["outbox_id"])
    try:
        said = manual.retry_letter(board.engine, board.cfg, outbox_id, user["name"])
    except ManualRefused as refused:
        return _refused(board, user, refused)
    t = _words(user)
    return _back("/outbox", t("retried" if said == "queued" else "retry_sent", id=outbox_id),
                 form)


def _ids(form: Form) -> list[int]:
    """The selection: the ticked boxes (`id`, joined by the guard) as numbers."""
    return sorted({int(v) for v in form.get("ids", "").split(",") if v.strip().isdigit()})


def _bulk_said(t: i18n.Words, done: int, failed: list[str], n: int) -> str:
    said = t("bulk_done", ok=done, n=n)
    return said + (" " + t("bulk_failed", items="; ".join(failed)) if failed else "")


def bulk_letters(request: Request, user: User, form: Form) -> Response:
    """A selection of quarantined letters released (to one case, or each to where it goes) or
    rejected, with one reason; each letter goes through the same function as one alone."""
    board = _board(request)
    t = _words(user)
    ids = _ids(form)
    action = form.get("action", "")
    if not ids:
        return _back("/quarantine", t("none_selected"), form)
    if action == "assign":
        return _assign(board, user, form, "letters", ids, "/quarantine")
    # what would refuse every letter alike refuses the selection before any is decided
    if action == "reject" and not form.get("reason", "").strip():
        return _refused(board, user, ManualRefused("empty_reason"))
    case = form.get("case", "").strip()
    if action != "reject" and case:
        from gateway.store import repo

        with board.engine.connect() as conn:
            if repo.get_case(conn, case) is None:
                return _refused(board, user, ManualRefused("no_case", case=case))
    done, failed = 0, []
    for inbound_id in ids:
        try:
            if action == "reject":
                manual.reject_letter(board.engine, board.cfg, inbound_id, user["name"],
                                     form.get("reason", ""))
            else:
                manual.release_letter(board.engine, board.cfg, inbound_id, user["name"],
                                      form.get("case", "").strip() or None,
                                      form.get("reason", ""))
            done += 1
        except ManualRefused as refused:
            failed.append(f"#{inbound_id}: {said_refused(t, refused)}")
    return _back("/quarantine", _bulk_said(t, done, failed, len(ids)), form)


def bulk_outbox(request: Request, user: User, form: Form) -> Response:
    board = _board(request)
    t = _words(user)
    ids = _ids(form)
    if not ids:
        return _back("/outbox", t("none_selected"), form)
    done, failed = 0, []
    for outbox_id in ids:
        try:
            manual.retry_letter(board.engine, board.cfg, outbox_id, user["name"])
            done += 1
        except ManualRefused as refused:
            failed.append(f"#{outbox_id}: {said_refused(t, refused)}")
    return _back("/outbox", _bulk_said(t, done, failed, len(ids)), form)


def _assign(board: Board, user: User, form: Form, what: str, ids: list[Any],
            page: str) -> Response:
    t = _words(user)
    to = form.get("assignee", "").strip()
    to = user["name"] if to == "me" else to
    if to and to != "-" and to not in worklists.people(board.engine):
        return board.render("error.html", user, 400, message=t("refused_no_operator", who=to))
    assignee = None if to in ("", "-") else to
    with board.engine.begin() as conn:
        n = worklists.assign(conn, what, ids, assignee)
    log_action(board, user["name"], "operator_assign",
               f"Оператор {user['name']}: исполнитель {assignee or '—'} "
               f"({'дела' if what == 'cases' else 'письма'}: {', '.join(map(str, ids[:20]))}"
               f"{'…' if len(ids) > 20 else ''})",
               what=what, ids=[str(i) for i in ids[:200]], assignee=assignee,
               case_id=ids[0] if what == "cases" and len(ids) == 1 else None)
    return _back(page, t("assigned", who=assignee or t("nobody"), n=n), form)


def assign_cases(request: Request, user: User, form: Form) -> Response:
    board = _board(request)
    ids = [i for i in form.get("ids", "").split(",") if i.strip()]
    if not ids:
        return _back("/cases", _words(user)("none_selected"), form)
    return _assign(board, user, form, "cases", ids, "/cases")


def save_view(request: Request, user: User, form: Form) -> Response:
    board = _board(request)
    name = form.get("name", "").strip()[:100]
    page = form.get("page", "")
    query = form.get("query", "").lstrip("?")
    if not name or page not in ("cases", "quarantine", "outbox", "log"):
        return board.render("error.html", user, 400, message=_words(user)("refused_empty_text"))
    with board.engine.begin() as conn:
        worklists.save_view(conn, user["name"], page, name, query)
    return _back(f"/{page}?{query}", _words(user)("view_saved", name=name))


def delete_view(request: Request, user: User, form: Form) -> Response:
    board = _board(request)
    with board.engine.begin() as conn:
        view_id = form.get("view", "")
        if view_id.isdigit():
            worklists.delete_view(conn, user["name"], int(view_id))
    return _back("/", _words(user)("done_msg"), form)


def questions(request: Request, user: User, form: Form) -> Response:
    board = _board(request)
    case_id = request.path_params["case_id"]
    try:
        with board.engine.begin() as conn:
            outbox_id = manual.send_questions(conn, board.cfg, case_id,
                                              form.get("questions", ""), user["name"])
    except ManualRefused as refused:
        return _refused(board, user, refused)
    return _back(f"/cases/{quote(case_id)}", _words(user)("questions_queued", id=outbox_id))


def protocol(request: Request, user: User, form: Form) -> Response:
    """p.8: the protocol of acceptance signed (as `gateway case protocol`): the engine's
    ProtocolSigned on the case, consulting then starts 5 working days later."""
    from gateway.domain import Step

    board = _board(request)
    t = _words(user)
    case_id = request.path_params["case_id"]
    today = board.today()
    try:
        signed = dt.date.fromisoformat(form.get("date", "").strip())
    except ValueError:
        return _refused(board, user, ManualRefused("bad_date"))
    if signed > today:
        return _refused(board, user, ManualRefused("future", on=signed))
    try:
        with board.engine.begin() as conn:
            new = manual.record_protocol(conn, board.cfg, case_id, signed, today, user["name"])
    except ManualRefused as refused:
        if refused.code == "no_case":
            refused.facts["case"] = case_id
        return _refused(board, user, refused)
    start = new.deadline(Step.consulting_start) if new else None
    return _back(f"/cases/{quote(case_id)}", t("protocol_done_start", due=i18n.day(start.due))
                 if start else t("protocol_done"))


def ask(request: Request, user: User, form: Form) -> Response:
    """p.10-11: an additional request to the case's responsible person (as `gateway case
    ask`), its answer asked within 5 working days and tracked as its own step once
    delivered."""
    board = _board(request)
    case_id = request.path_params["case_id"]
    try:
        with board.engine.begin() as conn:
            outbox_id, due = manual.send_additional_request(
                conn, board.cfg, case_id, form.get("request", ""), board.today(), user["name"])
    except ManualRefused as refused:
        return _refused(board, user, refused)
    return _back(f"/cases/{quote(case_id)}",
                 _words(user)("request_queued", id=outbox_id, due=i18n.day(due)))


def answer(request: Request, user: User, form: Form) -> Response:
    """p.10-11: an answer to our additional request that came some other way (as `gateway
    case answer`): it closes that request's step."""
    board = _board(request)
    case_id = request.path_params["case_id"]
    to = form.get("to", "").strip()
    try:
        with board.engine.begin() as conn:
            manual.record_answer(conn, board.cfg, case_id, to, board.today(), user["name"])
    except ManualRefused as refused:
        return _refused(board, user, refused)
    return _back(f"/cases/{quote(case_id)}", _words(user)("answer_recorded", to=to), form)


def explain(request: Request, user: User, form: Form) -> Response:
    """p.16: each discrepancy's explanation (a paragraph of the form) sent at once to the
    quality-control authority and the task closed (as `gateway report explain`)."""
    board = _board(request)
    task_id = int(request.path_params["task_id"])
    items = manual.explanation_items(form.get("explanations", ""))
    if not items:
        return _refused(board, user, ManualRefused("empty_text"))
    try:
        with board.engine.begin() as conn:
            outbox_id, _ = manual.explain_discrepancy(
                conn, board.cfg, task_id, items, form.get("month", "").strip(), board.today(),
                form.get("agency", "").strip() or None, by=user["name"])
    except ManualRefused as refused:
        refused.facts.setdefault("id", task_id)
        return _refused(board, user, refused)
    return _back("/tasks", _words(user)("explained", id=outbox_id, task=task_id))


def task_done(request: Request, user: User, form: Form) -> Response:
    """p.15: the authority's training held (as `gateway task done`)."""
    board = _board(request)
    task_id = int(request.path_params["task_id"])
    day = board.today()
    if form.get("date", "").strip():
        try:
            day = dt.date.fromisoformat(form["date"].strip())
        except ValueError:
            return _refused(board, user, ManualRefused("bad_day"))
    try:
        with board.engine.begin() as conn:
            manual.task_done(conn, board.cfg, task_id, day, user["name"])
    except ManualRefused as refused:
        return _refused(board, user, refused)
    return _back("/tasks", _words(user)("task_recorded", id=task_id, on=i18n.day(day)))


def logout(request: Request, user: User, form: Form) -> Response:
    """The session ends on the server: a copy of the cookie opens nothing afterwards."""
    sessions.end(_board(request).engine, str(request.session.get("sid", "")))
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


def language(request: Request, user: User, form: Form) -> Response:
    board = _board(request)
    choice = form.get("language", "ru")
    if choice in operators.LANGUAGES:
        operators.set_language(board.engine, user["name"], choice)
    back = form.get("back", "/")
    return RedirectResponse(back if local(back) else "/", status_code=303)


ROUTES: list[tuple[str, Handler, list[str]]] = [
    ("/quarantine/bulk", bulk_letters, ["POST"]),
    ("/outbox/bulk", bulk_outbox, ["POST"]),
    ("/cases/assign", assign_cases, ["POST"]),
    ("/views", save_view, ["POST"]),
    ("/views/delete", delete_view, ["POST"]),
    ("/quarantine/{inbound_id:int}/release", release, ["POST"]),
    ("/quarantine/{inbound_id:int}/reject", reject, ["POST"]),
    ("/outbox/{outbox_id:int}/retry", retry, ["POST"]),
    ("/cases/{case_id}/questions", questions, ["POST"]),
    ("/cases/{case_id}/protocol", protocol, ["POST"]),
    ("/cases/{case_id}/ask", ask, ["POST"]),
    ("/cases/{case_id}/answer", answer, ["POST"]),
    ("/tasks/{task_id:int}/explain", explain, ["POST"]),
    ("/tasks/{task_id:int}/done", task_done, ["POST"]),
    ("/logout", logout, ["POST"]),
    ("/language", language, ["POST"]),
]
