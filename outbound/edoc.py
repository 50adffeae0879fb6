"""Delivery to the e-document folder: a package under <root>/outgoing/<id>/, envelope last.

Why this shape: it is the folder exchange of contracts/cli.md seen from our side; the agency's
document system picks a package up once envelope.json exists, so it is written last, through a
temporary name and a rename, after the documents are on disk.
"""

from __future__ import annotations

import email
import email.policy
import json
import os
import re
from pathlib import Path
from typing import Any

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _safe(name: str, fallback: str) -> str:
    cleaned = _SAFE.sub("_", Path(name.replace("\\", "/")).name).strip("._")
    return cleaned[:120] or fallback


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def write_package(root: Path, row: dict[str, Any], raw: bytes) -> Path:
    """Write the outbox row's message as a package; idempotent for the same row."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    folder = root / "outgoing" / _safe(str(row["outgoing_number"]), f"out-{row['id']}")
    folder.mkdir(parents=True, exist_ok=True)
    documents = []
    for n, part in enumerate(msg.iter_attachments(), start=1):
        name = _safe(part.get_filename() or "", f"document-{n}.bin")
        payload = part.get_payload(decode=True)
        _write(folder / name, payload if isinstance(payload, bytes) else b"")
        documents.append(name)
    body = msg.get_body(preferencelist=("plain",))
    envelope = {
        "id": str(row["outgoing_number"]),
        "agency_id": "ekc",
        "registration_number": str(row["outgoing_number"]),
        "registration_date": None,
        "subject": str(msg["Subject"] or ""),
        "in_reply_to": str(msg["In-Reply-To"]) if msg["In-Reply-To"] else None,
        "message_id": str(msg["Message-ID"] or ""),
        "to_agency_id": row.get("agency_id"),
        "body": body.get_content() if body is not None else None,
        "documents": documents,
    }
    _write(folder / "envelope.json", json.dumps(envelope, ensure_ascii=False, indent=2)
           .encode("utf-8"))
    return folder
