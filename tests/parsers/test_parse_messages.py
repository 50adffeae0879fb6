"""Several e-mails read in one pool job (parsers.api.parse_messages, a batch of the processing
loop): the same results as one parse_message each; a message refused by the header caps keeps
its own refusal; and a batch job that fails is redone one message at a time."""

from __future__ import annotations

import pytest

import parsers.api as api
from parsers.api import parse_message, parse_messages
from parsers.registry import DocumentRejected
from tests.parsers.makers import ROW, RU, docx_bytes
from tests.parsers.messages.builders import with_attachment

FORM = docx_bytes([[RU, [str(i) for i in range(1, 9)], ROW]])
MAILS = [
    (b"From: kanc@minjust.gov.kz\r\nTo: ekc@example.kz\r\nSubject: =?utf-8?b?"
     b"0J7RgtCy0LXRgg==?=\r\nMessage-ID: <a@m>\r\nContent-Type: text/plain; charset=utf-8\r\n"
     b"\r\n" + "Сообщаем, что ответственным назначен Ахметов Е.С.".encode() + b"\r\n", "one"),
    (with_attachment("form.docx", FORM), "two"),
    (b"From: a@b.kz\r\n" * 501 + b"\r\nbody\r\n", "three"),  # over the header fields cap
]


def _shape(result):  # type: ignore[no-untyped-def]
    data = result.contract_json()
    info = result.message.model_dump() if result.message is not None else None
    return data["documents"], [(e["part"], e["code"]) for e in data["errors"]], info


def test_a_batch_reads_as_each_message_alone() -> None:
    together = parse_messages(MAILS)
    alone = [parse_message(raw, name) for raw, name in MAILS]
    assert [_shape(r) for r in together] == [_shape(r) for r in alone]
    assert [r.source for r in together] == ["one", "two", "three"]
    assert together[1].documents and together[2].errors and not together[2].documents


def test_a_failed_batch_job_is_redone_one_message_at_a_time(
        monkeypatch: pytest.MonkeyPatch) -> None:
    real, jobs = api.in_worker, []

    def batch_fails(fn, *args, **kw):  # type: ignore[no-untyped-def]
        jobs.append(fn.__name__)
        if fn is api._parse_many:
            raise DocumentRejected("too_slow", "the batch overran")
        return real(fn, *args, **kw)

    monkeypatch.setattr(api, "in_worker", batch_fails)
    results = parse_messages(MAILS)
    assert jobs == ["_parse_many", "_parse_here", "_parse_here"]  # the capped one: no job
    assert [_shape(r) for r in results] == [_shape(parse_message(raw, name))
                                            for raw, name in MAILS]
