"""The e-document folder: complete packages become one stored message each.

Why a message: processing then treats a package like mail whose body is the envelope's covering
letter and whose attachments are its documents; the envelope itself travels as the inbound row's
meta (the e-document system has already authenticated the sending organisation).  A package is
complete when envelope.json exists (writers write it last); a malformed one moves to rejected/
with reason.txt; a stored one moves to done/ only after the commit, and storing it again is a
no-op (the origin key is the sender's package id), so a crash between the two loses nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import mimetypes
import shutil
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from gateway.config import Config
from gateway.intake.inbound import commit_inbound
from gateway.store import repo

REQUIRED = ("id", "agency_id", "registration_number", "registration_date", "subject")


class BadPackage(ValueError):
    pass


@dataclass
class EdocStats:
    new: int = 0
    seen: int = 0
    rejected: int = 0


def _envelope(folder: Path) -> dict[str, Any]:
    try:
        env = json.loads((folder / "envelope.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
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
        if not (folder / name).is_file():
            raise BadPackage(f"document {name!r} is listed but not in the package")
    return env


def to_message(folder: Path, env: dict[str, Any], sender: str) -> bytes:
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
    for name in env.get("documents") or []:
        ctype = mimetypes.guess_type(name)[0] or "application/octet-stream"
        main, sub = ctype.split("/", 1)
        msg.add_attachment((folder / name).read_bytes(), maintype=main, subtype=sub,
                           filename=name)
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
        while target.exists():
            target = self.root / where / f"{folder.name}.{n}"
            n += 1
        shutil.move(str(folder), str(target))
        return target

    def poll_once(self) -> EdocStats:
        stats = EdocStats()
        for folder in sorted(p for p in (self.root / "incoming").iterdir() if p.is_dir()):
            if not (folder / "envelope.json").exists():
                continue  # still being written
            try:
                env = _envelope(folder)
                with self.engine.connect() as conn:
                    agency = repo.get_agency(conn, str(env["agency_id"]))
                if agency is None:
                    raise BadPackage(f"agency_id {env['agency_id']!r} is not in the directory")
                sender = agency.emails[0] if agency.emails else f"{agency.agency_id}@edoc.invalid"
                raw = to_message(folder, env, sender)
            except BadPackage as exc:
                target = self._move(folder, "rejected")
                (target / "reason.txt").write_text(f"{exc}\n", encoding="utf-8")
                stats.rejected += 1
                continue
            meta = dict(env)  # the envelope as the sender wrote it (already valid JSON)
            _, new = commit_inbound(self.engine, origin_key=f"edoc:{env['agency_id']}/{env['id']}",
                                    source="edoc", raw=raw, meta=meta)
            self._move(folder, "done")
            stats.new += new
            stats.seen += not new
        return stats
