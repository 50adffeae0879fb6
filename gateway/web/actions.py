"""The board's actions (POST): release or reject a quarantined letter, retry an outbox message,
send the training questions (p.8), record the signed protocol (p.8), send an additional request
(p.10-11), explain a discrepancy (p.16), log out, choose a language.

Why each calls what the CLI calls: the decision (gateway.processing.decisions), the retry
(gateway.delivery.outbox.retry_now) and the letter (gateway.delivery.senders) are the same for
both, so the board cannot drift from `gateway quarantine|outbox|questions`.  Every action goes
into the status log with the operator's name; each answers with a redirect (303) back to the
page, so a reload never repeats it.
"""

from __future__ import annotations

from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from gateway.web import operators, sessions
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


def _back(path: str, said: str) -> Response:
    return RedirectResponse(f"{path}?done={quote(said)}", status_code=303)


def release(request: Request, user: User, form: Form) -> Response:
    from gateway.processing.decisions import DecisionError
    from gateway.processing.decisions import release as release_message

    board = _board(request)
    inbound_id = int(request.path_params["inbound_id"])
    case = form.get("case", "").strip() or None
    try:
        release_message(board.engine, board.cfg, inbound_id, user["name"], case,
                        form.get("reason", ""))
    except DecisionError as exc:
        return board.render("error.html", user, 409, message=str(exc))
    return _back("/quarantine", f"Письмо #{inbound_id} выпущено" +
                 (f" в дело {case}" if case else "") + "; оно будет обработано.")


def reject(request: Request, user: User, form: Form) -> Response:
    from gateway.processing.decisions import DecisionError
    from gateway.processing.decisions import reject as reject_message

    board = _board(request)
    inbound_id = int(request.path_params["inbound_id"])
    try:
        reject_message(board.engine, board.cfg, inbound_id, user["name"], form.get("reason", ""))
    except DecisionError as exc:
        return board.render("error.html", user, 400, message=str(exc))
    return _back("/quarantine", f"Письмо #{inbound_id} отклонено; оно остаётся в хранилище.")


def retry(request: Request, user: User, form: Form) -> Response:
    from gateway.delivery.outbox import retry_now

    board = _board(request)
    outbox_id = int(request.path_params["outbox_id"])
    said = retry_now(board.engine, outbox_id)
    if said == "missing":
        return board.render("error.html", user, 404, message=f"Нет письма #{outbox_id}.")
    log_action(board, user["name"], "operator_retry",
               f"Оператор {user['name']} повторил отправку письма #{outbox_id} ({said})",
               outbox=outbox_id)
    return _back("/outbox", f"#{outbox_id}: " + ("будет отправлено снова" if said == "queued"
                                                   else "уже доставлено всем"))


def questions(request: Request, user: User, form: Form) -> Response:
    from gateway.delivery.outbox import NoRecipient
    from gateway.delivery.senders import send_questions
    from gateway.runtime.statuslog import record
    from gateway.store import repo

    board = _board(request)
    case_id = request.path_params["case_id"]
    text = form.get("questions", "").strip()
    if not text:
        return board.render("error.html", user, 400, message="Напишите вопросы.")
    with board.engine.begin() as conn:
        case = repo.get_case(conn, case_id, for_update=True)
        if case is None:
            return board.render("error.html", user, 404, message=f"Нет дела {case_id}.")
        try:
            outbox_id = send_questions(conn, board.cfg, case, text)
        except (NoRecipient, LookupError) as exc:
            return board.render("error.html", user, 409, message=f"Вопросы не отправлены: {exc}")
        record(conn, board.cfg, kind="operator_questions", case_id=case_id, paragraph="8",
               outbox_id=outbox_id, data={"by": user["name"]},
               summary=f"Оператор {user['name']} отправил вопросы к обучению "
                       f"(исходящее #{outbox_id})")
    return _back(f"/cases/{case_id}", f"Вопросы поставлены в очередь (#{outbox_id}).")


def protocol(request: Request, user: User, form: Form) -> Response:
    """p.8: the protocol of acceptance signed (as `gateway case protocol`): the engine's
    ProtocolSigned on the case, consulting then starts 5 working days later."""
    import datetime as dt

    from gateway.domain import Step
    from gateway.records.manual import ManualRefused, record_protocol

    board = _board(request)
    case_id = request.path_params["case_id"]
    today = board.today()
    try:
        signed = dt.date.fromisoformat(form.get("date", "").strip())
    except ValueError:
        return board.render("error.html", user, 400, message="Укажите дату подписания "
                            "протокола (ГГГГ-ММ-ДД).")
    if signed > today:
        return board.render("error.html", user, 400, message=f"Дата {signed:%d.%m.%Y} ещё "
                            "не наступила.")
    try:
        with board.engine.begin() as conn:
            new = record_protocol(conn, board.cfg, case_id, signed, today, user["name"])
    except ManualRefused as refused:
        if refused.code == "no_case":
            return board.render("error.html", user, 404, message=f"Нет дела {case_id}.")
        return board.render("error.html", user, 409, message="Протокол уже зарегистрирован "
                            f"(подписан {refused.facts['signed']:%d.%m.%Y}).")
    start = new.deadline(Step.consulting_start) if new else None
    return _back(f"/cases/{case_id}", "Протокол зарегистрирован" + (
        f"; консультирование с {start.due:%d.%m.%Y}." if start else "."))


def ask(request: Request, user: User, form: Form) -> Response:
    """p.10-11: an additional request to the case's responsible person (as `gateway case ask`),
    its answer asked within 5 working days and tracked as its own step once delivered."""
    from gateway.calendar import default_calendar
    from gateway.delivery.outbox import NoRecipient
    from gateway.delivery.senders import send_additional_request
    from gateway.runtime.statuslog import record
    from gateway.store import repo

    board = _board(request)
    case_id = request.path_params["case_id"]
    text = form.get("request", "").strip()
    if not text:
        return board.render("error.html", user, 400, message="Напишите текст запроса.")
    answer_due = default_calendar().add_working_days(board.today(), 5)
    with board.engine.begin() as conn:
        case = repo.get_case(conn, case_id, for_update=True)
        if case is None:
            return board.render("error.html", user, 404, message=f"Нет дела {case_id}.")
        try:
            outbox_id = send_additional_request(conn, board.cfg, case, text, answer_due)
        except (NoRecipient, LookupError) as exc:
            return board.render("error.html", user, 409, message=f"Запрос не отправлен: {exc}")
        record(conn, board.cfg, kind="operator_additional_request", case_id=case_id,
               paragraph="10", outbox_id=outbox_id, data={"by": user["name"]},
               summary=f"Оператор {user['name']} направил дополнительный запрос "
                       f"(исходящее #{outbox_id}), ответ до {answer_due:%d.%m.%Y}")
    return _back(f"/cases/{case_id}", f"Дополнительный запрос поставлен в очередь "
                 f"(#{outbox_id}), ответ до {answer_due:%d.%m.%Y}.")


def explain(request: Request, user: User, form: Form) -> Response:
    """p.16: each discrepancy's explanation (a paragraph of the form) sent at once to the
    quality-control authority and the task closed (as `gateway report explain`)."""

    from gateway.records.manual import ManualRefused, explain_discrepancy, explanation_items

    board = _board(request)
    task_id = int(request.path_params["task_id"])
    items = explanation_items(form.get("explanations", ""))
    if not items:
        return board.render("error.html", user, 400, message="Напишите пояснение: по одному "
                            "на каждый случай расхождения, через пустую строку.")
    try:
        with board.engine.begin() as conn:
            outbox_id, _ = explain_discrepancy(
                conn, board.cfg, task_id, items, form.get("month", "").strip(), board.today(),
                form.get("agency", "").strip() or None, by=user["name"])
    except ManualRefused as refused:
        on = refused.facts.get("on")
        status, message = {
            "no_task": (404, f"Нет задачи #{task_id}."),
            "not_discrepancy": (409, f"Задача #{task_id} не о расхождении (п.16)."),
            "explained": (409, f"По задаче #{task_id} пояснение уже направлено"
                               + (f" {on:%d.%m.%Y}." if on else ".")),
            "no_agency": (400, "Укажите орган, чьи данные расходятся (код из справочника)."),
            "not_sent": (409, f"Пояснение не отправлено: {refused.facts.get('why')}"),
        }[refused.code]
        return board.render("error.html", user, status, message=message)
    return _back("/tasks", f"Пояснение поставлено в очередь (#{outbox_id}); задача "
                 f"#{task_id} выполнена.")


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
    return RedirectResponse(back if back.startswith("/") and not back.startswith("//") else "/",
                            status_code=303)


ROUTES: list[tuple[str, Handler, list[str]]] = [
    ("/quarantine/{inbound_id:int}/release", release, ["POST"]),
    ("/quarantine/{inbound_id:int}/reject", reject, ["POST"]),
    ("/outbox/{outbox_id:int}/retry", retry, ["POST"]),
    ("/cases/{case_id}/questions", questions, ["POST"]),
    ("/cases/{case_id}/protocol", protocol, ["POST"]),
    ("/cases/{case_id}/ask", ask, ["POST"]),
    ("/tasks/{task_id:int}/explain", explain, ["POST"]),
    ("/logout", logout, ["POST"]),
    ("/language", language, ["POST"]),
]
