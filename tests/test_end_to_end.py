"""End to end, as the demo plays it, against real servers: the agencies' replies arrive by IMAP
(Dovecot), everything the gateway sends goes to a real SMTP server (aiosmtpd).  Every case's
state and every message sent are checked: attachments, addresses, deadlines."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from collections import Counter
from zoneinfo import ZoneInfo

from sqlalchemy import select

from gateway.calendar import default_calendar, local_today
from gateway.cli.demo import Demo, setup
from gateway.config import Imap
from gateway.runtime.statuslog import utc
from gateway.store import repo
from gateway.store.schema import events, inbound, outbox


def test_the_whole_correspondence(dovecot, smtp_server, tmp_path, monkeypatch):
    sink = smtp_server()
    monkeypatch.setenv("EKC_E2E_IMAP_PW", dovecot.password)
    # in the past: Dovecot keeps the INTERNALDATE we give on APPEND only if it is not ahead
    start = default_calendar().next_working_day(local_today() - dt.timedelta(days=70))
    cfg, engine = setup(tmp_path / "play", start, sink.port)
    cfg.imap = [Imap(name="agencies", host="127.0.0.1", port=dovecot.port,
                     username=dovecot.user, password_env="EKC_E2E_IMAP_PW", idle=False)]
    play = Demo(cfg, engine, start,
                deliver=lambda raw, when: dovecot.append(raw, msg_time=when))
    play.run(days=40)

    with engine.connect() as conn:
        cases = {c.id: c for c in repo.list_cases(conn)}
        sent_rows = [dict(r) for r in conn.execute(select(outbox)).mappings()]
        arrived = [dict(r) for r in conn.execute(select(inbound)).mappings()]
    # every reply came in through IMAP and was processed
    assert len(arrived) == play.received == 9
    assert {r["source"] for r in arrived} == {"imap"} and {r["status"] for r in arrived} == {"done"}
    # the cases, where the script took them
    assert cases["00301138-minjust"].state == "consulting"
    assert cases["00301142-minjust"].state == "info_received"
    assert cases["00402674-mcs"].state == "info_received"
    assert cases["00405233-krg-temirtau"].responsible.full_name == "Нурланов Марат Ерланович"
    assert cases["00406369-krg"].state == "requested"  # silent all along
    mcs = cases["00402674-mcs"]
    assert mcs.deadline("appointment").done_on > mcs.deadline("appointment").due  # late
    assert cases["00701003-dsm"].deadline("escalation").done_on is not None

    # what went out: each outbox row once, under its own Message-ID
    delivered = [email.message_from_bytes(raw, policy=email.policy.default)
                 for _, raw in sink.messages]
    assert sorted(str(m["Message-ID"]) for m in delivered) == \
        sorted(r["message_id"] for r in sent_rows)
    assert all(r["status"] == "sent" for r in sent_rows)
    kinds = Counter(r["kind"] for r in sent_rows)
    assert kinds["request"] == 8 and kinds["escalation"] == 1 and kinds["questions"] == 1
    assert kinds["report"] >= 2 and kinds["reminder"] >= 1
    # reminders on the schedule: per step, the working day after its deadline, then every
    # 5 working days, at most 3; a case past its last is flagged for the operator
    cal = default_calendar()
    for c in cases.values():
        for d in c.deadlines:
            assert len(d.reminders) <= cfg.max_reminders
            if d.reminders:
                assert d.reminders[0] >= cal.add_working_days(d.due, 1)
                assert all(b >= cal.add_working_days(a, cfg.reminder_interval_days)
                           for a, b in zip(d.reminders, d.reminders[1:], strict=False))
    assert kinds["reminder"] == sum(len(d.reminders) for c in cases.values()
                                    for d in c.deadlines)
    assert any("нужен оператор" in f for f in cases["00406369-krg"].flags)

    by_id = {str(m["Message-ID"]): m for m in delivered}
    for row in sent_rows:
        m = by_id[row["message_id"]]
        names = [p.get_filename() for p in m.iter_attachments()]
        to = str(m["To"])
        assert f"[EKC-{row['case_id']}]" in str(m["Subject"]) if row["case_id"] else True
        if row["kind"] == "request":
            case = cases[row["case_id"]]
            assert names == [f"prilozhenie-1-{case.registry_number}.docx"]
            assert m["Auto-Submitted"] == "auto-generated"
            assert "п. 5 Правил" in m.get_body().get_content()
        elif row["kind"] == "questions":
            assert to == "e.akhmetov@minjust.gov.kz" and m["Auto-Submitted"] is None
        elif row["kind"] == "escalation":
            assert to == "quality@kyzmet.gov.kz"
            assert sorted(n for n in names if n.startswith("otkaz")) == ["otkaz-1.eml",
                                                                         "otkaz-2.eml"]
            assert any(n.startswith("zapros-") for n in names)
        elif row["kind"] == "report":
            assert sorted(n.rsplit(".", 1)[1] for n in names) == ["docx", "xlsx"]
        elif row["kind"] == "reminder":
            body = m.get_body().get_content()
            assert "пункт" in body and "Срок:" in body
            assert row["in_reply_to"] if "in_reply_to" in row else m["In-Reply-To"]
            assert body.count("Правил взаимодействия") == 1  # the paragraph cited once

    # the status log is stamped on the simulated clock, not the real one (70 days later)
    zone = ZoneInfo(cfg.timezone)
    with engine.connect() as conn:
        stamps = [utc(at).astimezone(zone).date() for at in conn.execute(
            select(events.c.at)).scalars()]
    assert stamps and min(stamps) == start and max(stamps) <= play.today
    story = play.story()
    assert [line for line in story if line[1] == "kanc@minjust.gov.kz"][0][0] > start
    assert any("Причина отказа" in line[4] for line in story)  # the agency's words, whole
