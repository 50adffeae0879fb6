"""SMTP session limits (issue #16): a client repeating NOOP loses the connection, and a message
takes at most `max_recipients` recipients (452 past it).  A real aiosmtpd listener, smtplib."""

from __future__ import annotations

import smtplib

import pytest

from gateway.config import Config, SmtpListener
from gateway.intake.smtp import SmtpListener as Listener
from tests.fixtures.dovecot import free_port


@pytest.fixture
def limited(sqlite_url, tmp_path):
    from gateway.store import make_engine
    from gateway.store.migrate import upgrade

    engine = make_engine(sqlite_url)
    upgrade(engine)
    cfg = Config(data_dir=str(tmp_path), smtp_listener=SmtpListener(
        listen=f"127.0.0.1:{free_port()}", recipients=["ekc@example.kz", "ekc2@example.kz"],
        max_recipients=3, command_call_limit=5))
    lst = Listener(cfg, engine)
    lst.start()
    yield lst
    lst.stop()
    engine.dispose()


def test_noop_forever_loses_the_connection(limited):
    answers = []
    with smtplib.SMTP("127.0.0.1", limited.port, timeout=10) as c:
        c.ehlo()
        with pytest.raises(smtplib.SMTPServerDisconnected):
            for _ in range(200):  # far past the limit; unlimited, every NOOP is answered 250
                answers.append(c.noop()[0])
                if answers[-1] != 250:
                    c.noop()  # the server has closed: this raises
    assert answers[:5] == [250] * 5
    assert 421 in answers


def test_recipients_past_the_cap_get_452(limited):
    with smtplib.SMTP("127.0.0.1", limited.port, timeout=10) as c:
        c.ehlo()
        c.mail("a@minjust.gov.kz")
        codes = [c.rcpt(a)[0] for a in ["ekc@example.kz", "ekc2@example.kz",
                                         "ekc@example.kz", "ekc2@example.kz"]]
    assert codes == [250, 250, 250, 452]


def test_default_cap_is_100():
    assert SmtpListener().max_recipients == 100
