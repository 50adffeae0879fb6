"""The end-to-end corpus harness (benchmarks/bench_corpus_e2e.py) on three inputs of our own.

Why: the harness's figures are only worth something if its verdicts are; so a genuine form
(.docx, e-document folder) and a responsible_change letter (.eml over SMTP as trusted mail) must
never be judged "applied wrong", a decoy must not change a case, and — so the test can fail — the
same outcomes judged against a deliberately wrong key must come out "applied wrong".  The inputs
and their keys are in tests/fixtures/e2e/ (rebuilt by its make.py).
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from benchmarks.bench_corpus_e2e import measure, run_input, sidecars
from benchmarks.e2e_deploy import EARLIER, Context, Outcome
from benchmarks.e2e_judge import judge, quarantine_class
from gateway.domain import Case, ResponsiblePerson

FIX = Path(__file__).resolve().parent / "fixtures" / "e2e"
FORM, LETTER, DECOY = "form-reply.docx", "responsible-change.eml", "decoy-seminar.eml"


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", [FORM, LETTER])
def test_a_genuine_reply_is_never_applied_wrong(name: str, tmp_path: Path) -> None:
    result = measure(FIX / name, keep=None)
    assert result.verdict in ("right", "not_applied"), result
    assert result.is_reply


@pytest.mark.timeout(120)
def test_a_decoy_changes_no_case() -> None:
    result = measure(FIX / DECOY)
    assert not result.is_reply
    assert result.verdict == "clear", result


@pytest.mark.timeout(120)
def test_a_wrong_key_is_judged_applied_wrong(tmp_path: Path) -> None:
    key, ctx_data = sidecars(FIX / LETTER) or ({}, {})
    ctx, out, _ = run_input(FIX / LETTER, ctx_data, tmp_path / "gw")
    if judge(key, ctx, out).verdict != "right":
        pytest.skip("the letter was not applied; the wrong-key check needs it applied")
    wrong = copy.deepcopy(key)
    wrong["documents"][0]["responsible"]["full_name"] = "Другой Человек Иванович"
    assert judge(wrong, ctx, out).verdict == "wrong"
    as_protocol = copy.deepcopy(key)
    as_protocol["documents"][0].update(kind="training_protocol", protocol_date="2026-12-01")
    assert judge(as_protocol, ctx, out).verdict == "wrong"


def _outcome(before: Case, after: Case, kinds: list[str]) -> Outcome:
    lines = [{"kind": k, "case_id": after.id, "summary": "", "inbound_id": 1, "data": {}}
             for k in kinds]
    return Outcome([{"id": 1, "status": "done", "quarantine_reason": None,
                     "last_error": None}], lines, {after.id: before}, {after.id: after}, [], {},
                   {after.registry_number: after.id})


def test_the_judge_alone_tells_right_from_wrong() -> None:
    """Without the gateway: a case whose person became Оспанов is right for a key naming
    Оспанов, wrong for one naming another, and the same move is an applied decoy."""
    ctx = Context.read({"agency": {"email": "kanc@a.gov.kz"}, "awaiting": "information",
                        "services": [{"registry_number": "00000001", "name": "x"}],
                        "is_reply": True})
    before = Case(id="00000001-a", registry_number="00000001", agency_id="a",
                  registered_on=dt.date(2026, 12, 7), responsible=EARLIER)
    after = before.model_copy(update={"responsible": ResponsiblePerson(
        full_name="Оспанов  Нурлан Кайратович.")})
    out = _outcome(before, after, ["responsible_replaced"])

    def key(name: str) -> dict[str, Any]:
        return {"documents": [{"kind": "responsible_change", "responsible": {"full_name": name}}]}

    assert judge(key("оспанов нурлан кайратович"), ctx, out).verdict == "right"
    assert judge(key("Иванов Иван Иванович"), ctx, out).verdict == "wrong"
    ctx.is_reply = False
    assert judge(key("x"), ctx, out).verdict == "applied"
    assert judge(key("x"), ctx, _outcome(before, before, [])).verdict == "clear"


def test_quarantine_reasons_are_counted_without_their_particulars() -> None:
    a = quarantine_class("form.docx: письмо похоже на отказ, но прочитано неуверенно "
                         "(уверенность 0.41 ниже порога 0.60)")
    b = quarantine_class("body: письмо похоже на отказ, но прочитано неуверенно "
                         "(уверенность 0.12 ниже порога 0.60); x.pdf: другое")
    assert a == b == "письмо похоже на отказ, но прочитано неуверенно"
