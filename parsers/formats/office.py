"""Word 97 (.doc), RTF, OpenDocument text (.odt), Excel 97 (.xls) and OpenDocument spreadsheets
(.ods): converted to DOCX/XLSX by LibreOffice headless, then read by the DOCX/XLSX readers, so
the form and letter reading is exactly theirs.

Why LibreOffice: it is the best-kept reader of these formats there is (Word 97's binary format
alone is hundreds of pages); a Python reader of each would read less, worse.  Why the care:
the converter opens untrusted bytes, so each conversion gets
- a fresh user profile (`-env:UserInstallation`), copied from a pristine one made once per
  process, so no state (recent files, a crashed session's lock) leaks between documents, with
  macros disabled (security level "very high", macro execution off) and links never updated;
- the document defused first (`defused`): an OpenDocument file loses its macro libraries,
  event bindings and links leaving the package, an RTF file its include and DDE fields, so
  nothing in it could run or fetch even if a setting above were lost (parsers.active tells
  the operator what there was);
- no network: run in a new user and network namespace (`unshare -rn`) where the kernel allows;
- a time limit (a little under ParseLimits.seconds_per_document, the pool worker's own):
  the whole process group is killed, the code `too_slow` (the pool's);
- a memory limit (ParseLimits.worker_memory_mb, at least OFFICE_MEMORY_MB: soffice maps a lot
  of address space at start), set by `prlimit` on the command line.

Each worker converts through a resident LibreOffice (parsers.formats.resident: the same
profile settings, namespace and limits, started once and kept) and runs the per-file process
described above only where that cannot start.

`convert(data, source, target, limits)` is a plain function of bytes, so it runs in any worker.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import resource
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import zipfile
from pathlib import Path
from typing import Any

from parsers.document import build_document
from parsers.formats import docx as docx_reader
from parsers.formats import xlsx as xlsx_reader
from parsers.formats.resident import resident
from parsers.records import ParsedDocument
from parsers.registry import DocumentRejected, FormatParser, ParseLimits, parser

OFFICE_MEMORY_MB = 2048
# what each source becomes, and LibreOffice's filter for it
TARGETS = {"doc": "docx", "rtf": "docx", "odt": "docx", "xls": "xlsx", "ods": "xlsx"}
FILTERS = {"docx": "docx:MS Word 2007 XML", "xlsx": "xlsx:Calc MS Excel 2007 XML"}
_CANDIDATES = ("soffice", "libreoffice", "/usr/lib/libreoffice/program/soffice")
_ITEM = ('<item oor:path="/org.openoffice.{path}"><prop oor:name="{name}" oor:op="fuse">'
         "<value>{value}</value></prop></item>")
# macros never run; links to other files or the web never updated; no update check
_SETTINGS = [
    ("Office.Common/Security/Scripting", "MacroSecurityLevel", "3"),
    ("Office.Common/Security/Scripting", "DisableMacrosExecution", "true"),
    ("Office.Common/Security/Scripting", "BlockUntrustedRefererLinks", "true"),
    ("Office.Writer/Content/Update", "Link", "2"),
    ("Office.Calc/Content/Update", "Link", "2"),
    ("Office.Common/Misc", "UseLocking", "false"),
    ("Office.Common/Misc", "FirstRun", "false"),
    ("Office.Common/History", "PickListSize", "0"),  # a resident one keeps no recent files
]
_template_lock = threading.Lock()
_template: Path | None = None


def soffice() -> str | None:
    """The LibreOffice executable, or None when it is not installed."""
    for name in _CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def _registry_xcu() -> str:
    items = "".join(_ITEM.format(path=p, name=n, value=v) for p, n, v in _SETTINGS)
    return ('<?xml version="1.0" encoding="UTF-8"?><oor:items '
            'xmlns:oor="http://openoffice.org/2001/registry" '
            'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{items}</oor:items>')


def _seed_profile(profile: Path) -> None:
    """A profile with our settings only: LibreOffice fills in the rest on its first start."""
    user = profile / "user"
    user.mkdir(parents=True, exist_ok=True)
    (user / "registrymodifications.xcu").write_text(_registry_xcu(), encoding="utf-8")


def _fresh_profile(workdir: Path) -> Path:
    """A profile for one conversion: a copy of the pristine template when there is one."""
    profile = workdir / "profile"
    with _template_lock:
        template = _template
    if template is not None and template.is_dir():
        shutil.copytree(template, profile, symlinks=True)
        _seed_profile(profile)  # our settings win whatever the first start wrote
    else:
        _seed_profile(profile)
    return profile


def _keep_template(profile: Path) -> None:
    """After a good first conversion, keep its initialised profile to copy from (saves the
    second or so LibreOffice spends setting up a new profile)."""
    global _template
    with _template_lock:
        if _template is not None:
            return
        keep = Path(tempfile.mkdtemp(prefix="ekc-soffice-template-"))
        try:
            shutil.copytree(profile, keep / "profile", symlinks=True,
                            ignore=shutil.ignore_patterns("*.lock", ".lock", "crash*"))
        except OSError:
            shutil.rmtree(keep, ignore_errors=True)
            return
        _template = keep / "profile"


def _no_network_prefix() -> list[str]:
    """`unshare -rn` (a user and network namespace of our own: no network at all) when the
    kernel lets an unprivileged process make one; else nothing."""
    unshare = shutil.which("unshare")
    if not unshare:
        return []
    try:
        ok = subprocess.run([unshare, "-rn", "true"], capture_output=True, timeout=5)
    except (OSError, subprocess.SubprocessError):
        return []
    return [unshare, "-rn"] if ok.returncode == 0 else []


_NETLESS: list[str] | None = None


def _limits(memory_mb: int) -> None:  # runs in the child before exec (no prlimit only)
    limit = max(memory_mb, OFFICE_MEMORY_MB) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _limited(cmd: list[str], memory_mb: int) -> tuple[list[str], Any]:
    """(the command under `prlimit`, None), or (the command, a preexec_fn setting the limits)
    where util-linux's prlimit is missing: a preexec_fn is not safe in a process with
    threads, so it is the fallback only."""
    prlimit = shutil.which("prlimit")
    if prlimit is None:
        return cmd, lambda: _limits(memory_mb)
    limit = max(memory_mb, OFFICE_MEMORY_MB) * 1024 * 1024
    return [prlimit, f"--as={limit}", "--core=0", "--", *cmd], None


def command(exe: str, profile: Path, target: str, inputs: list[Path], outdir: Path) -> list[str]:
    """The soffice command line converting `inputs` to `target` into `outdir` (also used by the
    tests and the benchmark to make and time conversions)."""
    global _NETLESS
    if _NETLESS is None:
        _NETLESS = _no_network_prefix()
    return [*_NETLESS, exe, f"-env:UserInstallation={profile.as_uri()}", "--headless",
            "--invisible", "--nologo", "--nodefault", "--norestore", "--nolockcheck",
            "--convert-to", FILTERS.get(target, target), "--outdir", str(outdir),
            *map(str, inputs)]


def _own_time(seconds: float) -> float:
    """The converter's time: a little less than the document's, so that it is this reader
    that kills soffice's process group (in a session of its own, it would outlive the pool
    worker the pool kills at the document's limit)."""
    return max(seconds - min(2.0, 0.1 * seconds), 0.01)


def run(cmd: list[str], workdir: Path, limits: ParseLimits, seconds: float | None = None) -> None:
    """Run soffice with a time (`seconds`, else the converter's share of the document's) and
    memory limit; its whole process group is killed on timeout."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(workdir),
           "TMPDIR": str(workdir), "LANG": "C.UTF-8", "SAL_USE_VCLPLUGIN": "svp"}
    cmd, preexec = _limited(cmd, limits.worker_memory_mb)
    proc = subprocess.Popen(cmd, cwd=workdir, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            start_new_session=True, preexec_fn=preexec)
    try:
        proc.communicate(timeout=_own_time(limits.seconds_per_document) if seconds is None
                         else max(seconds, 0.01))
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise DocumentRejected("too_slow", f"converting took longer than "
                               f"{limits.seconds_per_document:g} s") from None
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # anything it left behind


def _wrapped(cmd: list[str], memory_mb: int) -> tuple[list[str], Any]:
    """A resident converter's command with the per-file process's namespace and limits."""
    global _NETLESS
    if _NETLESS is None:
        _NETLESS = _no_network_prefix()
    return _limited([*_NETLESS, *cmd], memory_mb)


def _encrypted_odf(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            manifest = zf.read("META-INF/manifest.xml")
    except (KeyError, zipfile.BadZipFile, OSError, RuntimeError, ValueError):
        return False
    return b"encryption-data" in manifest


def _encrypted_doc(data: bytes, source: str) -> bool:
    """Word 97 marks encryption in its FIB (fEncrypted, bit 8 of the flags at offset 10); the
    FIB starts the WordDocument stream, on a sector boundary."""
    if source != "doc":
        return False
    at = data.find(b"\xec\xa5\xc1\x00")  # wIdent and nFib of Word 97-2003
    return at >= 0 and at % 512 == 0 and len(data) > at + 12 and bool(data[at + 11] & 0x01)


def _aligned(data: bytes, marker: bytes, step: int = 64) -> bool:
    at = data.find(marker)
    while at >= 0:
        if at % step == 0:
            return True
        at = data.find(marker, at + 1)
    return False


def _looks_whole(data: bytes, source: str) -> bool:
    """A Word 97 file has a FIB (wIdent 0xA5EC) and an Excel 97 one a BOF record (0x0809) at
    the start of a sector of its main stream; without them LibreOffice would import the
    bytes as plain text and "read" the garbage."""
    if source == "doc":
        return _aligned(data, b"\xec\xa5")
    if source == "xls":
        return _aligned(data, b"\x09\x08")
    return True


_ODF_DROPPED = ("Basic/", "Scripts/")  # macro libraries: never handed to the converter
_ODF_EVENTS = re.compile(rb"<office:event-listeners\b.*?</office:event-listeners>|"
                         rb"<office:event-listeners\b[^>]*/>", re.S)
_HREF = re.compile(rb'(xlink:href=")([^"]*)(")')
_MANIFEST_DROPPED = re.compile(rb'<manifest:file-entry\b[^>]*manifest:full-path="(?:Basic|'
                               rb'Scripts)/[^"]*"[^>]*?(?:/>|>.*?</manifest:file-entry>)', re.S)
_RTF_FIELDS = re.compile(rb"(\\fldinst[^A-Za-z]{0,200}?)(INCLUDETEXT|INCLUDEPICTURE|DDEAUTO|"
                         rb"DDE|IMPORT|LINK)(?![A-Za-z])")


def _external_href(match: re.Match[bytes]) -> bytes:
    href = match.group(2).strip()
    leaves = re.match(rb"^[a-zA-Z][a-zA-Z0-9+.-]*:", href) or href.startswith(
        (b"/", b"\\", b"../", b"..\\"))
    return match.group(1) + (b"" if leaves else match.group(2)) + match.group(3)


def defused(data: bytes, source: str) -> bytes:
    """The document as LibreOffice gets it: an OpenDocument file without its macro libraries,
    its event bindings (OnLoad and the like) and its links leaving the package; an RTF file
    whose include and DDE fields are no longer fields LibreOffice knows.  Whatever the
    converter's own settings, nothing of it can run or be fetched (parsers.active has told it
    already).  Anything else is handed over as it is."""
    if source == "rtf":
        return _RTF_FIELDS.sub(lambda m: m.group(1) + b"X" * len(m.group(2)), data)
    if source not in ("odt", "ods"):
        return data
    out = io.BytesIO()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w") as zout:
            for info in zin.infolist():
                if info.filename.startswith(_ODF_DROPPED):
                    continue
                body = zin.read(info)
                if info.filename == "META-INF/manifest.xml":
                    body = _MANIFEST_DROPPED.sub(b"", body)
                elif info.filename.endswith(".xml"):
                    body = _HREF.sub(_external_href, _ODF_EVENTS.sub(b"", body))
                zout.writestr(info, body)
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, ValueError):
        return data  # LibreOffice will say it cannot read it
    return out.getvalue()


def convert(data: bytes, source: str, target: str, limits: ParseLimits) -> bytes:
    """`data` (a `source` file: doc, rtf, odt, xls, ods) as a `target` (docx or xlsx) file,
    defused first (`defused`)."""
    exe = soffice()
    if exe is None:
        raise DocumentRejected("converter_unavailable", f"a .{source} file needs LibreOffice "
                               "to be read, and it is not installed (apt-get install "
                               "libreoffice-writer-nogui libreoffice-calc-nogui)")
    if not _looks_whole(data, source):
        raise DocumentRejected("corrupt", f"the .{source} file is damaged: its main stream "
                               "has no header")
    if (source in ("odt", "ods") and _encrypted_odf(data)) or _encrypted_doc(data, source):
        raise DocumentRejected("encrypted_document", "the document is protected by a password; "
                               "please send it unprotected")
    data = defused(data, source)  # whichever converter opens it, resident or per file
    seconds = _own_time(limits.seconds_per_document)
    began = time.monotonic()
    converted = resident.convert(exe, data, source, target,
                                 max(limits.worker_memory_mb, OFFICE_MEMORY_MB), seconds, _wrapped)
    if converted is None:  # no resident converter here: a process for this file
        converted = _convert_alone(exe, data, source, target, limits,
                                   seconds - (time.monotonic() - began))
    if not converted:
        raise DocumentRejected("corrupt", f"LibreOffice could not read the .{source} file "
                               "(damaged, or protected by a password)")
    return converted


def _convert_alone(exe: str, data: bytes, source: str, target: str, limits: ParseLimits,
                   seconds: float) -> bytes:
    """The per-file process: a soffice started for this file alone (b"" if it could not)."""
    with tempfile.TemporaryDirectory(prefix="ekc-soffice-") as tmp:
        workdir = Path(tmp)
        src = workdir / f"document.{source}"
        src.write_bytes(data)  # defused by convert()
        profile = _fresh_profile(workdir)
        outdir = workdir / "out"
        run(command(exe, profile, target, [src], outdir), workdir, limits, seconds)
        out = outdir / f"document.{target}"
        if not out.is_file() or out.stat().st_size == 0:
            return b""
        _keep_template(profile)
        return out.read_bytes()


def _reader(source: str) -> FormatParser:
    target = TARGETS[source]
    read = docx_reader._read if target == "docx" else xlsx_reader._read

    def parse(data: bytes, part: str, limits: ParseLimits) -> list[ParsedDocument]:
        converted = convert(data, source, target, limits)
        try:
            tables, text = read(converted, limits)
        except DocumentRejected as exc:
            raise DocumentRejected(exc.code, f"the .{source} file, converted to "
                                   f"{target.upper()}: {exc.message}") from None
        doc = build_document(part, tables, text, read_by=source)
        if not tables and not text.strip():
            doc.warnings.append(f"the .{source} file holds no text")
        return [doc]

    parse.__name__ = f"parse_{source}"
    parse.__doc__ = f"A .{source} file read as {target.upper()} (converted by LibreOffice)."
    return parse


for _source in TARGETS:
    parser(_source)(_reader(_source))
