"""The IMAP poller against a real Dovecot: exactly once through restarts, renumbering, vanishing
messages and duplicate deliveries."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from gateway.config import Imap
from gateway.intake.imap import MailboxError, MailboxPoller
from gateway.store.schema import inbound
from tests.fixtures.dovecot import free_port


def msg(n: int, msgid: str | None = None) -> bytes:
    return (f"From: kanc@minjust.gov.kz\r\nTo: ekc@example.kz\r\nSubject: letter {n}\r\n"
            f"Message-ID: {msgid or f'<m{n}@minjust.gov.kz>'}\r\n\r\nbody {n}\r\n").encode()


def poller(dovecot, engine, folder="INBOX", **kw) -> MailboxPoller:
    account = Imap(name="main", host="127.0.0.1", port=dovecot.port, username=dovecot.user,
                   password_env="", timeout_seconds=10, folders=[folder], **kw)
    return MailboxPoller(account, folder, engine, password=dovecot.password)


def count(engine, status=None) -> int:
    q = select(func.count()).select_from(inbound)
    if status:
        q = q.where(inbound.c.status == status)
    with engine.connect() as conn:
        return conn.execute(q).scalar()


def test_poll_commits_each_message_once_then_flags_it(dovecot, sqlite_url):
    from gateway.store import make_engine
    from gateway.store.migrate import upgrade

    engine = make_engine(sqlite_url)
    upgrade(engine)
    for n in range(3):
        dovecot.append(msg(n))
    p = poller(dovecot, engine)
    assert p.poll_once().new == 3
    assert p.poll_once().new == 0
    with dovecot.client() as c:
        c.select_folder("INBOX")
        flags = c.get_flags(c.search())
        assert all(b"$EkcProcessed" in f for f in flags.values())
        assert all(b"\\Seen" not in f for f in flags.values())  # BODY.PEEK: never read
    dovecot.append(msg(3))
    assert p.poll_once().new == 1
    assert count(engine) == 4
    p.close()


def test_dovecot_restart_mid_run(dovecot, db_engine):
    p = poller(dovecot, db_engine)
    dovecot.append(msg(1))
    assert p.poll_once().new == 1
    dovecot.restart()  # the poller's connection is now dead
    dovecot.append(msg(2))
    stats = p.poll_once()  # reconnects by itself
    assert stats.new == 1 and count(db_engine) == 2
    p.close()


def test_server_down_is_an_error_then_recovers_and_other_mailboxes_go_on(dovecot, db_engine,
                                                                         monkeypatch):
    import gateway.intake.imap as imap_mod

    monkeypatch.setattr(imap_mod.MailboxPoller._connect.retry, "sleep", lambda s: None)
    up = poller(dovecot, db_engine)
    down = MailboxPoller(Imap(name="other", host="127.0.0.1", port=free_port(), username="x",
                              password_env="", timeout_seconds=5), "INBOX", db_engine,
                         password="x")
    dovecot.append(msg(1))
    with pytest.raises(OSError):
        down.poll_once()
    assert up.poll_once().new == 1
    dovecot.stop()
    up.close()  # (the old session's process may outlive the master for a moment)
    with pytest.raises(OSError):
        up.poll_once()
    dovecot.start()
    dovecot.append(msg(2))
    assert up.poll_once().new == 1 and count(db_engine) == 2
    up.close()


def test_nothing_is_flagged_when_the_commit_fails(dovecot, db_engine, monkeypatch):
    import gateway.intake.imap as imap_mod

    dovecot.append(msg(1))
    p = poller(dovecot, db_engine)

    def broken(*a, **k):
        raise RuntimeError("database unavailable")

    monkeypatch.setattr(imap_mod, "commit_many", broken)
    with pytest.raises(RuntimeError):
        p.poll_once()
    with dovecot.client() as c:
        c.select_folder("INBOX")
        assert all(b"$EkcProcessed" not in f for f in c.get_flags(c.search()).values())
    monkeypatch.undo()
    assert p.poll_once().new == 1  # the position was not advanced either
    p.close()


def test_unusable_uidvalidity_ingests_nothing(dovecot, db_engine, monkeypatch):
    dovecot.append(msg(1))
    p = poller(dovecot, db_engine)
    client, _ = p._select()
    real = client.select_folder

    def no_validity(folder, readonly=False):
        info = dict(real(folder, readonly))
        info.pop(b"UIDVALIDITY", None)
        return info

    monkeypatch.setattr(client, "select_folder", no_validity)
    with pytest.raises(MailboxError, match="UIDVALIDITY"):
        p.poll_once()
    assert count(db_engine) == 0
    p.close()


def test_move_without_the_move_extension_uses_uid_expunge(dovecot, db_engine, monkeypatch):
    dovecot.append(msg(0))
    with dovecot.client() as c:  # someone else's message, marked deleted but not expunged
        c.select_folder("INBOX")
        c.add_flags(c.search(), [b"\\Deleted"])
    p = poller(dovecot, db_engine, move_to="Done", start="now")
    assert p.poll_once().new == 0
    for n in range(1, 4):
        dovecot.append(msg(n))
    client, _ = p._select()
    caps = tuple(c for c in client.capabilities() if c != b"MOVE")
    monkeypatch.setattr(client, "capabilities", lambda: caps)
    assert p.poll_once().new == 3
    with dovecot.client() as c:
        assert c.select_folder("Done")[b"EXISTS"] == 3
        # UID EXPUNGE removed only the moved messages; a plain EXPUNGE would take the other too
        assert c.select_folder("INBOX")[b"EXISTS"] == 1
    p.close()


def test_uidvalidity_change_rescans_without_duplicates(dovecot, db_engine):
    p = poller(dovecot, db_engine, folder="Agencies")
    for n in range(2):
        dovecot.append(msg(n), "Agencies")
    assert p.poll_once().new == 2
    p.close()
    with dovecot.client() as c:  # recreate the folder: a new UIDVALIDITY, the same messages
        before = c.select_folder("Agencies")[b"UIDVALIDITY"]
        c.copy(c.search(), "INBOX")
        c.close_folder()
        c.delete_folder("Agencies")
        c.create_folder("Agencies")
        c.select_folder("INBOX")
        c.copy(c.search(), "Agencies")
        assert c.select_folder("Agencies")[b"UIDVALIDITY"] != before
    dovecot.append(msg(9), "Agencies")
    stats = p.poll_once()
    assert stats.new == 1 and stats.seen == 2
    assert count(db_engine) == 3
    p.close()


def test_message_expunged_between_search_and_fetch(dovecot, db_engine, monkeypatch):
    p = poller(dovecot, db_engine)
    for n in range(3):
        dovecot.append(msg(n))
    client, _ = p._select()
    real_fetch = client.fetch

    def fetch_after_expunge(uids, parts):
        with dovecot.client() as other:
            other.select_folder("INBOX")
            other.delete_messages([uids[0]])
            other.uid_expunge([uids[0]])
        return real_fetch(uids, parts)

    monkeypatch.setattr(client, "fetch", fetch_after_expunge)
    stats = p.poll_once()
    assert stats.new == 2 and stats.vanished == 1
    p.close()


def test_the_same_message_delivered_twice(dovecot, db_engine):
    dovecot.append(msg(1, "<same@minjust.gov.kz>"))
    dovecot.append(msg(1, "<same@minjust.gov.kz>"))
    p = poller(dovecot, db_engine)
    p.poll_once()
    assert count(db_engine, "pending") == 1 and count(db_engine, "duplicate") == 1
    p.close()


def test_start_from_now_skips_history_and_move_after_commit(dovecot, db_engine):
    dovecot.append(msg(1))
    p = poller(dovecot, db_engine, start="now", move_to="Processed")
    assert p.poll_once().new == 0
    dovecot.append(msg(2))
    assert p.poll_once().new == 1
    with dovecot.client() as c:
        assert c.select_folder("Processed")[b"EXISTS"] == 1
        assert c.select_folder("INBOX")[b"EXISTS"] == 1  # history untouched
    p.close()


def test_idle_wakes_on_append(dovecot, db_engine):
    import threading

    p = poller(dovecot, db_engine)
    p.poll_once()
    timer = threading.Timer(0.5, dovecot.append, args=(msg(5),))
    timer.start()
    assert p.idle_wait(20) is True
    assert p.poll_once().new == 1
    timer.join()
    p.close()


def test_a_rescan_cut_short_is_repeated_without_duplicates(dovecot, db_engine, monkeypatch):
    import gateway.intake.imap as imap_mod

    for n in range(4):
        dovecot.append(msg(n), "Renum")
    p = poller(dovecot, db_engine, folder="Renum")
    assert p.poll_once().new == 4
    p.close()
    with dovecot.client() as c:  # renumber: the same four messages under a new UIDVALIDITY
        before = c.select_folder("Renum")[b"UIDVALIDITY"]
        c.create_folder("Keep")
        c.copy(c.search(), "Keep")
        c.close_folder()
        c.delete_folder("Renum")
        c.create_folder("Renum")
        c.select_folder("Keep")
        c.copy(c.search(), "Renum")
        assert c.select_folder("Renum")[b"UIDVALIDITY"] != before
    for n in range(4, 8):
        dovecot.append(msg(n), "Renum")
    p = MailboxPoller(p.account, "Renum", db_engine, password=dovecot.password, batch=3)
    real, calls = imap_mod.commit_many, []

    def dies_on_the_second_batch(engine, arrivals):
        calls.append(len(arrivals))
        if len(calls) == 2:  # after UIDs 1-3 (old) are done, in 4-6
            raise RuntimeError("killed")
        return real(engine, arrivals)

    monkeypatch.setattr(imap_mod, "commit_many", dies_on_the_second_batch)
    with pytest.raises(RuntimeError):
        p.poll_once()
    monkeypatch.undo()
    stats = p.poll_once()  # the rescan again, from the start
    assert count(db_engine) == 8 and count(db_engine, "duplicate") == 0
    assert stats.seen >= 4  # the old four recognised by their bytes, not stored again
    with db_engine.connect() as conn:
        subjects = sorted(conn.execute(select(inbound.c.subject)).scalars())
    assert subjects == sorted(f"letter {n}" for n in range(8))
    p.close()


def test_without_idle_the_caller_polls(dovecot, db_engine, monkeypatch):
    p = poller(dovecot, db_engine)
    client, _ = p._select()
    caps = tuple(c for c in client.capabilities() if c != b"IDLE")
    monkeypatch.setattr(client, "capabilities", lambda: caps)
    monkeypatch.setattr(client, "idle", lambda: pytest.fail("IDLE sent to a server without it"))
    assert p.idle_wait(30) is False  # at once, not after 30 s: the daemon then polls
    dovecot.append(msg(1))
    assert p.poll_once().new == 1
    p.close()
