"""A resident LibreOffice: one soffice kept running per process that converts (a pool worker),
so a .doc/.rtf/.odt/.xls/.ods costs a conversion, not a LibreOffice start (about a second and
a half of the two a cold `soffice --convert-to` takes).

What the per-file process gives (parsers.formats.office) is kept:
- a clean profile: a fresh copy of the pristine one for each converter, with the same settings
  (macros never run, links never updated, no recent-files list); a converter is replaced after
  CONVERSIONS_PER_OFFICE documents, so what one document leaves in it is seen by few others;
- no network: the host (parsers/formats/office_host.py, under LibreOffice's own Python) and its
  soffice run in a network namespace of their own (`unshare -rn`) where the kernel allows, and
  talk to this process over a pipe (no port: several gateways on a machine never meet);
- a memory limit: the address-space limit of the per-file process, on every process of the
  converter; one whose soffice has grown past RETIRE_SHARE of it is replaced after the document;
- the document's time limit: a conversion that overruns kills the converter's whole process
  group (code `too_slow`, as before) and the next document starts a fresh one.

When the resident converter cannot start (no `uno` for LibreOffice's Python, unoserver missing,
soffice not answering), `convert` returns None and the caller runs the per-file process; it is
tried again after RETRY_SECONDS.  A replacement is started as soon as the old one is retired,
so it boots while the worker waits for its next job.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from parsers.registry import DocumentRejected

CONVERSIONS_PER_OFFICE = 100
RETIRE_SHARE = 0.75
START_SECONDS = 45.0
RETRY_SECONDS = 300.0
HOST = Path(__file__).with_name("office_host.py")
# LibreOffice's export filter for each target (the names unoserver's converter takes)
EXPORT_FILTERS = {"docx": "MS Word 2007 XML", "xlsx": "Calc MS Excel 2007 XML"}


class NotAvailable(Exception):
    """The resident converter could not start or broke: use the per-file process."""


def host_python(exe: str) -> str | None:
    """The Python LibreOffice runs macros with, which has `uno`: its own (program/python, in
    LibreOffice's own builds), else the system's (Debian's python3-uno)."""
    own = Path(os.path.realpath(exe)).parent / "python"
    if own.is_file() and os.access(own, os.X_OK):
        return str(own)
    return shutil.which("python3", path="/usr/bin:/bin:/usr/local/bin")


def unoserver_path() -> str | None:
    """The folder holding the unoserver package (installed in the gateway's environment): the
    host adds it to LibreOffice's Python's path."""
    spec = importlib.util.find_spec("unoserver")
    if spec is None or not spec.submodule_search_locations:
        return None
    return str(Path(next(iter(spec.submodule_search_locations))).parent)


class Converter:
    """One host and its soffice: started by `__init__` (without waiting), ready when it says so."""

    def __init__(self, exe: str, memory_mb: int, wrap: Any) -> None:
        """`wrap(cmd, memory_mb) -> (cmd, preexec)` puts the limits and the namespace around
        the host's command (parsers.formats.office's, so both converters get the same)."""
        python, packages = host_python(exe), unoserver_path()
        if python is None or packages is None:
            raise NotAvailable("no Python with uno, or unoserver is not installed")
        self.memory_mb = memory_mb
        self.conversions = 0
        self.ready = False
        self.buffer = b""
        self.started = time.monotonic()
        self.workdir = Path(tempfile.mkdtemp(prefix="ekc-office-"))
        from parsers.formats.office import _fresh_profile

        profile = _fresh_profile(self.workdir)
        spec = {"unoserver_path": packages, "soffice": exe, "profile": profile.as_uri(),
                "workdir": str(self.workdir)}
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(self.workdir),
               "TMPDIR": str(self.workdir), "LANG": "C.UTF-8", "SAL_USE_VCLPLUGIN": "svp",
               "PYTHONDONTWRITEBYTECODE": "1"}
        cmd, preexec = wrap([python, "-I", str(HOST), json.dumps(spec)], memory_mb)
        self.proc = subprocess.Popen(cmd, cwd=self.workdir, env=env, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     start_new_session=True, preexec_fn=preexec)

    @property
    def pid(self) -> int:
        """The host's process id (its process group's too)."""
        return self.proc.pid

    def _line(self, deadline: float) -> dict[str, Any] | None:
        """The host's next message, or None at the deadline; NotAvailable if it ended."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        with selectors.DefaultSelector() as sel:
            sel.register(fd, selectors.EVENT_READ)
            while b"\n" not in self.buffer:
                left = deadline - time.monotonic()
                if left <= 0 or not sel.select(left):
                    return None
                chunk = os.read(fd, 65536)
                if not chunk:
                    raise NotAvailable("the converter ended")
                self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        try:
            message: dict[str, Any] = json.loads(line)
        except ValueError:
            raise NotAvailable("the converter said something unreadable") from None
        return message

    def wait_ready(self, deadline: float) -> bool:
        """True once the host has said it is ready; False at `deadline` while it still boots
        (the document's time is up, not the converter's); NotAvailable if it failed or has
        booted for longer than START_SECONDS."""
        if self.ready:
            return True
        message = self._line(min(deadline, self.started + START_SECONDS))
        if message is None:
            if time.monotonic() >= self.started + START_SECONDS:
                raise NotAvailable("soffice did not start in time")
            return False
        if not message.get("ready"):
            raise NotAvailable("soffice did not start")
        self.ready = True
        return True

    def convert(self, src: Path, out: Path, target: str, deadline: float) -> bool:
        """Convert src to out: False when LibreOffice could not read src, TimeoutError at
        the deadline (the caller kills the converter), NotAvailable if it died."""
        assert self.proc.stdin is not None
        job = {"in": str(src), "out": str(out), "filter": EXPORT_FILTERS[target]}
        try:
            self.proc.stdin.write(json.dumps(job).encode() + b"\n")
            self.proc.stdin.flush()
        except OSError:
            raise NotAvailable("the converter ended") from None
        message = self._line(deadline)
        if message is None:
            raise TimeoutError
        self.conversions += 1
        if message.get("ok") and message.get("vm_mb", 0) > RETIRE_SHARE * self.memory_mb:
            self.conversions = CONVERSIONS_PER_OFFICE  # swollen: retire it
        return bool(message.get("ok"))

    def stop(self) -> None:
        """Kill the host's whole group (soffice.bin is oosplash's child) and tidy up."""
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            self.proc.wait(5)
        for pipe in (self.proc.stdin, self.proc.stdout):
            with contextlib.suppress(OSError):
                if pipe is not None:
                    pipe.close()
        shutil.rmtree(self.workdir, ignore_errors=True)


class Resident:
    """This process's converter: started on first use, replaced when it is spent or broken."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.current: Converter | None = None
        self.broken_until = 0.0
        self.enabled = os.environ.get("EKC_OFFICE_RESIDENT", "1") != "0"

    def _take(self, exe: str, memory_mb: int, wrap: Any) -> Converter:
        conv = self.current
        if conv is not None and (conv.memory_mb != memory_mb or conv.proc.poll() is not None):
            conv.stop()
            conv = self.current = None
        if conv is None:
            conv = self.current = Converter(exe, memory_mb, wrap)
        return conv

    def convert(self, exe: str, data: bytes, source: str, target: str, memory_mb: int,
                seconds: float, wrap: Any) -> bytes | None:
        """`data` converted, b"" when LibreOffice could not read it, or None when there is no
        resident converter to use (the caller then runs the per-file process).  A hang past
        `seconds` kills the converter and raises DocumentRejected("too_slow")."""
        if not self.enabled or time.monotonic() < self.broken_until:
            return None
        if not self.lock.acquire(blocking=False):
            return None  # another thread of this process converts: it gets its own process
        try:
            return self._convert(exe, data, source, target, memory_mb, seconds, wrap)
        finally:
            self.lock.release()

    def _convert(self, exe: str, data: bytes, source: str, target: str, memory_mb: int,
                 seconds: float, wrap: Any) -> bytes | None:
        deadline = time.monotonic() + seconds
        try:
            conv = self._take(exe, memory_mb, wrap)
            ready = conv.wait_ready(deadline)
        except (NotAvailable, OSError):
            self._drop()
            self.broken_until = time.monotonic() + RETRY_SECONDS
            return None
        if not ready:  # still booting when the document's time ran out: it goes on booting
            raise DocumentRejected("too_slow", f"converting took longer than {seconds:g} s")
        job = Path(tempfile.mkdtemp(prefix="job-", dir=conv.workdir))
        try:
            src, out = job / f"document.{source}", job / f"document.{target}"
            src.write_bytes(data)
            try:
                ok = conv.convert(src, out, target, deadline)
            except TimeoutError:
                self._drop()
                raise DocumentRejected("too_slow", "converting took longer than "
                                       f"{seconds:g} s") from None
            except NotAvailable:  # it died on this document (its memory limit, a crash)
                self._drop()
                raise DocumentRejected("corrupt", f"LibreOffice stopped reading the .{source} "
                                       "file (damaged, or over its memory limit)") from None
            result = out.read_bytes() if ok and out.is_file() else b""
        finally:
            shutil.rmtree(job, ignore_errors=True)
        if conv.conversions >= CONVERSIONS_PER_OFFICE:
            self._drop()
            with contextlib.suppress(NotAvailable, OSError):
                self.current = Converter(exe, memory_mb, wrap)  # boots while we wait
        return result

    def _drop(self) -> None:
        if self.current is not None:
            self.current.stop()
            self.current = None

    def close(self) -> None:
        with self.lock:
            self._drop()


resident = Resident()


def _forget() -> None:
    """A forked child must neither use nor kill its parent's converter, nor hold its pipes open
    (the host ends when the gateway's end of its input closes)."""
    conv = resident.current
    if conv is not None:
        for pipe in (conv.proc.stdin, conv.proc.stdout):
            with contextlib.suppress(OSError):
                if pipe is not None:
                    pipe.close()  # the child's copy only
    resident.__init__()  # type: ignore[misc]


os.register_at_fork(after_in_child=_forget)
if sys.platform != "linux":  # the host relies on /proc and network namespaces
    resident.enabled = False
