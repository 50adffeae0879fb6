"""`gateway demo`: the whole correspondence of DESIGN.md on a simulated clock, in under a minute.

Why: a newcomer (and the end-to-end test) should see every step happen — requests out, agencies
answering with filled forms (the very DOCX we sent, filled in), an appointment letter, silence
that earns a reminder, refusals that earn an escalation, a replacement of the responsible
person, a protocol, consulting, and the monthly report — without waiting weeks.  The demo plays
the agencies: it writes their replies as real messages (threaded to our requests, with the
receiving host's Authentication-Results) and hands them to the gateway as a source would;
the gateway does the rest exactly as in production, one `run --once` pass per simulated day.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import docx
from sqlalchemy import Engine, select

from gateway.calendar import WorkCalendar, default_calendar
from gateway.config import Config
from gateway.intake.inbound import commit_inbound
from gateway.service.daemon import Gateway
from gateway.store import repo
from gateway.store.schema import outbox

AUTHSERV = "mx.demo.ekc"
Deliver = Callable[[bytes, dt.datetime], None]

FILLED = {
    "standard": "Стандарт государственной услуги, утвержденный приказом от 17 апреля 2015 года "
                "№ 219",
    "regulation": "Регламент государственной услуги, утвержденный приказом от 29 мая 2015 года "
                  "№ 304",
    "npa": "—",
}
PEOPLE = {
    "minjust": ("Ахметов Ерлан Серикович", "ведущий специалист", "e.akhmetov@minjust.gov.kz",
                "+7 (7172) 74-05-11"),
    "mcs": ("Петров Андрей Викторович", "начальник отдела", "a.petrov@mcs.gov.kz",
            "+7 (7172) 74-11-22"),
    "krg-temirtau": ("Касымова Динара Ермековна", "главный специалист",
                     "d.kasymova@temirtau.gov.kz", "+7 (7213) 91-22-33"),
}


def fill_request(request_docx: bytes, agency_id: str, website: str) -> bytes:
    """The Appendix 1 request we sent, with columns 4-8 filled as the agency would."""
    name, position, email, phone = PEOPLE[agency_id]
    document = docx.Document(io.BytesIO(request_docx))
    values = [FILLED["standard"], FILLED["regulation"], FILLED["npa"], website,
              f"{name}, {position}, тел. {phone}, e-mail: {email}"]
    for row in document.tables[0].rows[2:]:
        for cell, value in zip(row.cells[3:], values, strict=True):
            cell.text = value
    for p in document.paragraphs:
        if p.text.startswith("Ф.И.О."):
            p.text = f"Ф.И.О. ответственного исполнителя: {name}"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@dataclass
class Demo:
    cfg: Config
    engine: Engine
    start: dt.date
    deliver: Deliver | None = None  # default: stored as the SMTP listener would
    calendar: WorkCalendar = field(default_factory=default_calendar)
    today: dt.date = field(init=False)
    received: int = 0
    log: list[str] = field(default_factory=list)
    # what the agencies (and the operator) did: (day, who, case, what)
    said: list[tuple[dt.date, str, str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.today = self.start

    # -- the agencies' side -------------------------------------------------------------

    def moment(self) -> dt.datetime:
        return dt.datetime.combine(self.today, dt.time(11, 0), ZoneInfo(self.cfg.timezone))

    def request_of(self, case_id: str) -> tuple[str, str, bytes]:
        """(Message-ID, subject, the attached form) of the p.4 request of a case."""
        import email
        import email.policy

        with self.engine.connect() as conn:
            row = conn.execute(select(outbox.c.message_id, outbox.c.sha256)
                               .where(outbox.c.case_id == case_id)
                               .where(outbox.c.kind == "request")).first()
            assert row is not None, "the demo's request was queued a step earlier"
            raw = repo.get_blob(conn, row.sha256) or b""
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        form = next(p.get_content() for p in msg.iter_attachments())
        return row.message_id, str(msg["Subject"]), form

    def reply(self, case_id: str, sender: str, body: str,
              attachment: tuple[str, bytes] | None = None) -> None:
        message_id, subject, _ = self.request_of(case_id)
        msg = EmailMessage()
        msg["Authentication-Results"] = (f"{AUTHSERV}; dkim=pass header.d={sender.split('@')[1]}"
                                         f"; dmarc=pass header.from={sender.split('@')[1]}")
        msg["From"] = sender
        msg["To"] = self.cfg.sender_address
        msg["Subject"] = f"Re: {subject}"
        msg["In-Reply-To"] = message_id
        msg["References"] = message_id
        self.received += 1
        msg["Message-ID"] = f"<demo.{self.received}.{case_id}@{sender.split('@')[1]}>"
        msg["Date"] = format_datetime(self.moment())
        msg.set_content(body)
        if attachment:
            msg.add_attachment(attachment[1], maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml."
                               "document", filename=attachment[0])
        raw = msg.as_bytes()
        if self.deliver is not None:
            self.deliver(raw, self.moment())
        else:
            commit_inbound(self.engine, origin_key=f"demo:{self.received}", source="smtp",
                           raw=raw, received_at=self.moment())
        whole = " ".join(line.strip() for line in body.splitlines() if line.strip())
        self.log.append(f"{self.today}: {sender} → {case_id}: {whole}")
        self.said.append((self.today, sender, case_id, whole + (
            f" (+ {attachment[0]})" if attachment else "")))

    def form(self, case_id: str, sender: str, agency_id: str, website: str) -> None:
        _, _, request = self.request_of(case_id)
        self.reply(case_id, sender, "Направляем заполненную форму (Приложение 1).",
                   ("prilozhenie-1.docx", fill_request(request, agency_id, website)))

    # -- the script ---------------------------------------------------------------------

    def day(self, n: int) -> dt.date:
        return self.calendar.add_working_days(self.start, n)

    def script(self) -> dict[dt.date, list[Callable[[], None]]]:
        """What the agencies (and the operator) do, by simulated working day."""
        from gateway.delivery.senders import send_questions

        def questions() -> None:
            with self.engine.begin() as conn:
                case = repo.get_case(conn, "00301138-minjust")
                assert case is not None, "the demo's registry holds this case"
                send_questions(conn, self.cfg, case, "1. Какие документы подаются "
                               "на регистрацию рождения?\n2. Каков срок оказания услуги?")
            self.said.append((self.today, "operator", "00301138-minjust",
                              "two questions for the training (p.8) sent to the responsible "
                              "person"))

        minjust, mcs = "kanc@minjust.gov.kz", "kense@mcs.gov.kz"
        temirtau, dsm = "akimat@temirtau.gov.kz", "info@dsm.gov.kz"
        plan: dict[int, list[Callable[[], None]]] = {
            1: [lambda: self.reply("00301138-minjust", minjust,
                                   "Сообщаем, что ответственным лицом назначен Ахметов Ерлан "
                                   "Серикович, ведущий специалист, по государственной услуге "
                                   "№ 00301138.\nЭлектронная почта: e.akhmetov@minjust.gov.kz, "
                                   "тел. +7 (7172) 74-05-11.")],
            2: [lambda: self.form("00301142-minjust", minjust, "minjust", "www.minjust.gov.kz"),
                lambda: self.form("00405233-krg-temirtau", temirtau, "krg-temirtau",
                                  "www.temirtau.gov.kz"),
                lambda: self.reply("00701003-dsm", dsm, "По государственной услуге № 00701003 "
                                   "сообщаем.\nПричина отказа: сведения находятся на "
                                   "согласовании.")],
            3: [lambda: self.form("00301138-minjust", minjust, "minjust", "www.minjust.gov.kz"),
                lambda: self.reply("00701003-dsm", dsm, "По государственной услуге № 00701003 "
                                   "повторно сообщаем.\nПричина отказа: информация не может "
                                   "быть представлена до утверждения регламента.")],
            4: [questions],
            7: [lambda: self.form("00402674-mcs", mcs, "mcs", "www.mcs.gov.kz")],
            8: [lambda: self.reply("00301138-minjust", minjust,
                                   "Направляем подписанный протокол принятия государственной "
                                   f"услуги № 00301138 для консультирования от "
                                   f"{self.today:%d.%m.%Y}.")],
            9: [lambda: self.reply("00405233-krg-temirtau", temirtau,
                                   "Сообщаем о замене ответственного лица по государственной "
                                   "услуге № 00405233.\nРанее ответственным лицом являлась "
                                   "Касымова Динара Ермековна.\nОтветственным лицом назначен "
                                   "Нурланов Марат Ерланович, главный специалист.\n"
                                   "Электронная почта: m.nurlanov@temirtau.gov.kz.")],
        }
        return {self.day(n): actions for n, actions in plan.items()}

    def run(self, days: int = 30, progress: Callable[[dt.date], None] | None = None) -> None:
        from gateway.delivery.outbox import simulated

        gateway = Gateway(self.cfg, self.engine, "demo", calendar=self.calendar,
                          today=lambda: self.today, now=self.moment)
        script = self.script()
        end = self.start + dt.timedelta(days=days)
        with simulated(self.moment):  # letters dated and due on the simulated day
            while self.today <= end:
                for action in script.get(self.today, []):
                    action()
                gateway.run_once()
                if progress:
                    progress(self.today)
                self.today += dt.timedelta(days=1)

    # -- what happened ------------------------------------------------------------------

    def story(self) -> list[tuple[dt.date, str, str, str, str]]:
        """Day by day, on the simulated clock: (day, who, case, paragraph, what) — the agencies'
        letters and the gateway's status log, in the order they happened."""
        from gateway.runtime.statuslog import utc
        from gateway.store.schema import events

        zone = ZoneInfo(self.cfg.timezone)
        lines = [(day, who, case, "", what) for day, who, case, what in self.said]
        reminders: dict[dt.date, list[str]] = {}
        with self.engine.connect() as conn:
            for ev in conn.execute(select(events.c.at, events.c.kind, events.c.case_id,
                                          events.c.paragraph, events.c.summary, events.c.data)
                                   .order_by(events.c.id)):
                day = utc(ev.at).astimezone(zone).date()
                if ev.kind == "sent":  # "delivered": the queued line said it already
                    continue
                if ev.kind == "queued" and (ev.data or {}).get("kind") == "reminder":
                    reminders.setdefault(day, []).append(ev.case_id or "")
                    continue
                lines.append((day, "gateway", ev.case_id or "",
                              f"p.{ev.paragraph}" if ev.paragraph else "", ev.summary))
        for day, cases in reminders.items():
            lines.append((day, "gateway", "", "", f"reminders of passed deadlines queued for "
                          f"{len(cases)} case(s): {', '.join(cases)}"))
        order = {"gateway": 1}
        return sorted(lines, key=lambda line: (line[0], order.get(line[1], 0)))

    def summary(self) -> dict[str, object]:
        from sqlalchemy import func

        with self.engine.connect() as conn:
            cases = [{"id": c.id, "state": str(c.state),
                      "responsible": c.responsible.full_name if c.responsible else None,
                      "flags": c.flags + [f"overdue: {d.step} (p.{d.paragraph}) due {d.due}"
                                          for d in c.deadlines if d.overdue_on(self.today)
                                          and not d.done_on]}
                     for c in repo.list_cases(conn)]
            sent: dict[str, int] = dict(conn.execute(select(outbox.c.kind, func.count())
                                     .group_by(outbox.c.kind)).all())
        return {"from": self.start.isoformat(), "to": self.today.isoformat(), "cases": cases,
                "sent": sent, "received": self.received}


def appeals_csv(month_start: dt.date, count: int = 24) -> str:
    """A month of invented appeals (Appendix 2 rows) about the sample agencies."""
    from gateway.records.appeals import APPEALS_HEADER

    agencies = ["minjust", "mcs", "dsm", "krg", "krg-temirtau"]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(APPEALS_HEADER)
    for n in range(count):
        when = dt.datetime.combine(month_start + dt.timedelta(days=n % 20), dt.time(9 + n % 8))
        writer.writerow([
            when.strftime("%Y-%m-%d %H:%M"), "Сейтжанова А.", "Карагандинская область",
            f"Заявитель {n + 1}", "жалоба" if n % 3 == 0 else "обращение",
            "Срок оказания услуги нарушен" if n % 3 == 0 else "Вопрос о перечне документов",
            f"Дан ответ, запрос № {100 + n}", "да" if n % 3 == 0 else "нет", "—",
            agencies[n % len(agencies)], ""])
    return out.getvalue()


def setup(root: Path, start: dt.date, relay_port: int) -> tuple[Config, Engine]:
    """A fresh demo folder: configuration, directory, registry (registered on `start`) and a
    month of appeals; returns the configuration and the database."""
    from gateway.cli.quickstart import registry_for_today
    from gateway.records.appeals import import_appeals
    from gateway.records.imports import import_agencies, import_registry
    from gateway.store import make_engine
    from gateway.store.migrate import upgrade
    from mappings import path

    root.mkdir(parents=True, exist_ok=True)
    cfg = demo_config(root, relay_port)
    engine = make_engine(cfg.db_url)
    upgrade(engine)
    (root / "registry.csv").write_text(registry_for_today(start.isoformat()), encoding="utf-8")
    from gateway.delivery.outbox import simulated

    morning = dt.datetime.combine(start, dt.time(9, 0), ZoneInfo(cfg.timezone))
    with simulated(lambda: morning):  # logged on the simulated day, as everything after
        import_agencies(engine, cfg, path("agencies.csv"))
        import_registry(engine, cfg, root / "registry.csv")
    (root / "appeals.csv").write_text(appeals_csv(start.replace(day=1)), encoding="utf-8")
    import_appeals(engine, root / "appeals.csv")
    return cfg, engine


def demo_config(root: Path, relay_port: int) -> Config:
    """Write (and read back) the demo's gateway.toml, so every command works on the folder."""
    from gateway.config import load

    (root / "gateway.toml").write_text(
        f'data_dir = "data"\n\n[smtp_relay]\nhost = "127.0.0.1"\nport = {relay_port}\n\n'
        f'[edoc]\nroot = "data/edoc"\n\n[trust]\ntrusted_authserv_ids = ["{AUTHSERV}"]\n'
        "verify_dkim = false\n", encoding="utf-8")
    return load(root / "gateway.toml")
