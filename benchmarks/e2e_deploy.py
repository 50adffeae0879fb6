"""One corpus input's own gateway, set up as the agency's correspondence stands when it arrives.

Why a deployment per input: a decoy must never be judged on a case another input already
moved, and a reply must find its case exactly in the state its context names; a fresh folder
(`gateway init`, SQLite) per input costs well under a second and removes every doubt.

Why through the gateway's own code only: the directory and the Registry are imported with the
functions `gateway agencies import` / `gateway registry import` call; a `gateway run --once`
pass writes and sends the p.4 requests to a local sink (outbound.sink) as the relay, and the
outbox applies RequestSent on delivery; the agency's earlier replies are the engine's events
applied with `apply_to_case` as processing applies them (ResponsibleNamed,
InformationReceived); the p.10 request and the protocol go the ways `gateway case ask` and
`gateway case protocol` take.  Nothing is written into a table by hand.  Everything is dated
today, so the clock finds nothing overdue and any change after delivery is the input's.

Why these delivery paths: an .eml arrives as mail does — over SMTP to the gateway's own
listener (`gateway.intake.smtp`), with CRLF line ends (a relaying server sends nothing else) and
an `Authentication-Results` header prepended by a receiving host the configuration trusts
(`[trust] trusted_authserv_ids`), saying DKIM and DMARC passed for the agency's own domain
only: that is "trusted mail from the agency's address", and a From of any other domain stays
unauthenticated.  Any other file is an e-document package (`incoming/<id>/`, envelope last).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import shutil
import smtplib
import socket
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select

from gateway.calendar import default_calendar, local_today
from gateway.config import Config, load
from gateway.domain import (
    Case,
    ConsultingStarted,
    Event,
    InformationReceived,
    ResponsibleNamed,
    ResponsiblePerson,
    ServiceInfo,
)
from gateway.engine.casework import apply_to_case
from gateway.store import make_engine, repo
from gateway.store.migrate import upgrade
from gateway.store.schema import events, inbound, outbox

TRUSTED_MX = "bench-mx.ekc.invalid"  # the receiving host whose Authentication-Results we trust
OUR_ADDRESS = "ekc@example.kz"
# the person the agency named before the input arrived (the context does not say who): an
# invented name no corpus uses, so a reply naming anyone is seen replacing them
EARLIER = ResponsiblePerson(full_name="Ранеенназначенный Тест Тестович",
                            position="ответственное лицо, назначенное ранее")
AWAITING = ("appointment", "information", "protocol", "additional_answer", "consulting")
# how many of (request sent, person named, information received) each awaited answer follows
STAGES = {"appointment": 1, "information": 2, "protocol": 3, "additional_answer": 3,
          "consulting": 3}


@dataclass
class Context:
    """NAME.EXT.context.json: the situation the input arrives in."""

    agency_name: str
    email: str
    services: list[tuple[str, str]]  # (registry number, name)
    awaiting: str
    our_letter: dict[str, Any] | None
    is_reply: bool
    expected_effect: str = ""
    previous_responsible: str = ""  # the cases' responsible before the input, when known

    @classmethod
    def read(cls, data: dict[str, Any]) -> Context:
        agency = data.get("agency") or {}
        services = [(str(s.get("registry_number") or "").strip(), str(s.get("name") or ""))
                    for s in data.get("services") or [] if isinstance(s, dict)]
        awaiting = str(data.get("awaiting") or "appointment")
        if awaiting not in AWAITING:
            raise ValueError(f"awaiting {awaiting!r} is not one of {', '.join(AWAITING)}")
        return cls(agency_name=str(agency.get("name") or "Орган"),
                   email=str(agency.get("email") or "").strip().lower(),
                   services=[s for s in services if s[0]], awaiting=awaiting,
                   our_letter=data.get("our_letter") or None,
                   is_reply=bool(data.get("is_reply", True)),
                   expected_effect=str(data.get("expected_effect") or ""),
                   previous_responsible=str(data.get("previous_responsible") or ""))

    @property
    def domain(self) -> str:
        return self.email.rsplit("@", 1)[-1] if "@" in self.email else "agency.invalid"

    @property
    def agency_id(self) -> str:
        label = self.domain.split(".")[0]
        slug = re.sub(r"[^a-z0-9-]+", "-", label.lower()).strip("-") or "agency"
        return "agency-qc" if slug == "qc" else slug  # "qc" is the quality-control authority


@dataclass
class Deployment:
    root: Path
    cfg: Config
    engine: Engine
    ctx: Context
    case_ids: dict[str, str] = field(default_factory=dict)  # registry number -> case id
    use_subprocess: bool = False
    sink: Any = None  # the relay our letters go to (outbound.sink), for this deployment's life

    def gateway(self, *args: str) -> subprocess.CompletedProcess[str]:
        """`gateway --config ROOT/gateway.toml ARGS` as a child process."""
        return _gateway("--config", str(self.root / "gateway.toml"), *args)


def _gateway(*args: str) -> subprocess.CompletedProcess[str]:
    """The `gateway` command beside this interpreter; a non-zero exit is an error."""
    exe = Path(sys.executable).with_name("gateway")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-c",
                                           "from gateway.cli import main; main()"]
    done = subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=600,
                          check=False)
    if done.returncode != 0:
        raise RuntimeError(f"gateway {' '.join(args)}: exit {done.returncode}: "
                           f"{done.stderr.strip()[-500:]}")
    return done


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _config_text(threshold: float | None, relay_port: int) -> str:
    """The deployment's gateway.toml: our own listener port, a local sink as the relay (our
    letters are really sent, so a reply can answer them), and the trust of our receiving host
    (no DKIM look-ups in DNS)."""
    extra = f"parse_confidence_threshold = {threshold}\n" if threshold is not None else ""
    return (f'data_dir = "data"\nsender_address = "{OUR_ADDRESS}"\n{extra}'
            f'\n[smtp_listener]\nlisten = "127.0.0.1:{free_port()}"\n'
            f'recipients = ["{OUR_ADDRESS}"]\n'
            f'\n[smtp_relay]\nhost = "127.0.0.1"\nport = {relay_port}\ntimeout_seconds = 10\n'
            f'\n[edoc]\nroot = "data/edoc"\n'
            f'\n[trust]\ntrusted_authserv_ids = ["{TRUSTED_MX}"]\nverify_dkim = false\n')


def create(root: Path, ctx: Context, *, edoc: bool, threshold: float | None = None,
           use_subprocess: bool = False) -> Deployment:
    """`gateway init ROOT`, the agency and its services imported (their cases opened)."""
    if use_subprocess:
        _gateway("init", str(root))
    else:
        from typer.testing import CliRunner

        from gateway.cli import app

        result = CliRunner().invoke(app, ["init", str(root)])
        if result.exit_code:
            raise RuntimeError(f"gateway init: {result.output.strip()}")
    from outbound.sink import SinkServer

    relay_port = free_port()
    (root / "gateway.toml").write_text(_config_text(threshold, relay_port), encoding="utf-8")
    with open(root / "agencies.csv", "w", encoding="utf-8", newline="") as fh:
        kind = "local" if re.search(r"акимат|әкімдіг", ctx.agency_name, re.I) else "central"
        csv.writer(fh).writerows([
            ["agency_id", "name_ru", "name_kk", "kind", "region", "emails", "domains",
             "uses_edoc"],
            [ctx.agency_id, ctx.agency_name, "", kind, "", ctx.email, ctx.domain,
             "yes" if edoc else "no"]])
    today = local_today().isoformat()
    with open(root / "registry.csv", "w", encoding="utf-8", newline="") as fh:
        rows = [[number, name or f"Услуга {number}", "", ctx.agency_id, "", today]
                for number, name in dict(ctx.services).items()]
        csv.writer(fh).writerows([["registry_number", "service_name_ru", "service_name_kk",
                                   "agency_id", "standard", "registered_on"], *rows])
    cfg = load(root / "gateway.toml")
    engine = make_engine(cfg.db_url)
    dep = Deployment(root, cfg, engine, ctx, use_subprocess=use_subprocess,
                     sink=SinkServer(root / "sent", port=relay_port))
    if use_subprocess:
        dep.gateway("agencies", "import", str(root / "agencies.csv"))
        dep.gateway("registry", "import", str(root / "registry.csv"))
    else:
        from gateway.records.imports import import_agencies, import_registry

        upgrade(engine)
        import_agencies(engine, cfg, root / "agencies.csv")
        import_registry(engine, cfg, root / "registry.csv")
    dep.case_ids = {number: Case.make_id(number, ctx.agency_id) for number, _ in ctx.services}
    dep.sink.start()
    return dep


def _person(ctx: Context) -> ResponsiblePerson:
    if ctx.previous_responsible:
        return ResponsiblePerson(full_name=ctx.previous_responsible,
                                 position=EARLIER.position, email=f"prezhnii@{ctx.domain}")
    return EARLIER.model_copy(update={"email": f"otvetstvennyi@{ctx.domain}"})


def _stage_events(ctx: Context, number: str, name: str, on: dt.date) -> list[Event]:
    """After the p.4 request went out: the engine events that bring one case to the awaited
    state, as processing would have applied the agency's earlier replies."""
    person = _person(ctx)
    chain: list[Event] = [
        ResponsibleNamed(key="bench:appointed", on=on, person=person),
        InformationReceived(key="bench:information", on=on, info=ServiceInfo(
            registry_number=number, service_name=name or None,
            standard="Стандарт государственной услуги (сведения получены ранее)",
            website=ctx.domain, responsible=person)),
    ]
    return chain[:STAGES[ctx.awaiting] - 1]


# the state each awaited answer leaves a case in (checked: a setup that failed is an error)
SET_UP = {"appointment": "requested", "information": "appointed", "protocol": "info_received",
          "additional_answer": "info_received", "consulting": "consulting"}


def bring_to_awaited(dep: Deployment) -> None:
    """Every case moved to the awaited state by the gateway itself: a `gateway run --once`
    pass writes and sends the p.4 requests (the outbox applies RequestSent on delivery), the
    agency's earlier replies are applied as processing applies them, the p.10 request goes
    as `gateway case ask` sends it, the protocol is recorded as `gateway case protocol` does,
    and a last pass sends what all that queued (the p.8 protocol draft, the p.10 request)."""
    from gateway.delivery.senders import send_additional_request
    from gateway.records.manual import record_protocol

    cal, on = default_calendar(), local_today(dep.cfg.timezone)
    _setup_pass(dep)
    with dep.engine.begin() as conn:
        for number, name in dep.ctx.services:
            cid = dep.case_ids[number]
            for event in _stage_events(dep.ctx, number, name, on):
                apply_to_case(conn, dep.cfg, cid, event, cal, {"today": on})
            case = repo.get_case(conn, cid)
            if dep.ctx.awaiting == "additional_answer" and case is not None:
                send_additional_request(conn, dep.cfg, case, "Просим уточнить порядок "
                                        "обжалования решений по государственной услуге.")
            if dep.ctx.awaiting == "consulting":
                record_protocol(conn, dep.cfg, cid, on, on, "bench")
                apply_to_case(conn, dep.cfg, cid, ConsultingStarted(key="bench:consulting",
                                                                    on=on), cal, {"today": on})
    _setup_pass(dep)
    with dep.engine.connect() as conn:
        for cid in dep.case_ids.values():
            case = repo.get_case(conn, cid)
            if case is None or str(case.state) != SET_UP[dep.ctx.awaiting]:
                raise RuntimeError(f"set-up left {cid} in {case.state if case else None}, not "
                                   f"{SET_UP[dep.ctx.awaiting]}")
            if dep.ctx.awaiting == "additional_answer" and not any(
                    d.step == "additional_request" and d.done_on is None
                    for d in case.deadlines):
                raise RuntimeError(f"set-up: no p.10 request open on {cid}")
    _number_as_the_corpus(dep)


def _number_as_the_corpus(dep: Deployment) -> None:
    """Our letter bears the outgoing number the agency quotes back ("рассмотрев запрос
    ЕКЦ-2027/122"): the deployment's own counter gave it another, which no real agency would
    ever have seen."""
    from parsers.mime import our_numbers

    written = our_numbers(str((dep.ctx.our_letter or {}).get("number") or ""))
    number = written[0] if written else ""  # as we write it: ЕКЦ-2027/620, not …/0620
    letter = our_letter(dep) if number else None
    if letter is None:
        return
    with dep.engine.begin() as conn:
        taken = conn.execute(select(outbox.c.id).where(outbox.c.outgoing_number == number)).first()
        if taken is None:
            conn.execute(outbox.update().where(outbox.c.message_id == letter[0])
                         .values(outgoing_number=number))


def _setup_pass(dep: Deployment) -> None:
    ran = run_once(dep)
    if ran["failures"]:
        raise RuntimeError(f"set-up pass failed: {ran['failures']}")


KIND_AWAITED = {"appointment": "request", "information": "request", "protocol": "protocol",
                "additional_answer": "additional_request", "consulting": "protocol"}


def our_letter(dep: Deployment) -> tuple[str, str] | None:
    """(Message-ID, outgoing number) of the letter of ours the awaited answer answers: the
    newest of its kind on the case of the context's first service (the gateway writes one
    letter per case where the corpus imagines one for all), else on any of its cases."""
    first = dep.case_ids.get(dep.ctx.services[0][0]) if dep.ctx.services else None
    with dep.engine.connect() as conn:
        rows = conn.execute(select(outbox.c.kind, outbox.c.message_id, outbox.c.outgoing_number,
                                   outbox.c.case_id)
                            .where(outbox.c.case_id.in_(list(dep.case_ids.values())))
                            .order_by(outbox.c.id.desc())).all()
    kind = KIND_AWAITED[dep.ctx.awaiting]
    best = ([r for r in rows if r.kind == kind and r.case_id == first]
            or [r for r in rows if r.kind == kind] or list(rows))
    return (best[0].message_id, best[0].outgoing_number) if best else None


@dataclass
class Snapshot:
    cases: dict[str, Case]
    last_event: int


def snapshot(dep: Deployment) -> Snapshot:
    with dep.engine.connect() as conn:
        cases = {cid: c for cid in dep.case_ids.values()
                 if (c := repo.get_case(conn, cid)) is not None}
        last = conn.execute(select(func.max(events.c.id))).scalar() or 0
    return Snapshot(cases, int(last))


THREAD_MODES = ("as-written", "none", "all")
_REPLY_HEADERS = re.compile(rb"(?im)^(in-reply-to|references)[ \t]*:[^\r\n]*(?:\r\n[ \t][^\r\n]*)*")


def trusted_bytes(raw: bytes, domain: str, reply_to: str | None = None,
                  thread: str = "as-written") -> bytes:
    """The message as our receiving host hands it on: CRLF line ends, and its verdict on top
    (DKIM and DMARC pass for the agency's domain; a From of another domain is not covered).

    Threading (`reply_to` is our letter's Message-ID): the corpus could not know the
    Message-IDs this deployment gives its letters, so "as-written" points the In-Reply-To and
    References a message already carries (it was written as a reply to our letter) at our real
    letter, "all" also adds them to a message without (every reply answers our letter), and
    "none" leaves the message as it is."""
    text = re.sub(rb"\r?\n|\r", b"\r\n", raw)
    if reply_to and thread != "none":
        head, sep, body = text.partition(b"\r\n\r\n")
        ref = reply_to.encode("ascii", "replace")
        head, found = _REPLY_HEADERS.subn(lambda m: m.group(1) + b": " + ref, head)
        if not found and thread == "all":
            head = b"In-Reply-To: " + ref + b"\r\nReferences: " + ref + b"\r\n" + head
        text = head + sep + body
    header = (f"Authentication-Results: {TRUSTED_MX}; dkim=pass header.d={domain} "
              f"header.s=bench; dmarc=pass header.from={domain}\r\n").encode("ascii")
    return header + text


def deliver_mail(dep: Deployment, path: Path, thread: str = "as-written") -> str | None:
    """The .eml through the gateway's SMTP listener, from the agency's address; the
    listener's refusal, if it refused (the message then never reaches a case)."""
    from gateway.intake.smtp import SmtpListener

    letter = our_letter(dep) if dep.ctx.our_letter or thread == "all" else None
    data = trusted_bytes(path.read_bytes(), dep.ctx.domain, letter[0] if letter else None,
                         thread)
    listener = SmtpListener(dep.cfg, dep.engine)
    listener.start()
    try:
        host, port = dep.cfg.smtp_listener.host_port if dep.cfg.smtp_listener else ("", 0)
        with smtplib.SMTP(host, port, timeout=60) as client:
            client.sendmail(dep.ctx.email or f"kanc@{dep.ctx.domain}", [OUR_ADDRESS], data)
    except smtplib.SMTPResponseException as exc:
        text = exc.smtp_error
        return f"SMTP {exc.smtp_code} " + (text.decode("utf-8", "replace")
                                          if isinstance(text, bytes) else str(text))
    finally:
        listener.stop()
    return None


def deliver_edoc(dep: Deployment, path: Path, thread: str = "as-written") -> str | None:
    """The file as an e-document package from the agency (envelope.json written last).  The
    envelope's `in_reply_to` is our letter's registration number in this deployment when the
    context names a letter of ours (the e-document system links an answer to the letter it
    answers), the corpus's own number with "none", and ours always with "all"."""
    package = dep.cfg.edoc_root / "incoming" / "bench-1"
    package.mkdir(parents=True)
    shutil.copyfile(path, package / path.name)
    letter = dep.ctx.our_letter or {}
    ours = our_letter(dep) if thread == "all" or (letter and thread == "as-written") else None
    number = ours[1] if ours else letter.get("number")
    subject = "Входящий документ" + (f" (на исх. № {number})" if number else "")
    envelope = {"id": "bench-1", "agency_id": dep.ctx.agency_id,
                "registration_number": "ЭДО-1", "registration_date":
                local_today(dep.cfg.timezone).isoformat(), "subject": subject,
                "in_reply_to": number, "body": "", "documents": [path.name]}
    (package / "envelope.json").write_text(json.dumps(envelope, ensure_ascii=False),
                                           encoding="utf-8")
    return None  # the folder's own rejections are in the status log (Outcome.rejected)


def run_once(dep: Deployment) -> dict[str, Any]:
    """`gateway run --once`: a child process, or the same Gateway.run_once() in this one."""
    if dep.use_subprocess:
        done = dep.gateway("run", "--once", "--json")
        failed = [line.split(": failed in this pass ", 1) for line in done.stderr.splitlines()
                  if ": failed in this pass " in line]
        return {"counts": json.loads(done.stdout or "{}"),
                "failures": {step: why.strip("()") for step, why in failed}}
    from gateway.service.daemon import Gateway

    gw = Gateway(dep.cfg, dep.engine, "bench")
    counts = gw.run_once()
    return {"counts": counts, "failures": dict(gw.failures)}


@dataclass
class Outcome:
    """What became of the input: its inbound rows, the status-log lines since delivery, and
    every case before and after."""

    messages: list[dict[str, Any]]
    events: list[dict[str, Any]]
    before: dict[str, Case]
    after: dict[str, Case]
    rejected: list[str]  # e-document packages the folder rejected, with the reason
    failures: dict[str, str]
    case_ids: dict[str, str] = field(default_factory=dict)  # registry number -> case id


def outcome(dep: Deployment, before: Snapshot, failures: dict[str, str]) -> Outcome:
    with dep.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(select(
            inbound.c.id, inbound.c.status, inbound.c.quarantine_reason, inbound.c.last_error,
            inbound.c.case_id, inbound.c.decided_sender, inbound.c.sender_note)
            .order_by(inbound.c.id)).mappings()]
        lines = [dict(r) for r in conn.execute(select(events).where(
            events.c.id > before.last_event).order_by(events.c.id)).mappings()]
        after = {cid: c for cid in dep.case_ids.values()
                 if (c := repo.get_case(conn, cid)) is not None}
    rejected = [str((e.get("data") or {}).get("reason")) for e in lines
                if e["kind"] == "edoc_rejected"]
    return Outcome(rows, lines, before.cases, after, rejected, failures, dict(dep.case_ids))


def close(dep: Deployment) -> None:
    if dep.sink is not None:
        dep.sink.stop()
    dep.engine.dispose()
