"""The resident LibreOffice (parsers.formats.resident) with a real soffice: kept for the next
document, killed and replaced when it hangs past the document's time, retired after its number
of conversions or when it has grown, walled off from the network, and replaced by the per-file
process when it cannot start."""

from __future__ import annotations

import os
import signal
import time
import zipfile
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest

from parsers.formats import office
from parsers.formats import resident as resident_module
from parsers.formats.resident import Resident
from parsers.registry import DocumentRejected, ParseLimits

pytestmark = pytest.mark.slow_formats

RTF = rb"{\rtf1\ansi\deff0 {\fonttbl{\f0 Arial;}}\f0 Hello, resident {\b converter}.\par}"
LIMITS = ParseLimits(seconds_per_document=60)


@pytest.fixture
def converter(soffice_exe: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Resident]:
    """A resident converter of this test's own (the module's is this process's)."""
    own = Resident()
    own.enabled = True
    monkeypatch.setattr(office, "resident", own)
    yield own
    own.close()


def _text(docx: bytes) -> str:
    with zipfile.ZipFile(BytesIO(docx)) as zf:
        return zf.read("word/document.xml").decode()


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def _group(pgid: int) -> list[int]:
    """The processes of a process group (the host, oosplash, soffice.bin)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid:
                found.append(int(entry))
    return found


def _soffice_bin(pgid: int) -> int:
    for pid in _group(pgid):
        try:
            if Path(f"/proc/{pid}/comm").read_text().strip() == "soffice.bin":
                return pid
        except OSError:
            continue
    raise AssertionError("no soffice.bin in the converter's group")


def _gone(pgid: int, seconds: float = 10) -> bool:
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        if not _group_alive(pgid):
            return True
        time.sleep(0.05)
    return False


def test_the_converter_is_kept_for_the_next_document(converter: Resident) -> None:
    first = office.convert(RTF, "rtf", "docx", LIMITS)
    assert "resident" in _text(first)
    assert converter.current is not None
    host = converter.current.pid
    second = office.convert(RTF, "rtf", "docx", LIMITS)
    assert "resident" in _text(second)
    assert converter.current is not None and converter.current.pid == host
    assert converter.current.conversions == 2


def test_a_hanging_converter_is_killed_and_replaced(converter: Resident) -> None:
    office.convert(RTF, "rtf", "docx", LIMITS)
    assert converter.current is not None
    host = converter.current.pid
    os.kill(_soffice_bin(host), signal.SIGSTOP)  # soffice stops answering
    with pytest.raises(DocumentRejected) as refused:
        office.convert(RTF, "rtf", "docx", ParseLimits(seconds_per_document=3))
    assert refused.value.code == "too_slow"
    assert converter.current is None
    assert _gone(host), "the hung converter's processes were left running"
    again = office.convert(RTF, "rtf", "docx", LIMITS)  # a fresh one reads the next
    assert "resident" in _text(again)
    assert converter.current is not None and converter.current.pid != host


def test_a_converter_is_replaced_after_its_number_of_conversions(
        converter: Resident, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resident_module, "CONVERSIONS_PER_OFFICE", 2)
    office.convert(RTF, "rtf", "docx", LIMITS)
    assert converter.current is not None
    host = converter.current.pid
    office.convert(RTF, "rtf", "docx", LIMITS)
    assert _gone(host)
    assert converter.current is not None and converter.current.pid != host  # already booting
    assert "resident" in _text(office.convert(RTF, "rtf", "docx", LIMITS))


def test_a_converter_grown_past_its_share_of_memory_is_replaced(
        converter: Resident, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resident_module, "RETIRE_SHARE", 0.01)  # any soffice is "grown"
    office.convert(RTF, "rtf", "docx", LIMITS)
    assert converter.current is not None
    host = converter.current.pid
    assert "resident" in _text(office.convert(RTF, "rtf", "docx", LIMITS))
    assert _gone(host)


def test_the_converter_has_no_network(converter: Resident) -> None:
    if not office._no_network_prefix():
        pytest.skip("this kernel gives no unprivileged network namespaces")
    office.convert(RTF, "rtf", "docx", LIMITS)
    assert converter.current is not None
    soffice = _soffice_bin(converter.current.pid)
    assert os.readlink(f"/proc/{soffice}/ns/net") != os.readlink("/proc/self/ns/net")
    limit = Path(f"/proc/{soffice}/limits").read_text()
    [line] = [x for x in limit.splitlines() if x.startswith("Max address space")]
    assert str(office.OFFICE_MEMORY_MB * 1024 * 1024) in line


def test_the_host_ends_with_its_gateway(converter: Resident) -> None:
    office.convert(RTF, "rtf", "docx", LIMITS)
    assert converter.current is not None
    conv = converter.current
    assert conv.proc.stdin is not None
    conv.proc.stdin.close()  # as when the worker that started it dies
    assert conv.proc.wait(timeout=10) == 0
    assert _gone(conv.pid)  # soffice with it
    assert not conv.workdir.exists()  # and its profile and documents


def test_a_host_whose_gateway_goes_while_it_starts_takes_soffice_with_it(
        soffice_exe: str) -> None:
    conv = resident_module.Converter(soffice_exe, office.OFFICE_MEMORY_MB, office._wrapped)
    try:
        until = time.monotonic() + 30
        while time.monotonic() < until and not any(  # soffice is starting
                Path(f"/proc/{pid}/comm").read_text().strip() in ("oosplash", "soffice.bin")
                for pid in _group(conv.pid) if Path(f"/proc/{pid}/comm").exists()):
            time.sleep(0.05)
        assert conv.proc.stdin is not None and conv.proc.stdout is not None
        conv.proc.stdin.close()  # the worker killed before the converter said it was ready:
        conv.proc.stdout.close()  # both ends of its pipes gone
        conv.proc.wait(timeout=30)
        assert _gone(conv.pid), "soffice outlived its host"
        assert not conv.workdir.exists()
    finally:
        conv.stop()


def test_without_a_resident_converter_each_file_gets_its_own_process(
        converter: Resident, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resident_module, "unoserver_path", lambda: None)
    assert "resident" in _text(office.convert(RTF, "rtf", "docx", LIMITS))
    assert converter.current is None and converter.broken_until > time.monotonic()


def test_a_host_that_cannot_start_falls_back(converter: Resident, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "host.py"
    broken.write_text("import sys\nsys.exit(3)\n")  # as a Python without `uno` would
    monkeypatch.setattr(resident_module, "HOST", broken)
    assert "resident" in _text(office.convert(RTF, "rtf", "docx", LIMITS))
    assert converter.current is None and converter.broken_until > time.monotonic()
