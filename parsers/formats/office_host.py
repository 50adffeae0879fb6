"""The resident converter's far side: a small program run under LibreOffice's own Python (the
one that has `uno`; Debian's python3-uno is for the system python, not the gateway's venv),
which starts one soffice, converts through it with unoserver's UnoConverter, and answers the
gateway over its stdin/stdout.  parsers.formats.resident starts and watches it.

Why a pipe and not unoserver's XML-RPC port: the host and its soffice run in a network
namespace of their own (no network at all, as the per-file converter), which no TCP port of the
gateway's can reach; a pipe crosses it, needs no port (several gateways on one machine never
collide) and closes when the gateway goes, which ends the host (see `_watch`).

It imports nothing of the gateway's: only the standard library, `uno` and unoserver (whose
folder the gateway passes, so the system Python need not have it installed).

Protocol, one JSON object a line: the host says {"ready": true, "pid": soffice's} once soffice
answers; then for each {"in": path, "out": path, "filter": name} it answers {"ok": true,
"vm_mb": soffice's address space} or {"ok": false, "error": text}.  On end of input it kills its
whole process group (soffice and soffice's children), removes its folder and exits.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import queue
import shutil
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from typing import Any

SIOCGIFFLAGS, SIOCSIFFLAGS, IFF_UP = 0x8913, 0x8914, 0x1
CONNECT_SECONDS = 60.0


def _loopback_up() -> None:
    """In a fresh network namespace even `lo` is down: soffice's UNO socket needs it (it is
    the only interface there, so nothing outside is reachable)."""
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        ifr = fcntl.ioctl(s, SIOCGIFFLAGS, struct.pack("16sH", b"lo", 0))
        flags = struct.unpack("16sH", ifr[:18])[1]
        if not flags & IFF_UP:
            fcntl.ioctl(s, SIOCSIFFLAGS, struct.pack("16sH", b"lo", flags | IFF_UP))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _say(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


_WORKDIR: list[str] = []  # the converter's folder (profile, documents): removed at the end


def _group() -> list[tuple[int, int]]:
    """(pid, address space in bytes) of every process in the host's process group."""
    group, found = os.getpgid(0), []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        with contextlib.suppress(OSError, ValueError, IndexError):
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            if int(fields[2]) == group:
                found.append((int(entry), int(fields[20])))  # pgrp, vsize
    return found


def _end(*_: Any) -> None:
    """Kill the rest of the group (soffice.bin is oosplash's child and would outlive the
    host), remove the converter's folder, and exit."""
    me = os.getpid()
    for pid, _size in _group():
        if pid != me:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
    for folder in _WORKDIR:
        shutil.rmtree(folder, ignore_errors=True)
    os._exit(0)


def _watch(requests: queue.Queue[dict[str, Any]]) -> None:
    """Read requests; at end of input (the gateway closed the pipe or died) end everything,
    even while a conversion hangs in the main thread."""
    for line in sys.stdin:
        with contextlib.suppress(ValueError):
            requests.put(json.loads(line))
    _end()


def _vm_mb() -> int:
    """The largest address space in the host's process group (soffice.bin, oosplash's child,
    is the one that grows)."""
    return max((size for _, size in _group()), default=0) // (1024 * 1024)


class _SafeDesktop:
    """The Desktop unoserver's converter loads documents through, with our loading terms
    added to its own (read-only): hidden (Calc needs it headless: without it LibreOffice 7.4
    aborts loading a spreadsheet over UNO), macros never run, links never updated."""

    def __init__(self, desktop: Any, terms: tuple[Any, ...]) -> None:
        self.desktop = desktop
        self.terms = terms

    def loadComponentFromURL(self, url: str, frame: str, flags: int,  # noqa: N802 - UNO's
                             props: tuple[Any, ...]) -> Any:
        return self.desktop.loadComponentFromURL(url, frame, flags, (*props, *self.terms))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.desktop, name)


def _loading_terms() -> tuple[Any, ...]:
    from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]

    never_execute, no_update = 0, 0  # MacroExecMode.NEVER_EXECUTE, UpdateDocMode.NO_UPDATE
    return (PropertyValue(Name="Hidden", Value=True),
            PropertyValue(Name="MacroExecutionMode", Value=never_execute),
            PropertyValue(Name="UpdateDocMode", Value=no_update))


def main() -> None:
    spec = json.loads(sys.argv[1])
    sys.path.append(spec["unoserver_path"])
    from unoserver.converter import UnoConverter  # type: ignore[import-untyped]

    _WORKDIR.append(spec["workdir"])
    signal.signal(signal.SIGTERM, _end)
    requests: queue.Queue[dict[str, Any]] = queue.Queue()
    threading.Thread(target=_watch, args=(requests,), daemon=True).start()  # before soffice
    _loopback_up()
    port = _free_port()
    accept = f"socket,host=127.0.0.1,port={port},tcpNoDelay=1;urp;StarOffice.ComponentContext"
    office = subprocess.Popen(
        [spec["soffice"], f"-env:UserInstallation={spec['profile']}", "--headless",
         "--invisible", "--nocrashreport", "--nodefault", "--nologo", "--norestore",
         "--nolockcheck", f"--accept={accept}"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    until = time.monotonic() + CONNECT_SECONDS
    while True:
        try:
            converter = UnoConverter(port=str(port), temp_dir=spec["workdir"])
            break
        except Exception:  # noqa: BLE001 - uno's exceptions: not listening yet
            if office.poll() is not None or time.monotonic() > until:
                _say({"ready": False, "error": "soffice did not start"})
                _end()
            time.sleep(0.1)
    converter.desktop = _SafeDesktop(converter.desktop, _loading_terms())
    _say({"ready": True, "pid": office.pid})
    while True:
        job = requests.get()
        try:
            converter.convert(inpath=job["in"], outpath=job["out"], filtername=job["filter"],
                              update_index=False)
        except Exception as exc:  # noqa: BLE001 - every failure is the gateway's to judge
            if office.poll() is not None:
                _say({"ok": False, "error": f"soffice ended: {type(exc).__name__}"})
                _end()
            _say({"ok": False, "error": f"{type(exc).__name__}: {exc}"[:500]})
            continue
        _say({"ok": True, "vm_mb": _vm_mb()})


if __name__ == "__main__":
    try:
        main()
    finally:  # whatever ended it (the gateway gone before "ready": a broken pipe), soffice too
        _end()
