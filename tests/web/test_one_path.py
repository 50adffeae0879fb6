"""One action, one code path: each operator action run through the CLI on one copy of the
store and through the board on another leaves the two stores the same (letters, outbox,
cases, status log), and what one refuses the other refuses, changing nothing — the board once
queued p.8 questions on a case whose training was done, which the CLI refused."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from gateway.cli import app
from gateway.cli.context import state
from tests.web.conftest import CASE, OLD_CASE, Site, copy_site, log_in

SIGNED = "2026-11-20"


def fingerprint(site: Site) -> dict[str, Any]:
    """What an action may change, without what differs by the moment it ran."""
    from gateway.store.schema import cases, events, inbound, outbox, tasks

    def plain(event: dict[str, Any]) -> dict[str, Any]:  # a Message-ID is unique by design
        return event | {"data": {k: v for k, v in (event["data"] or {}).items()
                                 if k not in ("message_id", "answers")}}

    with site.engine.connect() as conn:
        return {
            "inbound": [dict(r) for r in conn.execute(select(
                inbound.c.id, inbound.c.status, inbound.c.case_id, inbound.c.quarantine_reason,
                inbound.c.attempts, inbound.c.assignee).order_by(inbound.c.id)).mappings()],
            "outbox": [dict(r) for r in conn.execute(select(
                outbox.c.id, outbox.c.kind, outbox.c.case_id, outbox.c.agency_id,
                outbox.c.outgoing_number, outbox.c.status, outbox.c.recipients,
                outbox.c.attempts).order_by(outbox.c.id)).mappings()],
            "cases": [dict(r) for r in conn.execute(select(
                cases.c.id, cases.c.state, cases.c.next_due, cases.c.data)
                .order_by(cases.c.id)).mappings()],
            "tasks": [dict(r) for r in conn.execute(select(
                tasks.c.id, tasks.c.kind, tasks.c.agency_id, tasks.c.done_on)
                .order_by(tasks.c.id)).mappings()],
            "events": [plain(dict(r)) for r in conn.execute(select(
                events.c.kind, events.c.case_id, events.c.paragraph, events.c.summary,
                events.c.inbound_id, events.c.outbox_id, events.c.data)
                .where(events.c.kind != "operator_login")  # the board's own session
                .order_by(events.c.id)).mappings()],
        }


@pytest.fixture
def pair(sqlite_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The same store twice: one for `gateway …`, one for the board (both judging "today" by
    the clock, as each does when not told otherwise)."""
    from starlette.testclient import TestClient

    from gateway.web.app import build_app

    by_cli = copy_site(sqlite_site, tmp_path / "cli")
    by_board = copy_site(sqlite_site, tmp_path / "board")

    def cli(*args: str) -> int:
        monkeypatch.setattr(state, "_config", None)
        result = CliRunner().invoke(app, ["--config", str(by_cli.toml), *args])
        return int(result.exit_code)

    client = TestClient(build_app(by_board.cfg, by_board.engine, watch_seconds=0),
                        base_url="http://127.0.0.1:8080", follow_redirects=False)
    with client:
        token = log_in(client)

        said: list[str] = []

        def board(path: str, **form: str) -> int:
            r = client.post(path, data={"csrf": token, **form})
            said.append(r.text)
            return int(r.status_code)

        board.said = said  # type: ignore[attr-defined]

        yield by_cli, cli, by_board, board
    by_cli.engine.dispose()
    by_board.engine.dispose()


def discrepancy(site: Site, kind: str = "discrepancy") -> int:
    """A p.16 (or p.15) task as the authority's notice opens it."""
    from sqlalchemy import insert

    from gateway.store.schema import tasks

    with site.engine.begin() as conn:
        return int(conn.execute(insert(tasks).values(
            kind=kind, paragraph="16" if kind == "discrepancy" else "15",
            opened_on=dt.date(2026, 11, 24),
            due=dt.date(2026, 11, 24), summary="Расхождение отчётной информации", data={})
        ).inserted_primary_key[0])


def _text(tmp_path: Path, text: str) -> str:
    path = tmp_path / f"text-{abs(hash(text))}.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


Step = tuple[Callable[..., int], Callable[..., int]]


def _asked(site: Site) -> str:
    """The outgoing number of the case's additional request."""
    from gateway.store.schema import outbox

    with site.engine.connect() as conn:
        return str(conn.execute(select(outbox.c.outgoing_number)
                                .where(outbox.c.case_id == OLD_CASE)
                                .where(outbox.c.kind == "additional_request")).scalar_one())


def test_every_action_changes_the_store_the_same_through_both(pair, tmp_path):
    by_cli, cli, by_board, board = pair
    letter = by_cli.quarantined
    assert letter == by_board.quarantined
    questions = "Как подать заявление через портал?"
    explanation = "Обращение учтено дважды.\n\nОбращение поступило 31 числа."
    task = [discrepancy(site) for site in (by_cli, by_board)][0]
    training = [discrepancy(site, "training_request") for site in (by_cli, by_board)][0]
    steps: list[tuple[str, Callable[[], int], Callable[[], int], bool]] = [
        # (what, through the CLI, through the board, accepted?)
        ("reject without a reason",
         lambda: cli("quarantine", "reject", str(letter), "--reason", " ", "--by", "anna"),
         lambda: board(f"/quarantine/{letter}/reject", reason=" "), False),
        ("release to a case that does not exist",
         lambda: cli("quarantine", "release", str(letter), "--case", "nope", "--by", "anna"),
         lambda: board(f"/quarantine/{letter}/release", case="nope"), False),
        ("release to a case",
         lambda: cli("quarantine", "release", str(letter), "--case", CASE, "--reason",
                     "подтвердили по телефону", "--by", "anna"),
         lambda: board(f"/quarantine/{letter}/release", case=CASE,
                       reason="подтвердили по телефону"), True),
        ("release again",
         lambda: cli("quarantine", "release", str(letter), "--by", "anna"),
         lambda: board(f"/quarantine/{letter}/release"), False),
        ("retry a letter",
         lambda: cli("outbox", "retry", "1", "--by", "anna"),
         lambda: board("/outbox/1/retry"), True),
        ("retry a letter that does not exist",
         lambda: cli("outbox", "retry", "999", "--by", "anna"),
         lambda: board("/outbox/999/retry"), False),
        ("questions before the training",
         lambda: cli("questions", "send", OLD_CASE, _text(tmp_path, questions), "--by", "anna"),
         lambda: board(f"/cases/{OLD_CASE}/questions", questions=questions), True),
        ("questions to a case that does not exist",
         lambda: cli("questions", "send", "nope", _text(tmp_path, questions), "--by", "anna"),
         lambda: board("/cases/nope/questions", questions=questions), False),
        ("the protocol signed",
         lambda: cli("case", "protocol", OLD_CASE, "--date", SIGNED, "--by", "anna"),
         lambda: board(f"/cases/{OLD_CASE}/protocol", date=SIGNED), True),
        ("the protocol again",
         lambda: cli("case", "protocol", OLD_CASE, "--date", SIGNED, "--by", "anna"),
         lambda: board(f"/cases/{OLD_CASE}/protocol", date=SIGNED), False),
        ("questions after the training (p.8 is over)",
         lambda: cli("questions", "send", OLD_CASE, _text(tmp_path, questions), "--by", "anna"),
         lambda: board(f"/cases/{OLD_CASE}/questions", questions=questions), False),
        ("an explanation of a discrepancy (p.16)",
         lambda: cli("report", "explain", str(task), _text(tmp_path, explanation), "--agency",
                     "minjust", "--month", "2026-10", "--by", "anna"),
         lambda: board(f"/tasks/{task}/explain", explanations=explanation, agency="minjust",
                       month="2026-10"), True),
        ("the same discrepancy again",
         lambda: cli("report", "explain", str(task), _text(tmp_path, explanation), "--by",
                     "anna"),
         lambda: board(f"/tasks/{task}/explain", explanations=explanation), False),
        ("a discrepancy is not done by hand",
         lambda: cli("task", "done", str(task), "--by", "anna"),
         lambda: board(f"/tasks/{task}/done"), False),
        ("the authority's training held (p.15)",
         lambda: cli("task", "done", str(training), "--date", "2026-11-24", "--by", "anna"),
         lambda: board(f"/tasks/{training}/done", date="2026-11-24"), True),
        ("the training held again",
         lambda: cli("task", "done", str(training), "--by", "anna"),
         lambda: board(f"/tasks/{training}/done"), False),
        ("an additional request (p.10)",
         lambda: cli("case", "ask", OLD_CASE, _text(tmp_path, "Уточните срок."), "--by",
                     "anna"),
         lambda: board(f"/cases/{OLD_CASE}/ask", request="Уточните срок."), True),
        ("an answer to a request the case never sent",
         lambda: cli("case", "answer", OLD_CASE, "--to", "ЕКЦ-1999/1", "--by", "anna"),
         lambda: board(f"/cases/{OLD_CASE}/answer", to="ЕКЦ-1999/1"), False),
        ("the answer to our additional request, come some other way (p.10)",
         lambda: cli("case", "answer", OLD_CASE, "--to", _asked(by_cli), "--by", "anna"),
         lambda: board(f"/cases/{OLD_CASE}/answer", to=_asked(by_board)), True),
    ]
    for what, through_cli, through_board, accepted in steps:
        before = fingerprint(by_cli)
        code, status = through_cli(), through_board()
        if accepted:
            assert code == 0 and status == 303, f"{what}: CLI {code}, board {status}"
            assert fingerprint(by_cli) != before, f"{what}: nothing changed"
        else:
            assert code != 0 and 400 <= status < 500, f"{what}: CLI {code}, board {status}"
            assert fingerprint(by_cli) == before, f"{what}: a refusal changed the store"
        a, b = fingerprint(by_cli), fingerprint(by_board)
        for key in a:
            diff = [(x, y) for x, y in zip(a[key], b[key], strict=False) if x != y]
            assert len(a[key]) == len(b[key]) and not diff, f"{what}: {key} differ: {diff[:2]}"
    kinds = [e["kind"] for e in fingerprint(by_board)["events"]]
    for kind in ("operator_release", "operator_retry", "operator_questions",
                 "protocol_recorded", "operator_additional_request", "discrepancy_explained",
                 "task_done", "answer_recorded"):
        assert kind in kinds


def test_bulk_actions_are_the_single_action_repeated(pair):
    """A selection released with one reason ends as each released alone does."""
    by_cli, cli, by_board, board = pair
    letter = by_cli.quarantined
    assert cli("quarantine", "release", str(letter), "--reason", "сверено", "--by", "anna") == 0
    assert board("/quarantine/bulk", action="release", reason="сверено", id=str(letter)) == 303
    assert fingerprint(by_cli) == fingerprint(by_board)
    assert cli("outbox", "retry", "2", "--by", "anna") == 0
    assert cli("outbox", "retry", "3", "--by", "anna") == 0
    assert board("/outbox/bulk", ids="", id="2") == 303  # the guard joins the ticked boxes
    assert board("/outbox/3/retry") == 303
    assert fingerprint(by_cli) == fingerprint(by_board)


def test_a_refusal_is_worded_in_the_operators_language(pair):
    """The CLI says it in English, the board in Russian or Kazakh, from the same code."""
    from gateway.web import operators

    by_cli, cli, by_board, board = pair
    assert cli("case", "protocol", OLD_CASE, "--date", SIGNED, "--by", "anna") == 0
    assert board(f"/cases/{OLD_CASE}/protocol", date=SIGNED) == 303
    operators.set_language(by_board.engine, "anna", "kk")
    # the board's words for "training done" in Kazakh: the same refusal the CLI gives
    result = CliRunner().invoke(app, ["--config", str(by_cli.toml), "questions", "send",
                                      OLD_CASE, __file__, "--by", "anna"])
    said = result.output + str(result.exception or "")
    assert result.exit_code != 0 and "training" in said and "2026-11-20" in said
    status = board(f"/cases/{OLD_CASE}/questions", questions="?")
    assert status == 409
    page = board.said[-1]
    assert "оқыту өтті" in page and "20.11.2026" in page and "training" not in page
