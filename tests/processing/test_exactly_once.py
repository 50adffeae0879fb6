"""One message, several cases; a crash inside the transaction; two workers on one queue:
every message applied once, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select, update

import gateway.processing.worker as processing
from gateway.intake.inbound import commit_inbound
from gateway.processing.worker import process_pending
from gateway.store import repo
from gateway.store.schema import events, inbound
from tests.parsers.makers import RU, docx_bytes
from tests.processing.conftest import dkim_pass, letter
from tests.processing.test_processing import CASE, FORM_ROW

OTHER = "00301142-minjust"
ROW_2 = ["2", "00301142", "Государственная регистрация заключения брака", "Стандарт № 220",
         "Регламент № 301", "—", "www.minjust.gov.kz",
         "Ахметов Ерлан Серикович, ведущий специалист, e-mail: e.akhmetov@minjust.gov.kz"]
UNKNOWN = ["3", "09999999", "Несуществующая услуга", "Стандарт № 1", "Регламент № 1", "—",
           "www.minjust.gov.kz", "Ахметов Ерлан Серикович, специалист"]


def form(rows, key, msgid="<f1@minjust.gov.kz>"):
    return letter("kanc@minjust.gov.kz", "Сведения по форме приложения 1", "См. вложение.",
                  auth=dkim_pass("minjust.gov.kz"), msgid=msgid,
                  attachments=[("form.docx", docx_bytes([[RU, *rows]]))])


def cases(engine, *ids):
    with engine.connect() as conn:
        return [repo.get_case(conn, i) for i in ids]


def processed_events(engine, iid):
    with engine.connect() as conn:
        return conn.execute(select(events.c.summary).where(events.c.inbound_id == iid)
                            .where(events.c.kind == "message_processed")).scalars().all()


def test_a_form_with_several_services_reaches_each_case(gw):
    cfg, engine = gw
    iid = commit_inbound(engine, origin_key="smtp:s", source="smtp",
                         raw=form([FORM_ROW, ROW_2, UNKNOWN], "s"))[0]
    stats = process_pending(engine, cfg)
    assert stats.cases == {CASE, OTHER}
    first, second = cases(engine, CASE, OTHER)
    assert first.state == second.state == "info_received"
    assert first.info_versions[0].info.standard == "Стандарт № 219"
    assert second.info_versions[0].info.standard == "Стандарт № 220"
    [summary] = processed_events(engine, iid)
    assert "09999999" in summary  # the row that matched nothing is reported, not dropped


def test_a_crash_before_the_commit_changes_nothing_and_the_retry_applies_once(gw, monkeypatch):
    cfg, engine = gw
    iid = commit_inbound(engine, origin_key="smtp:c", source="smtp",
                         raw=form([FORM_ROW], "c"))[0]
    real_done = processing._done

    def crash(*a, **k):
        raise OSError("the machine lost power")

    monkeypatch.setattr(processing, "_done", crash)
    assert process_pending(engine, cfg).retried == 1
    [case] = cases(engine, CASE)
    assert case.state == "registered" and not case.info_versions  # rolled back whole
    with engine.connect() as conn:
        row = conn.execute(select(inbound).where(inbound.c.id == iid)).one()
    assert row.status == "pending" and row.attempts == 1 and "lost power" in row.last_error

    monkeypatch.setattr(processing, "_done", real_done)
    assert process_pending(engine, cfg).processed == 0  # retried later, not in the same breath
    with engine.begin() as conn:  # ... the backoff has passed
        conn.execute(update(inbound).where(inbound.c.id == iid).values(claimed_until=None))
    assert process_pending(engine, cfg).done == 1
    [case] = cases(engine, CASE)
    assert case.state == "info_received" and len(case.info_versions) == 1
    assert len(processed_events(engine, iid)) == 1


def test_two_workers_share_the_queue_and_apply_each_message_once(gw):
    cfg, engine = gw
    n = 24
    raws = [letter("kanc@minjust.gov.kz", f"[EKC-{CASE}] Письмо {i}", f"Сведения № {i}.",
                   msgid=f"<w{i}@minjust.gov.kz>") for i in range(n)]
    ids = [commit_inbound(engine, origin_key=f"smtp:w{i}", source="smtp", raw=raw)[0]
           for i, raw in enumerate(raws)]
    results: dict[str, int] = {}
    errors: list[BaseException] = []

    def work(name: str) -> None:
        try:
            results[name] = process_pending(engine, cfg, instance=name).done
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(f"w{k}",)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sum(results.values()) == n
    with engine.connect() as conn:
        per = dict(conn.execute(select(events.c.inbound_id, func.count())
                                .where(events.c.kind == "message_processed")
                                .group_by(events.c.inbound_id)).all())
        statuses = set(conn.execute(select(inbound.c.status)
                                    .where(inbound.c.id.in_(ids))).scalars())
    assert per == dict.fromkeys(ids, 1) and statuses == {"done"}


@pytest.mark.parametrize("limit", [1, 5])
def test_limit_hands_the_rest_back(gw, limit):
    cfg, engine = gw
    for i in range(7):
        commit_inbound(engine, origin_key=f"smtp:l{i}", source="smtp",
                       raw=letter("kanc@minjust.gov.kz", f"[EKC-{CASE}] {i}", "Сведения.",
                                  msgid=f"<l{i}@minjust.gov.kz>"))
    assert process_pending(engine, cfg, instance="a", limit=limit).processed == limit
    # the rows claimed but not reached are free at once for another instance
    assert process_pending(engine, cfg, instance="b").processed == 7 - limit
