"""commit_inbound on SQLite and PostgreSQL: once per origin, duplicates recorded, hostile headers
stored rather than refused."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from gateway.intake.inbound import commit_inbound, commit_many, header_facts
from gateway.store.schema import blobs, inbound

LETTER = (b"From: Kanc <kanc@minjust.gov.kz>\r\nTo: ekc@example.kz\r\nSubject: letter\r\n"
          b"Message-ID: <m1@minjust.gov.kz>\r\n\r\nbody\r\n")


def rows(engine) -> list[dict]:
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(inbound).order_by(inbound.c.id)).mappings()]


def test_same_origin_twice_is_one_row(db_engine):
    first = commit_inbound(db_engine, origin_key="smtp:a", source="smtp", raw=LETTER)
    again = commit_inbound(db_engine, origin_key="smtp:a", source="smtp", raw=LETTER)
    assert first[1] is True and again == (first[0], False)
    (row,) = rows(db_engine)
    assert (row["message_id"], row["sender"], row["subject"], row["status"]) == (
        "<m1@minjust.gov.kz>", "kanc@minjust.gov.kz", "letter", "pending")


def test_same_message_id_and_sender_elsewhere_is_a_duplicate(db_engine):
    first, _ = commit_inbound(db_engine, origin_key="imap:a/INBOX:1:1", source="imap", raw=LETTER)
    other, new = commit_inbound(db_engine, origin_key="smtp:b", source="smtp", raw=LETTER)
    assert new is False and other != first
    dup = rows(db_engine)[1]
    assert dup["status"] == "duplicate" and dup["duplicate_of"] == first
    with db_engine.connect() as conn:  # the bytes are stored once
        assert conn.execute(select(func.count()).select_from(blobs)).scalar() == 1


def test_same_message_id_from_another_sender_is_not_a_duplicate(db_engine):
    commit_inbound(db_engine, origin_key="smtp:a", source="smtp", raw=LETTER)
    forged = LETTER.replace(b"kanc@minjust.gov.kz", b"kanc@minjust-gov.kz")
    assert commit_inbound(db_engine, origin_key="smtp:b", source="smtp", raw=forged)[1] is True


HOSTILE = {
    "nul in subject": b"From: a@x.kz\r\nSubject: bad\x00subject\r\nMessage-ID: <n@x.kz>\r\n\r\nb",
    "8-bit junk headers": b"From: \xff\xfe@\x80\r\nSubject: \xd0\xbf\xff\r\n\r\nbody",
    "huge message-id": b"From: a@x.kz\r\nMessage-ID: <" + b"x" * 3000 + b"@x.kz>\r\n\r\nb",
    "huge subject": b"From: a@x.kz\r\nSubject: " + b"s" * 5000 + b"\r\n\r\nb",
    "no headers at all": b"just some bytes\x00\x01\x02",
    "empty": b"",
    "broken encoded word": b"From: =?utf-8?b?!!!?= <a@x.kz>\r\nSubject: =?x-unknown?q?z?=\r\n\r\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_headers_are_stored_not_refused(db_engine, name):
    raw = HOSTILE[name]
    facts = header_facts(raw)
    for field, size in (("message_id", 998), ("sender", 320), ("subject", 500)):
        assert facts[field] is None or (len(facts[field]) <= size and "\x00" not in facts[field])
    inbound_id, new = commit_inbound(db_engine, origin_key=f"smtp:{name}", source="smtp",
                                     raw=raw)
    assert new is True
    with db_engine.connect() as conn:
        digest = conn.execute(select(inbound.c.sha256).where(inbound.c.id == inbound_id)).scalar()
        assert bytes(conn.execute(select(blobs.c.content)
                                  .where(blobs.c.sha256 == digest)).scalar()) == raw


def test_on_a_connection_the_caller_commits(db_engine):
    with db_engine.connect() as conn:
        commit_inbound(conn, origin_key="smtp:x", source="smtp", raw=LETTER)
        conn.rollback()  # the caller's transaction decides
    assert rows(db_engine) == []
    with db_engine.begin() as conn:
        commit_inbound(conn, origin_key="smtp:x", source="smtp", raw=LETTER)
    assert len(rows(db_engine)) == 1


def test_commit_many_is_one_transaction_and_idempotent(db_engine):
    arrivals = [{"origin_key": f"imap:a/I:1:{n}", "source": "imap",
                 "raw": LETTER.replace(b"m1@", f"m{n + 10}@".encode())} for n in range(5)]
    assert [new for _, new in commit_many(db_engine, arrivals)] == [True] * 5
    assert [new for _, new in commit_many(db_engine, arrivals)] == [False] * 5
    assert len(rows(db_engine)) == 5


def test_commit_many_decides_like_one_by_one(db_engine):
    def letter(n: int, sender: str = "kanc@minjust.gov.kz") -> bytes:
        return LETTER.replace(b"m1@", f"b{n}@".encode()).replace(b"kanc@minjust.gov.kz",
                                                                  sender.encode())

    commit_inbound(db_engine, origin_key="smtp:old", source="smtp", raw=letter(1))
    batch = [
        {"origin_key": "smtp:old", "source": "smtp", "raw": letter(1)},  # seen before
        {"origin_key": "imap:a/I:1:1", "source": "imap", "raw": letter(1)},  # duplicate of old
        {"origin_key": "imap:a/I:1:2", "source": "imap", "raw": letter(2)},  # new
        {"origin_key": "imap:a/I:1:3", "source": "imap", "raw": b"no headers"},  # new
        {"origin_key": "imap:a/I:1:4", "source": "imap", "raw": letter(2, "x@other.kz")},  # new
    ]
    got = commit_many(db_engine, batch)
    assert [new for _, new in got] == [False, False, True, True, True]
    by_key = {r["origin_key"]: r for r in rows(db_engine)}
    assert got[0][0] == by_key["smtp:old"]["id"]
    assert by_key["imap:a/I:1:1"]["duplicate_of"] == by_key["smtp:old"]["id"]
    assert [got[i][0] for i in (2, 3, 4)] == [by_key[f"imap:a/I:1:{n}"]["id"] for n in (2, 3, 4)]
    # the same Message-ID twice inside one batch: the second is the duplicate
    twice = commit_many(db_engine, [
        {"origin_key": "smtp:t1", "source": "smtp", "raw": letter(7)},
        {"origin_key": "smtp:t2", "source": "smtp", "raw": letter(7)}])
    assert [new for _, new in twice] == [True, False]
    assert rows(db_engine)[-1]["duplicate_of"] == twice[0][0]


@pytest.mark.parametrize("raw", [LETTER, *HOSTILE.values(),
                                 b"From: a@x.kz\r\nFrom: b@x.kz\r\nMessage-ID: x <i@d> y\r\n\r\n",
                                 b"From: =?utf-8?b?0JDQkQ==?= <Kanc@MinJust.gov.kz>\r\nSubject: "
                                 b"=?utf-8?b?0J/RgNC40LLQtdGC?=\r\n\r\n"])
def test_header_facts_agree_with_the_processing_reading(raw):
    import email
    import email.policy

    from parsers.headers import message_info

    facts = header_facts(raw)
    info = message_info(email.message_from_bytes(raw, policy=email.policy.default))
    assert facts["message_id"] == (info.message_id if info.message_id and
                                   len(info.message_id) <= 998 else None)
    assert facts["sender"] == info.from_address
    assert (facts["subject"] or "") == (info.subject or "").replace("\x00", "")[:500]
