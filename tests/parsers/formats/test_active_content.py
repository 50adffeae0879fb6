"""Active content: each kind is caught before any reader or converter opens the document, told
as a warning on it, and never run or fetched -- a local HTTP server counts every request, a
macro would write a marker file, a field or a linked section would pull in a local file whose
text is known.

The LibreOffice half (`slow_formats`) converts for real, both as the gateway does it and with
the network namespace taken away (so what stops the fetch is the defusing and the settings,
not the sandbox alone); a control shows the macro document is live: opened by LibreOffice with
macros allowed, it writes its marker."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from parsers import active
from parsers.api import parse_document
from parsers.registry import ParseLimits
from tests.parsers.formats import active_samples as samples

LIMITS = ParseLimits(seconds_per_document=60)


class Counter:
    def __init__(self) -> None:
        self.hits: list[str] = []
        counter = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                counter.hits.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.end_headers()
                self.wfile.write(b"\x89PNG\r\n\x1a\n")

            do_POST = do_HEAD = do_GET  # noqa: N815

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def web() -> Iterator[Counter]:
    counter = Counter()
    yield counter
    counter.server.shutdown()


@pytest.fixture
def secret(tmp_path: Path) -> tuple[Path, str]:
    text = f"СЕКРЕТ-{uuid.uuid4().hex}"
    path = tmp_path / "secret.txt"
    path.write_text(text, encoding="utf-8")
    return path, text


def kinds(result_or_warnings: object) -> set[str]:
    warnings = result_or_warnings if isinstance(result_or_warnings, list) else [
        w for d in result_or_warnings.documents for w in d.warnings]  # type: ignore[attr-defined]
    return {w[len(active.PREFIX):].split(" (")[0] for w in warnings if active.is_active(w)}


def samples_of(marker: Path, secret_path: Path, url: str) -> dict[str, tuple[str, bytes, set]]:
    return {
        "odt_macro": ("odt", samples.odt_macro(str(marker)), {"macro", "auto_macro"}),
        "ods_macro": ("ods", samples.ods_macro(str(marker)), {"macro", "auto_macro"}),
        "odt_links": ("odt", samples.odt_links(str(secret_path), url), {"external_link"}),
        "rtf_fields": ("rtf", samples.rtf_fields(str(secret_path), url),
                       {"include_field", "dde"}),
        "docx": ("docx", samples.docx_active(url), {"macro", "dde", "external_link",
                                                    "external_template"}),
        "xlsx": ("xlsx", samples.xlsx_active(url), {"macro", "external_link"}),
        "pdf": ("pdf", samples.pdf_actions(url), {"pdf_javascript", "pdf_launch", "pdf_uri"}),
    }


NAMES = ["odt_macro", "ods_macro", "odt_links", "rtf_fields", "docx", "xlsx", "pdf"]
NO_CONVERTER = ["docx", "xlsx", "pdf"]  # read by our own readers


@pytest.mark.parametrize("name", NAMES)
def test_the_guard_catches_each_kind(name, tmp_path, web, secret):
    fmt, data, expected = samples_of(tmp_path / "ran", secret[0], web.url)[name]
    assert kinds([f.warning() for f in active.scan(fmt, data, LIMITS)]) == expected
    assert web.hits == []


def test_plain_documents_carry_no_warning(tmp_path):
    from mappings import path as mapping

    form = Path(mapping("samples/filled-form-ru.docx")).read_bytes()
    assert active.scan("docx", form, LIMITS) == []
    assert active.scan("odt", samples.odf("odt", samples.TEXT), LIMITS) == []
    # a hyperlink to a web page or a mail address is not active content
    assert active.scan("pdf", samples.pdf_actions("mailto:x@y.kz").replace(
        b"/S /JavaScript", b"/S /GoTo    ").replace(b"/S /Launch", b"/S /GoTo  ")
        .replace(b"/JS (", b"/XS ("),
        LIMITS) == []


@pytest.mark.parametrize("name", NO_CONVERTER)
def test_parsed_documents_tell_it_and_nothing_is_fetched(name, tmp_path, web, secret):
    fmt, data, expected = samples_of(tmp_path / "ran", secret[0], web.url)[name]
    result = parse_document(data, f"letter.{fmt}", LIMITS)
    assert kinds(result) == expected
    assert web.hits == []
    assert secret[1] not in result.model_dump_json()


def test_describe_ru_says_it_in_russian():
    warning = active.Finding("auto_macro", "dom:load").warning()
    assert active.describe_ru(warning) == ("макрос, запускаемый событием документа (например, "
                                           "при открытии) (dom:load)")
    assert active.describe_ru("row 1: no responsible person (column 8)") is None


# -- LibreOffice --------------------------------------------------------------------------------

CONVERTED = ["odt_macro", "ods_macro", "odt_links", "rtf_fields"]
PERMISSIVE = [("Office.Common/Security/Scripting", "MacroSecurityLevel", "0"),
              ("Office.Common/Security/Scripting", "DisableMacrosExecution", "false"),
              ("Office.Common/Security/Scripting", "BlockUntrustedRefererLinks", "false"),
              ("Office.Writer/Content/Update", "Link", "0"),
              ("Office.Calc/Content/Update", "Link", "0"),
              ("Office.Common/Misc", "FirstRun", "false")]


@pytest.mark.slow_formats
@pytest.mark.parametrize("name", CONVERTED)
def test_converted_documents_tell_it_and_nothing_runs_or_is_fetched(
        name, soffice_exe, tmp_path, web, secret):
    marker = tmp_path / "ran"
    fmt, data, expected = samples_of(marker, secret[0], web.url)[name]
    result = parse_document(data, f"letter.{fmt}", LIMITS)
    assert not result.errors, result.errors
    assert kinds(result) == expected
    assert not marker.exists() and web.hits == []
    assert secret[1] not in json.dumps(result.model_dump(mode="json"), ensure_ascii=False)


@pytest.mark.slow_formats
@pytest.mark.parametrize("name", CONVERTED)
def test_without_the_network_sandbox_the_defused_document_still_does_nothing(
        name, soffice_exe, tmp_path, web, secret, monkeypatch):
    """What stops a fetch is our defusing, not only `unshare -rn` and the settings: with no
    sandbox and every setting permissive (links updated always, macros allowed), the defused
    document still fetches nothing (the raw ODT fetches its image then)."""
    from parsers.formats import docx as docx_reader
    from parsers.formats import office

    monkeypatch.setattr(office, "_NETLESS", [])
    monkeypatch.setattr(office, "_SETTINGS", PERMISSIVE)
    marker = tmp_path / "ran"
    fmt, data, _ = samples_of(marker, secret[0], web.url)[name]
    converted = office.convert(data, fmt, office.TARGETS[fmt], LIMITS)
    if office.TARGETS[fmt] == "docx":
        _, text = docx_reader._read(converted, LIMITS)
        assert secret[1] not in text
    assert not marker.exists() and web.hits == []


@pytest.mark.slow_formats
def test_control_the_macro_document_is_live(soffice_exe, tmp_path):
    """Opened by LibreOffice with macros allowed, the sample writes its marker: the tests
    above would see it if the gateway let it run."""
    from parsers.formats import office

    marker = tmp_path / "ran"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        src = work / "document.odt"
        src.write_bytes(samples.odt_macro(str(marker)))
        profile = work / "profile" / "user"
        profile.mkdir(parents=True)
        items = "".join(office._ITEM.format(path=p, name=n, value=v) for p, n, v in PERMISSIVE)
        (profile / "registrymodifications.xcu").write_text(
            office._registry_xcu().split("<item")[0] + items + "</oor:items>")
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(work),
               "SAL_USE_VCLPLUGIN": "svp"}
        install = f"-env:UserInstallation={(work / 'profile').as_uri()}"
        proc = subprocess.Popen([soffice_exe, install, "--headless", "--norestore", "--nologo",
                                 str(src)],
                                env=env, start_new_session=True, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            for _ in range(120):
                if marker.exists():
                    break
                time.sleep(0.5)
        finally:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert marker.read_text().strip() == "macro ran"
