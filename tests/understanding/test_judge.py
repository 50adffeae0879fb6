"""The seam: a document moves its case only when the case expects it and it is sure enough
(issue #21 p.1-2), as a table of (kind, the case's state, what the judge does)."""

from __future__ import annotations

import pytest

from understanding.expectation import Expectation
from understanding.judge import judge

TABLE = [
    ("training_protocol", "info_received", False, True),
    ("training_protocol", "consulting", False, False),  # minutes taken for one: never
    ("training_protocol", "requested", False, False),
    ("change_notice", "appointed", False, False),  # nothing to change yet
    ("change_notice", "consulting", False, True),
    ("refusal", "requested", False, True),
    ("refusal", "consulting", False, False),
    ("refusal", "consulting", True, True),  # an open p.10 request may be refused
    ("responsible_change", "consulting", False, True),
    ("appendix1_form", "appointed", False, True),
]


@pytest.mark.parametrize(("kind", "state", "additional", "applied"), TABLE)
def test_what_each_state_takes(kind: str, state: str, additional: bool, applied: bool) -> None:
    exp = Expectation("00301138-minjust", state, additional_request_open=additional,
                      answers="request")
    verdict = judge(kind, 0.9, "body", exp, 0.6)
    assert verdict.apply is applied, verdict.reason
    if not applied:
        assert "не ждёт" in verdict.reason and "00301138-minjust" in verdict.reason


def test_context_is_evidence_against_a_stranger_only() -> None:
    # a document that reached its case by the sender's agency alone is less sure; one in our
    # thread is as sure as the calibration says, no surer (non-replies come in threads too)
    threaded = Expectation("c", "info_received", answers="request")
    stranger = Expectation("c", "info_received")
    assert not judge("training_protocol", 0.58, "b", threaded, 0.6).apply
    assert judge("training_protocol", 0.62, "b", threaded, 0.6).apply
    assert not judge("training_protocol", 0.62, "b", stranger, 0.6).apply


def test_a_missing_field_is_said_when_the_document_is_not_sure_enough() -> None:
    exp = Expectation("c", "requested")
    verdict = judge("refusal", 0.3, "body", exp, 0.6, missing="причина не найдена")
    assert not verdict.apply and verdict.reason.endswith("причина не найдена")


def test_a_form_of_another_service_in_the_cases_thread_is_held() -> None:
    exp = Expectation(case_id="00605021-pavlodar", state="appointed", answers="request",
                      names_other="00605040")
    verdict = judge("appendix1_form", 0.98, "forma_2025.docx", exp, 0.6)
    assert not verdict.apply and "00605040" in verdict.reason
    # a letter about the person is the agency's, whichever service it names
    assert judge("responsible_change", 0.98, "body", exp, 0.6).apply
