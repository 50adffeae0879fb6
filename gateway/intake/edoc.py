"""The e-document folder: complete packages become one stored message each.

Why a message: processing then treats a package like mail whose body is the envelope's covering
letter and whose attachments are its documents; the envelope itself travels as the inbound row's
meta (the e-document system has already authenticated the sending organisation).  A package is
complete when envelope.json exists (writers write it last); a malformed one moves to rejected/
with reason.txt, and the rejection goes into the status log (which `gateway status` counts and
`gateway quarantine list` shows); a stored one moves to done/ only after the commit, and storing
it again is a no-op (the origin key is the sender's package id), so a crash between the two
loses nothing.  An envelope that is not yet valid JSON may still be being written: it is judged
only once it has stayed unchanged for `settle_seconds`.

Why so careful with the files: whoever writes the folder is outside the gateway, and what is read
here is stored, shown to operators and attached to escalations.  Nothing is followed out of the
package: the package folder and every file are opened with O_NOFOLLOW, relative to the package's
own descriptor, and must be a directory and regular files (fstat); a package holding a symbolic
link, a device or a FIFO is rejected with its reason, and never read.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import mimetypes
import os
import shutil
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from gateway.config import Config
from gateway.intake.inbound import commit_inbound
from gateway.runtime.statuslog import record
from gateway.store import repo
from gateway.store.schema import inbound

REQUIRED = ("id", "agency_id", "registration_number", "registration_date", "subject")


class BadPackage(ValueError):
    pass


class NotYet(Exception):
    """The package may still be being written: look again on a later poll."""


_NOFOLLOW = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
_KINDS = ((stat.S_ISLNK, "a symbolic link"), (stat.S_ISFIFO, "a FIFO"),
          (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket"))


def _kind(mode: int) -> str:
    return next((what for test, what in _KINDS if test(mode)), "not a regular file")


@contextlib.contextmanager
def _package_fd(folder: Path) -> Iterator[int]:
    """The package folder's descriptor, never through a symbolic link."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.ENOTDIR):
            raise BadPackage("the package folder is a symbolic link or not a folder") from None
        raise
    try:
        yield fd
    finally:
        os.close(fd)


def _check_entries(dirfd: int) -> None:
    """Every entry of the package is a regular file or a folder (lstat: nothing followed)."""
    for entry in os.scandir(dirfd):
        mode = os.stat(entry.name, dir_fd=dirfd, follow_symlinks=False).st_mode
        if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            raise BadPackage(f"{entry.name!r} in the package is {_kind(mode)}; "
                             "only regular files are read")


def _read(dirfd: int, name: str) -> tuple[bytes, os.stat_result]:
    """A regular file of the package, opened without following a link; FileNotFoundError if
    absent."""
    try:
        fd = os.open(name, _NOFOLLOW, dir_fd=dirfd)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise BadPackage(f"{name!r} is a symbolic link; it is not followed") from None
        raise
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise BadPackage(f"{name!r} is {_kind(st.st_mode)}; only regular files are read")
        return fh.read(), st


@dataclass
class EdocStats:
    new: int = 0
    seen: int = 0
    rejected: int = 0


def _envelope(dirfd: int, settle_seconds: float) -> dict[str, Any]:
    try:
        data, st = _read(dirfd, "envelope.json")
    except FileNotFoundError:
        raise NotYet() from None  # moved away meanwhile, or never complete
    except OSError as exc:
        raise BadPackage(f"envelope.json is not readable: {exc}") from None
    try:
        env = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        if time.time() - st.st_mtime < settle_seconds:
            raise NotYet() from None  # perhaps still being written: judged once it settles
        raise BadPackage(f"envelope.json is not readable JSON: {exc}") from None
    if not isinstance(env, dict):
        raise BadPackage("envelope.json must hold a JSON object")
    missing = [k for k in REQUIRED if not env.get(k)]
    if missing:
        raise BadPackage(f"envelope.json lacks {', '.join(missing)}")
    try:
        dt.date.fromisoformat(str(env["registration_date"]))
    except ValueError:
        raise BadPackage(f"registration_date {env['registration_date']!r} is not "
                         "YYYY-MM-DD") from None
    docs = env.get("documents") or []
    if not isinstance(docs, list) or not all(isinstance(d, str) for d in docs):
        raise BadPackage("documents must be a list of file names")
    for name in docs:
        if "/" in name or "\\" in name or name.startswith(".") or "\x00" in name:
            raise BadPackage(f"document name {name!r} is not a plain file name")
    return env


def _documents(dirfd: int, env: dict[str, Any]) -> dict[str, bytes]:
    """The listed documents' bytes, each a regular file of the package."""
    out: dict[str, bytes] = {}
    for name in env.get("documents") or []:
        try:
            out[name] = _read(dirfd, name)[0]
        except FileNotFoundError:
            raise BadPackage(f"document {name!r} is listed but not in the package") from None
        except OSError as exc:
            raise BadPackage(f"document {name!r} is not readable: {exc}") from None
    return out


def to_message(docs: dict[str, bytes], env: dict[str, Any], sender: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "ekc@edoc.invalid"
    msg["Subject"] = " ".join(str(env["subject"]).split())[:500]
    msg["Date"] = format_datetime(dt.datetime.combine(
        dt.date.fromisoformat(env["registration_date"]), dt.time(9), dt.UTC))
    digest = hashlib.sha256(f"{env['agency_id']}/{env['id']}".encode()).hexdigest()[:24]
    msg["Message-ID"] = f"<edoc.{digest}@edoc.invalid>"
    msg["X-EKC-Edoc-Agency"] = str(env["agency_id"])
    msg["X-EKC-Edoc-Number"] = " ".join(str(env["registration_number"]).split())
    if env.get("in_reply_to"):
        msg["X-EKC-Edoc-In-Reply-To"] = " ".join(str(env["in_reply_to"]).split())
    msg.set_content(str(env.get("body") or ""))
    for name, data in docs.items():
        ctype = mimetypes.guess_type(name)[0] or "application/octet-stream"
        main, sub = ctype.split("/", 1)
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return msg.as_bytes()


class EdocInbox:
    """<root>/incoming/<id>/ → stored message → <root>/done/<id>/ (or rejected/)."""

    def __init__(self, cfg: Config, engine: Engine) -> None:
        self.cfg = cfg
        self.engine = engine
        self.root = cfg.edoc_root
        for sub in ("incoming", "done", "rejected", "outgoing"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)

    def _move(self, folder: Path, where: str) -> Path:
        target = self.root / where / folder.name
        n = 1
        while os.path.lexists(target):
            target = self.root / where / f"{folder.name}.{n}"
            n += 1
        shutil.move(str(folder), str(target))
        return target

    def _packages(self) -> list[Path]:
        """incoming/'s folders, and its symbolic links (rejected, never followed)."""
        return sorted(p for p in (self.root / "incoming").iterdir()
                      if p.is_symlink() or p.is_dir())

    def poll_once(self) -> EdocStats:
        stats = EdocStats()
        for folder in self._packages():
            if not folder.is_symlink() and not os.path.lexists(folder / "envelope.json"):
                continue  # still being written
            try:
                with _package_fd(folder) as dirfd:
                    _check_entries(dirfd)
                    env = _envelope(dirfd, self.cfg.edoc.settle_seconds)
                    with self.engine.connect() as conn:
                        agency = repo.get_agency(conn, str(env["agency_id"]))
                    if agency is None:
                        raise BadPackage(f"agency_id {env['agency_id']!r} is not in the "
                                         "directory")
                    sender = agency.emails[0] if agency.emails \
                        else f"{agency.agency_id}@edoc.invalid"
                    raw = to_message(_documents(dirfd, env), env, sender)
            except NotYet:
                continue
            except BadPackage as exc:
                self._reject(folder, str(exc))
                stats.rejected += 1
                continue
            meta = dict(env)  # the envelope as the sender wrote it (already valid JSON)
            origin = f"edoc:{env['agency_id']}/{env['id']}"
            row_id, new = commit_inbound(self.engine, origin_key=origin, source="edoc", raw=raw,
                                         meta=meta, window=self.cfg.duplicate_window)
            if not new and not self._seen_again(folder, row_id, origin, meta):
                stats.rejected += 1
                continue
            self._move(folder, "done")
            stats.new += new
            stats.seen += not new
        return stats

    def _seen_again(self, folder: Path, row_id: int, origin: str, meta: dict[str, Any]) -> bool:
        """A package whose id is already stored: the same envelope is the same package seen
        again (a crash between commit and move; True: on to done/), another envelope under a
        known id is rejected.  Either way the status log says so."""
        with self.engine.connect() as conn:
            stored = conn.execute(select(inbound.c.meta).where(inbound.c.id == row_id)).scalar()
        if stored == meta:
            with self.engine.begin() as conn:
                record(conn, self.cfg, kind="edoc_seen_again", inbound_id=row_id,
                       data={"package": folder.name, "origin_key": origin},
                       summary=f"Пакет ЭДО {folder.name}: уже принят как письмо #{row_id} "
                               f"({origin}); перенесён в done/")
            return True
        self._reject(folder, f"a package with this id ({origin}) is already stored as "
                             f"message #{row_id}, with another envelope", inbound_id=row_id)
        return False

    def _reject(self, folder: Path, reason: str, inbound_id: int | None = None) -> None:
        """Into the status log (committed first: if the database is away the package waits),
        then to rejected/ with reason.txt beside it."""
        with self.engine.begin() as conn:
            record(conn, self.cfg, kind="edoc_rejected", inbound_id=inbound_id,
                   data={"package": folder.name, "reason": reason},
                   summary=f"Пакет ЭДО {folder.name} отклонён: {reason}")
        target = self._move(folder, "rejected")
        _write_reason(target, reason)


def _write_reason(target: Path, reason: str) -> None:
    """reason.txt in the rejected package, never through a link it holds (or is): then beside
    it, as <name>.reason.txt."""
    text = f"{reason}\n".encode()
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW
    try:
        with _package_fd(target) as dirfd:
            fd = os.open("reason.txt", flags, 0o644, dir_fd=dirfd)
    except (OSError, BadPackage):
        fd = os.open(target.parent / f"{target.name}.reason.txt", flags, 0o644)
    with os.fdopen(fd, "wb") as fh:
        fh.write(text)
