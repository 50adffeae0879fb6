"""Every word of the board through the dictionary, Russian and Kazakh complete: every label a
template or the board's code asks for, and the name of every code the gateway can store (case
states, steps, letter kinds, statuses, sources, task and document kinds, refusal grounds, and
each status-log event code written anywhere in gateway/, found by reading the source); then the
pages themselves, in both languages, show no internal code."""

from __future__ import annotations

import ast
import re
import typing
from pathlib import Path

import pytest

from gateway.web import vocabulary as v
from tests.web.conftest import CASE, OLD_CASE, log_in

ROOT = Path(__file__).resolve().parents[2]
GATEWAY = ROOT / "gateway"


def _calls(name_of: set[str]) -> typing.Iterator[tuple[Path, ast.Call, str]]:
    for path in GATEWAY.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                f = node.func
                name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(
                    f, ast.Attribute) else ""
                if name in name_of:
                    yield path, node, name


def _strings(node: ast.AST) -> set[str]:
    return {n.value for n in ast.walk(node) if isinstance(n, ast.Constant)
            and isinstance(n.value, str)}


def event_codes() -> set[str]:
    """Every event kind written: record(kind=…), LogEvent(kind=…), the engine's
    log(out, case, "kind", …), the board's log_action(board, who, "kind", …); an f-string kind
    (`task_{kind}`) stands for each task kind."""
    found: set[str] = set()
    for path, call, name in _calls({"record", "insert_event", "LogEvent", "log",
                                    "log_action", "run_in_threadpool"}):
        if name == "run_in_threadpool":  # run_in_threadpool(actions.log_action, board, who, kind)
            first = call.args[0] if call.args else None
            if isinstance(first, ast.Attribute) and first.attr == "log_action" \
                    and len(call.args) > 3:
                found |= _strings(call.args[3])
            continue
        for kw in call.keywords:
            if kw.arg == "kind":
                if isinstance(kw.value, ast.JoinedStr):
                    prefix = "".join(_strings(kw.value))
                    assert prefix == "task_", f"{path}: an f-string event kind {prefix!r}"
                    found |= {f"task_{k}" for k in v.TASK_KINDS}
                else:
                    found |= _strings(kw.value)
        position = {"log": 2, "log_action": 2}.get(name)
        if position is not None and len(call.args) > position:
            found |= _strings(call.args[position])
    return found


def letter_kinds() -> set[str]:
    return {s for _, call, _ in _calls({"queue_message"}) for kw in call.keywords
            if kw.arg == "kind" for s in _strings(kw.value)}


def test_every_pair_has_russian_and_kazakh():
    for name, table in v.TABLES.items():
        for code, pair in table.items():
            assert len(pair) == 2 and all(w.strip() for w in pair), f"{name}.{code}: {pair}"


def test_the_scan_finds_what_it_should():  # the scan itself is not empty or blind
    codes = event_codes()
    assert {"operator_release", "request_sent", "overdue", "task_discrepancy",
            "watchdog_recovered", "operator_login", "quarantined"} <= codes
    assert {"request", "reminder", "questions", "report"} <= letter_kinds()


@pytest.mark.parametrize("table, codes", [
    ("event", event_codes), ("letter", letter_kinds),
])
def test_every_code_written_in_the_gateway_has_a_name(table, codes):
    missing = sorted(c for c in codes() if c not in v.TABLES[table])
    assert not missing, f"no {table} name for {missing}"


def test_every_enumerated_code_has_a_name():
    from gateway.delivery.outbox import STATUSES
    from gateway.domain import CaseState, Step
    from parsers.records import DocumentKind, RefusalGround

    assert {s.value for s in CaseState} <= set(v.STATES)
    assert {s.value for s in Step} <= set(v.STEPS)
    assert set(typing.get_args(DocumentKind)) <= set(v.DOCUMENT_KINDS)
    assert set(typing.get_args(RefusalGround)) <= set(v.GROUNDS)
    from gateway.engine.deadlines import CLOSED_TEXT

    assert set(CLOSED_TEXT["ru"]) | set(CLOSED_TEXT["kk"]) <= set(v.CLOSED)
    inbound = {"pending", "done", "quarantined", "duplicate", "rejected"}  # schema.inbound
    recipients = {"pending", "temporary", "unknown", "sent", "failed", "bounced"}
    assert inbound | set(STATUSES) | recipients <= set(v.STATUSES)
    assert {"imap", "smtp", "edoc"} <= set(v.SOURCES)
    tasks = (GATEWAY / "processing" / "authority.py").read_text(encoding="utf-8")
    for kind in re.findall(r'kind == "([a-z_]+)"', tasks):
        assert kind in v.TASK_KINDS


def test_every_label_asked_for_exists():
    asked: set[str] = set()
    for path in (GATEWAY / "web" / "templates").glob("*.html"):
        text = path.read_text(encoding="utf-8")
        asked |= set(re.findall(r"""\bt\(\s*["']([a-z_0-9]+)["']""", text))
        asked |= {f"role_{r}" for r in ("operator", "viewer")} if "role_" in text else set()
    for path in (GATEWAY / "web").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r'""".*?"""', "", text, flags=re.S)  # docstrings name examples
        asked |= set(re.findall(r"""\bt\(\s*["']([a-z_0-9]+)["']""", text))
        asked |= set(re.findall(r"""words\([^)]*\)\(\s*["']([a-z_0-9]+)["']""", text))
        asked |= {f"refused_{c}" for c in re.findall(r'ManualRefused\("([a-z_]+)"', text)}
    for path in (GATEWAY / "records" / "manual.py", GATEWAY / "processing" / "decisions.py"):
        text = path.read_text(encoding="utf-8")
        asked |= {f"refused_{c}" for c in re.findall(r'(?:ManualRefused\(|", )"([a-z_]+)"',
                                                      text) if not c.startswith("there")}
    watchdog = (GATEWAY / "web" / "watchdog.py").read_text(encoding="utf-8")
    asked |= set(re.findall(r'said\.append\(\("([a-z_]+)"', watchdog))
    assert "check_never" in asked
    asked -= {"ok", "degraded"} - set(v.LABELS)  # the watchdog's statuses, asked by variable
    missing = sorted(k for k in asked if k not in v.LABELS and not k.endswith("_"))
    assert not missing, f"labels without words: {missing}"
    assert "refused_trained" in asked and "bulk_release" in asked  # the scan sees them


# -- the pages themselves ---------------------------------------------------------------------

INTERNAL = re.compile(
    r"step_[a-z]|operator_[a-z]+|\b(?:request|reminder|edoc|smtp_|pending|quarantined|"
    r"info_received|appendix1_form|consulting_start)\b|\(operator\)|\bbody:|rejected by|"
    r"\(sent\)|\bsent:|None\b|\d{4}-\d{2}-\d{2}T|has never|no round|last error|"
    r"waiting more")


def visible(html: str, stored: bool = True) -> str:
    """The page's text as a person reads it: no tags, attributes, scripts or styles (and,
    unless `stored`, without the free text the gateway stored: event summaries, reasons)."""
    html = re.sub(r"<(script|style|datalist)\b.*?</\1>", " ", html, flags=re.S)
    if not stored:
        html = re.sub(r"<(span|td|p) [^>]*data-stored[^>]*>.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r"<[^>]+>", " ", html)
    return re.sub(r"\s+", " ", html)


def _pages(site) -> list[str]:  # type: ignore[no-untyped-def]
    return ["/", "/cases", f"/cases/{CASE}", f"/cases/{OLD_CASE}", "/quarantine", "/outbox",
            "/tasks", "/log", f"/messages/in/{site.quarantined}", "/search?q=minjust",
            "/reports"]


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_no_page_shows_an_internal_code(client, site, language):
    from gateway.processing.worker import process_pending
    from gateway.web import operators
    from tests.web.conftest import TODAY

    token = log_in(client)
    # a rejection and a release, so the pages show the operator's words about them
    assert client.post(f"/quarantine/{site.quarantined}/release",
                       data={"csrf": token, "case": CASE}).status_code == 303
    process_pending(site.engine, site.cfg, today=TODAY)
    operators.set_language(site.engine, "anna", language)
    for path in _pages(site):
        r = client.get(path)
        assert r.status_code == 200, path
        text = visible(r.text)
        found = INTERNAL.findall(text)
        assert not found, f"{language} {path}: {found[:5]}"


def test_kazakh_pages_are_in_kazakh_with_kazakh_names(client, site):
    from gateway.web import operators

    log_in(client)
    operators.set_language(site.engine, "anna", "kk")
    russian_only = {ru for ru, kk in v.LABELS.values() if ru != kk and len(ru) > 6}
    for path in _pages(site):
        text = visible(client.get(path).text, stored=False)
        left = sorted(w for w in russian_only if w in text)
        assert not left, f"{path}: Russian labels on a Kazakh page: {left[:5]}"
    page = visible(client.get(f"/cases/{CASE}").text)
    assert "Баланың тууын мемлекеттік тіркеу" in page  # the service's stored Kazakh name
    assert "Қазақстан Республикасы Әділет министрлігі" in page
    assert "Баланың тууын" in visible(client.get("/cases").text)
    r = client.get(f"/messages/in/{site.quarantined}")
    assert "Жіберуші" in r.text and "Талданған жазба" in r.text


def test_a_parsed_record_is_labelled_fields_with_local_dates(client, site):
    log_in(client)
    page = client.get(f"/messages/in/{site.quarantined}").text
    parsed = page[page.index('id="parsed"'):]
    assert "<pre" not in parsed and '"registry_number"' not in parsed
    text = visible(parsed)
    assert "Вид документа форма Приложения 1" in text
    assert "Номер в Реестре 00301138" in text
    assert "Ахметов Ерлан Серикович" in text
    assert re.search(r"Дата \d\d\.\d\d\.\d{4} \d\d:\d\d", text)  # the letter's Date header


def test_the_language_switch_keeps_the_page_and_its_filters(client):
    token = log_in(client)
    page = client.get("/cases?state=requested&overdue=1&q=minjust").text
    back = re.search(r'name="back" value="([^"]+)"', page)
    assert back and "state=requested" in back.group(1).replace("&amp;", "&")
    r = client.post("/language", data={"csrf": token, "language": "kk",
                                       "back": back.group(1).replace("&amp;", "&")})
    assert r.status_code == 303
    assert r.headers["location"] == "/cases?state=requested&overdue=1&q=minjust"
    assert "Істер" in client.get(r.headers["location"]).text
    for elsewhere in ("//evil.example", "/\\evil.example", "https://evil.example"):
        r = client.post("/language", data={"csrf": token, "language": "ru", "back": elsewhere})
        assert r.headers["location"] == "/", elsewhere
        r = client.post("/views/delete", data={"csrf": token, "view": "1", "back": elsewhere})
        assert r.headers["location"].startswith("/?done="), elsewhere
