"""`gateway parse` as a command (a process of its own, as the outside checks run it): it starts
only what its input needs (its own command module, the reader of that format, workers forked
from itself, no fork server importing every reader) and keeps the readers' limits."""

from __future__ import annotations

import json
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

from tests.parsers.makers import ROW, RU, docx_bytes

# run the console script's entry point, then say which heavy modules the process had loaded
_PROBE = """
import json, sys
from gateway.cli import main
sys.argv = ["gateway", *sys.argv[1:]]
try:
    main()
finally:
    from multiprocessing import forkserver
    heavy = ("sqlalchemy", "cv2", "pdfplumber", "openpyxl", "gateway.records.appeals",
             "gateway.engine", "parsers.formats.ocr", "parsers.formats.pdf")
    loaded = [m for m in heavy if m in sys.modules]
    server = forkserver._forkserver._forkserver_pid is not None
    sys.stderr.write("PROBE " + json.dumps({"loaded": loaded, "forkserver": server}) + "\\n")
"""


def _gateway(*args: str | Path) -> tuple[int, dict, dict]:
    done = subprocess.run([sys.executable, "-c", _PROBE, *map(str, args)], capture_output=True,
                          text=True, timeout=120)
    [probe] = [line for line in done.stderr.splitlines() if line.startswith("PROBE ")]
    return done.returncode, json.loads(done.stdout), json.loads(probe[6:])


def _form() -> bytes:
    return docx_bytes([[RU, [str(i) for i in range(1, 9)], ROW]])


def test_a_docx_starts_only_its_reader(tmp_path: Path) -> None:
    (tmp_path / "form.docx").write_bytes(_form())
    code, out, probe = _gateway("parse", tmp_path / "form.docx", "--json")
    assert code == 0
    [doc] = out["documents"]
    assert doc["kind"] == "appendix1_form" and out["errors"] == []
    assert probe == {"loaded": [], "forkserver": False}


def test_a_message_with_an_attachment_reads_it_in_workers_of_its_own(tmp_path: Path) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "kanc@ak1.gov.kz", "ekc@example.kz", "Ответ"
    msg.set_content("Направляем сведения по форме.")
    msg.add_attachment(_form(), maintype="application", subtype="vnd.openxmlformats-"
                       "officedocument.wordprocessingml.document", filename="form.docx")
    (tmp_path / "reply.eml").write_bytes(msg.as_bytes())
    code, out, probe = _gateway("parse", tmp_path / "reply.eml", "--json")
    assert code == 0
    kinds = {d["part"]: d["kind"] for d in out["documents"]}
    assert kinds["form.docx"] == "appendix1_form"
    assert probe["forkserver"] is False


_HANG = """
import sys, time
from parsers import pool
from parsers.registry import DocumentRejected, ParseLimits
with pool.one_shot():
    try:
        pool.in_worker(time.sleep, 60, limits=ParseLimits(seconds_per_document=0.5))
    except DocumentRejected as exc:
        print(exc.code)
    print(pool.in_worker(sum, [1, 2], limits=ParseLimits()))
"""


def test_a_one_shot_worker_is_still_killed_at_its_time() -> None:
    done = subprocess.run([sys.executable, "-c", _HANG], capture_output=True, text=True,
                          timeout=60)
    assert done.stdout.split() == ["too_slow", "3"], done.stderr
