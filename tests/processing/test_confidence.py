"""A document the parser is unsure of is not applied on its own: below the configured
`parse_confidence_threshold` the message waits in quarantine with one Russian line saying why.
A document that lacks what its kind requires (a refusal without its reason) waits however low
the threshold is set: no confidence stands in for the missing evidence."""

from __future__ import annotations

from gateway.processing.worker import process_pending
from tests.processing.conftest import dkim_pass, letter
from tests.processing.test_processing import CASE, ingest, status_of

# a refusal that names no reason: "не представляется возможным" and nothing after it
NO_REASON = ("Сообщаем, что предоставить запрашиваемую информацию по государственной услуге "
             "№ 00301138 не представляется возможным.")
WITH_REASON = ("Сообщаем, что предоставить запрашиваемую информацию по государственной услуге "
               "№ 00301138 не представляется возможным, так как сведения составляют "
               "коммерческую тайну.")


def _run(gw, body, key, threshold=None):
    cfg, engine = gw
    if threshold is not None:
        cfg = cfg.model_copy(update={"parse_confidence_threshold": threshold})
    raw = letter("kanc@minjust.gov.kz", f"[EKC-{CASE}] Ответ", body,
                 auth=dkim_pass("minjust.gov.kz"), msgid=f"<{key}@minjust.gov.kz>")
    iid = ingest(engine, raw, key)
    process_pending(engine, cfg)
    return status_of(engine, iid)


def test_a_refusal_without_its_reason_waits_for_an_operator(gw):
    row = _run(gw, NO_REASON, "smtp:c1")
    assert row.status == "quarantined", row
    assert row.quarantine_reason == "body: письмо похоже на отказ, но причина не найдена"


def test_a_refusal_without_its_reason_waits_whatever_the_threshold(gw):
    row = _run(gw, NO_REASON, "smtp:c2", threshold=0.0)
    assert row.status == "quarantined", row
    assert row.quarantine_reason == "body: письмо похоже на отказ, но причина не найдена"


def test_a_document_below_the_threshold_waits_and_is_applied_when_it_allows(gw):
    row = _run(gw, WITH_REASON, "smtp:c4", threshold=0.999)
    assert row.status == "quarantined", row
    assert "ниже порога" in row.quarantine_reason, row
    assert _run(gw, WITH_REASON.replace("тайну", "тайну."), "smtp:c5", threshold=0.0
                ).status == "done"


def test_a_refusal_with_its_reason_is_applied_at_the_default_threshold(gw):
    row = _run(gw, WITH_REASON, "smtp:c3")
    assert row.status == "done", row
