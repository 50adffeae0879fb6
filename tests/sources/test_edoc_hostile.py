"""The e-document folder against a hostile or careless writer (issue #16): nothing is followed
out of a package (symbolic links, devices, FIFOs: the package is rejected with its reason and
nothing of it stored), and an envelope still being written waits until it settles.  Every
rejection, and a second package under a known id, is in the status log."""

from __future__ import annotations

import json
import os
import time

import pytest
from sqlalchemy import func, select

from gateway.config import Config
from gateway.intake.edoc import EdocInbox
from gateway.records.imports import import_agencies
from gateway.store.schema import blobs, events, inbound
from mappings import path
from tests.sources.test_smtp_edoc import package, rows

SECRET = b"root:x:0:0:secret outside the package\n"


@pytest.fixture
def edoc(db_engine, tmp_path):
    cfg = Config(data_dir=str(tmp_path / "data"),
                 edoc={"root": str(tmp_path / "edoc"), "settle_seconds": 60})
    import_agencies(db_engine, cfg, path("agencies.csv"))
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "passwd").write_bytes(SECRET)
    return EdocInbox(cfg, db_engine), db_engine, tmp_path / "edoc", outside


def logged(engine, kind: str) -> list[dict]:
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(events.c.data, events.c.inbound_id)
                                              .where(events.c.kind == kind)).mappings()]


def stored_anything(engine) -> bool:
    with engine.connect() as conn:
        return bool(conn.execute(select(func.count()).select_from(blobs)).scalar())


def rejected_for(root, name: str) -> str:
    folder = root / "rejected" / name
    reason = folder / "reason.txt"
    if folder.is_symlink() or reason.is_symlink():
        reason = root / "rejected" / f"{name}.reason.txt"
    return reason.read_text()


def test_a_listed_symbolic_link_is_not_followed(edoc):
    inbox, engine, root, outside = edoc
    folder = package(root, "p1", files={"form.txt": b"text"})
    env = json.loads((folder / "envelope.json").read_text())
    env["documents"] = ["form.txt", "link.docx"]
    (folder / "link.docx").symlink_to(outside / "passwd")
    (folder / "envelope.json").write_text(json.dumps(env))
    assert inbox.poll_once().rejected == 1
    assert "symbolic link" in rejected_for(root, "p1")
    assert rows(engine) == 0 and not stored_anything(engine)
    [entry] = logged(engine, "edoc_rejected")
    assert entry["data"]["package"] == "p1" and "symbolic link" in entry["data"]["reason"]


def test_an_unlisted_link_rejects_the_package_too(edoc):
    inbox, engine, root, outside = edoc
    folder = package(root, "p2")
    (folder / "extra").symlink_to(outside)
    assert inbox.poll_once().rejected == 1
    assert "'extra'" in rejected_for(root, "p2") and rows(engine) == 0


def test_a_linked_envelope_is_not_followed(edoc):
    inbox, engine, root, outside = edoc
    folder = package(root, "p3", write_envelope=False)
    good = outside / "envelope.json"
    good.write_text(json.dumps({"id": "p3", "agency_id": "minjust", "registration_number": "1",
                                "registration_date": "2026-11-20", "subject": "s",
                                "documents": ["form.txt"]}))
    (folder / "envelope.json").symlink_to(good)
    assert inbox.poll_once().rejected == 1
    assert "symbolic link" in rejected_for(root, "p3") and rows(engine) == 0


def test_a_package_folder_that_is_a_link_is_rejected_and_left_alone(edoc):
    inbox, engine, root, outside = edoc
    (outside / "envelope.json").write_text(json.dumps(
        {"id": "p4", "agency_id": "minjust", "registration_number": "1",
         "registration_date": "2026-11-20", "subject": "s", "documents": ["passwd"]}))
    (root / "incoming" / "p4").symlink_to(outside)
    assert inbox.poll_once().rejected == 1
    assert "symbolic link" in rejected_for(root, "p4") and rows(engine) == 0
    assert sorted(p.name for p in outside.iterdir()) == ["envelope.json", "passwd"]


def test_a_planted_reason_link_is_not_written_through(edoc):
    inbox, engine, root, outside = edoc
    folder = package(root, "p5")
    (folder / "reason.txt").symlink_to(outside / "passwd")
    assert inbox.poll_once().rejected == 1
    assert (outside / "passwd").read_bytes() == SECRET
    assert "'reason.txt'" in rejected_for(root, "p5")


@pytest.mark.timeout(60)
def test_a_fifo_is_rejected_without_waiting_on_it(edoc):
    inbox, engine, root, _ = edoc
    folder = package(root, "p6", files={"form.txt": b"x"})
    os.unlink(folder / "form.txt")
    os.mkfifo(folder / "form.txt")  # opening it for reading would block for ever
    assert inbox.poll_once().rejected == 1
    assert "FIFO" in rejected_for(root, "p6") and rows(engine) == 0


def test_a_half_written_envelope_waits_until_it_settles(edoc):
    inbox, engine, root, _ = edoc
    folder = package(root, "p7", write_envelope=False)
    whole = json.dumps({"id": "p7", "agency_id": "minjust", "registration_number": "1",
                        "registration_date": "2026-11-20", "subject": "s",
                        "documents": ["form.txt"]})
    (folder / "envelope.json").write_text(whole[:20])  # the writer is half way
    stats = inbox.poll_once()
    assert (stats.new, stats.rejected) == (0, 0) and (root / "incoming" / "p7").is_dir()
    (folder / "envelope.json").write_text(whole)  # ... and done
    assert inbox.poll_once().new == 1 and (root / "done" / "p7").is_dir()


def test_an_envelope_broken_for_longer_than_the_settle_time_is_rejected(edoc):
    inbox, engine, root, _ = edoc
    folder = package(root, "p8", write_envelope=False)
    (folder / "envelope.json").write_text("{not json")
    past = time.time() - 120  # unchanged for two minutes (settle_seconds is 60)
    os.utime(folder / "envelope.json", (past, past))
    assert inbox.poll_once().rejected == 1
    assert "not readable JSON" in rejected_for(root, "p8")


def test_a_second_package_with_a_known_id_is_logged(edoc):
    inbox, engine, root, _ = edoc
    package(root, "p9")
    assert inbox.poll_once().new == 1
    package(root, "p9")  # the same package again (a crash between commit and move, say)
    assert inbox.poll_once().seen == 1 and (root / "done" / "p9.1").is_dir()
    [again] = logged(engine, "edoc_seen_again")
    folder = package(root, "p9", envelope={"id": "p9", "agency_id": "minjust",
                                           "registration_number": "2", "subject": "other",
                                           "registration_date": "2026-11-21",
                                           "documents": ["form.txt"]})
    assert folder.is_dir() and inbox.poll_once().rejected == 1
    [entry] = logged(engine, "edoc_rejected")
    assert "already stored" in entry["data"]["reason"] and entry["inbound_id"] == again[
        "inbound_id"]
    assert rows(engine) == 1
    with engine.connect() as conn:
        assert conn.execute(select(inbound.c.status)).scalar() == "pending"


def test_rejected_packages_are_counted_and_listed_with_the_quarantine(edoc, tmp_path,
                                                                      monkeypatch):
    from typer.testing import CliRunner

    from gateway.cli import app
    from gateway.cli.context import state

    inbox, engine, root, outside = edoc
    package(root, "bad", envelope={"id": "bad"})
    folder = package(root, "linked")
    (folder / "x").symlink_to(outside / "passwd")
    assert inbox.poll_once().rejected == 2
    toml = tmp_path / "gateway.toml"
    url = engine.url.render_as_string(hide_password=False)
    toml.write_text(f'data_dir = "{tmp_path / "data"}"\ndatabase_url = "{url}"\n')

    def run(*args: str) -> str:
        monkeypatch.setattr(state, "_config", None)
        result = CliRunner().invoke(app, ["--config", str(toml), *args])
        assert result.exit_code == 0, (result.output, result.exception)
        return result.output

    assert json.loads(run("status", "--json"))["edoc_rejected"] == 2
    assert "e-doc packages rejected: 2" in run("status")
    listed = json.loads(run("quarantine", "list", "--json"))
    assert [(p["kind"], p["package"]) for p in listed] == [("edoc_package", "bad"),
                                                           ("edoc_package", "linked")]
    assert "lacks" in listed[0]["reason"] and "symbolic link" in listed[1]["reason"]
    text = run("quarantine", "list")
    assert "e-doc package bad" in text and "rejected e-document package" in text
    assert "empty" not in text


def test_a_dangling_envelope_link_is_rejected_not_ignored(edoc):
    inbox, engine, root, outside = edoc
    folder = package(root, "p10", write_envelope=False)
    (folder / "envelope.json").symlink_to(outside / "nothing-here")
    assert inbox.poll_once().rejected == 1
    assert "symbolic link" in rejected_for(root, "p10")
