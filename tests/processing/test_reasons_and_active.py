"""What an operator reads about a message: a quarantine reason is one line however many causes
(a nested archive bomb gave 36,787 characters), and active content in a document is told
where the operator looks -- the quarantine, or the status log of the case."""

from __future__ import annotations

import io
import zipfile

from sqlalchemy import select

from gateway.intake.inbound import commit_inbound
from gateway.processing.reasons import MAX_REASON, first_and_count, one_line
from gateway.processing.worker import process_pending
from gateway.store.schema import events, inbound
from tests.parsers.formats import active_samples
from tests.processing.conftest import dkim_pass, letter
from tests.processing.test_quarantine_cli import cli  # noqa: F401 - the fixture


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members:
            zf.writestr(name, data)
    return out.getvalue()


def nested_bomb() -> bytes:
    level = _zip([(f"f{i}.docx", b"not a document") for i in range(3)])
    for depth in range(6):
        level = _zip([(f"n{depth}_{i}.zip", level) for i in range(4)])
    return level


def test_one_line_and_first_and_count():
    assert one_line("a\n  b\r\nc") == "a b c"
    assert len(one_line("x" * 10_000)) == MAX_REASON and one_line("x" * 10_000).endswith("…")
    assert first_and_count(["первая", "вторая", "третья"]) == "первая (и ещё причин: 2)"
    assert first_and_count(["одна"]) == "одна" and first_and_count([]) == ""


def test_a_nested_archive_bomb_is_one_line_with_a_count(gw, cli):  # noqa: F811
    cfg, engine = gw
    raw = letter("kanc@minjust.gov.kz", "[EKC-00301138-minjust] Документы", "Направляем.",
                 auth=dkim_pass("minjust.gov.kz"), attachments=[("docs.zip", nested_bomb())])
    iid = commit_inbound(engine, origin_key="smtp:bomb", source="smtp", raw=raw)[0]
    process_pending(engine, cfg)
    with engine.connect() as conn:
        status, reason = conn.execute(select(inbound.c.status, inbound.c.quarantine_reason)
                                      .where(inbound.c.id == iid)).one()
    assert status == "quarantined"
    assert "\n" not in reason and len(reason) <= MAX_REASON
    assert "too_deeply_nested" in reason or "nested more than" in reason
    assert "и ещё причин: 63" in reason
    shown = cli("quarantine", "show", str(iid)).output  # every error is still there in full
    assert shown.count("cannot read (too_deeply_nested)") == 64


TOLD = "активное содержимое не выполнялось и не загружалось — «letter.docx»: макросы"


def _active(gw, sender: str, key: str) -> tuple[int, str, str | None, list[str]]:
    cfg, engine = gw
    raw = letter(sender, "[EKC-00301138-minjust] Письмо", "Направляем письмо.",
                 auth=dkim_pass(sender.split("@")[1]), msgid=f"<{key}@x.kz>",
                 attachments=[("letter.docx", active_samples.docx_active("http://127.0.0.1:9"))])
    iid = commit_inbound(engine, origin_key=f"smtp:{key}", source="smtp", raw=raw)[0]
    process_pending(engine, cfg)
    with engine.connect() as conn:
        status, reason = conn.execute(select(inbound.c.status, inbound.c.quarantine_reason)
                                      .where(inbound.c.id == iid)).one()
        said = [s for s, in conn.execute(select(events.c.summary)
                                         .where(events.c.inbound_id == iid))]
    return iid, status, reason, said


def test_active_content_applied_is_in_the_case_status_log(gw):
    _, status, _, said = _active(gw, "kanc@minjust.gov.kz", "a1")
    assert status == "done"
    assert any(TOLD in s for s in said), said


def test_active_content_held_back_is_in_the_quarantine(gw, cli):  # noqa: F811
    iid, status, reason, _ = _active(gw, "someone@unknown.example", "a2")
    assert status == "quarantined"
    assert TOLD in reason and "\n" not in reason
    shown = cli("quarantine", "show", str(iid)).output
    assert "active content, neither run nor fetched: макросы" in shown
    assert "внешний шаблон документа" in shown
