"""The board's security round 3 (issue #26): sessions that end on the server (logout, removal,
password change, idle timeout), a login limit that holds under parallel attempts, and the
security headers on every answer (contracts/web.md)."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import select, update

from gateway.store.schema import board_sessions
from gateway.web import operators, security
from tests.web.conftest import PASSWORD, log_in


def _copy(client):  # type: ignore[no-untyped-def]
    """A second client with a copy of `client`'s session cookie (what a thief would hold)."""
    from starlette.testclient import TestClient

    other = TestClient(client.app, base_url="http://127.0.0.1:8080", follow_redirects=False)
    other.cookies.set("ekc_session", client.cookies["ekc_session"])
    return other


def test_a_copied_cookie_fails_after_logout(client):
    csrf = log_in(client)
    thief = _copy(client)
    assert thief.get("/cases").status_code == 200  # the copy works while the session lives
    assert client.post("/logout", data={"csrf": csrf}).status_code == 303
    for c in (thief, client):
        r = c.get("/cases")
        assert r.status_code == 303 and r.headers["location"].endswith("/login")
    r = thief.post("/quarantine/1/reject", data={"csrf": csrf, "reason": "x"})
    assert r.status_code == 303 and r.headers["location"].endswith("/login")


def test_a_removed_operators_cookie_never_works_again_not_even_for_a_new_namesake(client, site):
    log_in(client, "viktor")
    old = _copy(client)
    operators.remove(site.engine, "viktor")
    assert old.get("/cases").status_code == 303
    operators.add(site.engine, "viktor", "operator", "another password")
    r = old.get("/cases")
    assert r.status_code == 303 and r.headers["location"].endswith("/login")


def test_a_password_change_ends_every_session_of_that_operator(client, site):
    log_in(client)
    other = _copy(client)
    assert operators.set_password(site.engine, "anna", "a new password 2") == 1
    assert other.get("/").status_code == 303 and client.get("/").status_code == 303
    log_in(client, "anna", "a new password 2")


def test_an_idle_session_ends_and_a_used_one_is_kept_alive(client, site):
    log_in(client)
    idle = site.cfg.web.session_idle_minutes
    with site.engine.begin() as conn:  # used a little over a minute ago: still alive
        conn.execute(update(board_sessions).values(
            last_seen_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=2)))
    assert client.get("/cases").status_code == 200
    with site.engine.connect() as conn:  # ... and its use recorded after the answer
        seen = conn.execute(select(board_sessions.c.last_seen_at)).scalar_one()
    seen = seen if seen.tzinfo else seen.replace(tzinfo=dt.UTC)
    assert dt.datetime.now(dt.UTC) - seen < dt.timedelta(minutes=1)
    with site.engine.begin() as conn:
        conn.execute(update(board_sessions).values(
            last_seen_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=idle + 1)))
    assert client.get("/cases").status_code == 303


def test_the_cookie_holds_no_name_and_the_table_no_token(client, site):
    import base64

    log_in(client)
    cookie = client.cookies["ekc_session"]
    payload = base64.b64decode(cookie.split(".")[0] + "==").decode()
    assert "anna" not in payload and '"sid"' in payload
    with site.engine.connect() as conn:
        stored = conn.execute(select(board_sessions.c.id)).scalar_one()
    assert stored not in payload and len(stored) == 64


def test_twenty_simultaneous_logins_check_at_most_five_passwords(client, site, monkeypatch):
    from starlette.testclient import TestClient

    checked = []
    real_verify = operators.verify

    def counting(engine, name, password):  # type: ignore[no-untyped-def]
        checked.append(password)
        return real_verify(engine, name, password)

    monkeypatch.setattr(operators, "verify", counting)
    start = threading.Barrier(19)
    answers: list[int] = []

    def guess(n: int) -> None:
        with TestClient(client.app, follow_redirects=False) as c:
            start.wait()
            answers.append(c.post("/login", data={"username": "anna",
                                                  "password": f"wrong {n}"}).status_code)

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(19)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(checked) <= site.cfg.web.max_failed_logins == 5
    assert sorted(answers) == [401] * len(checked) + [429] * (19 - len(checked))
    # the 20th, with the right password, is refused like the rest
    r = client.post("/login", data={"username": "anna", "password": PASSWORD})
    assert r.status_code == 429 and "set-cookie" not in r.headers
    assert PASSWORD not in checked


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_every_answer_carries_the_security_headers(client, site):
    def check(r) -> None:  # type: ignore[no-untyped-def]
        for name, value in security.HEADERS.items():
            assert r.headers.get(name) == value, (r.url, name)
        csp = r.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "'unsafe-inline'" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"

    for path in ("/login", "/", "/healthz", "/static/board.css", "/metrics", "/no-such-page"):
        check(client.get(path))
    log_in(client)
    for path in ("/", "/cases", "/quarantine", "/outbox", "/log", "/tasks", "/reports",
                 f"/messages/in/{site.quarantined}", "/cases/none-such"):
        check(client.get(path))
    for path in ("/", "/cases", "/quarantine", "/log"):  # no inline script left for the CSP
        page = client.get(path).text
        assert " onchange=" not in page and "javascript:" not in page
        assert "<script>" not in page


def test_operators_sharing_an_address_never_lock_each_other_out_by_logging_in(client, site):
    for n in range(site.cfg.web.max_failed_logins + 3):  # one office, one address
        name = "anna" if n % 2 else "viktor"
        assert client.post("/login", data={"username": name, "password": PASSWORD}
                           ).status_code == 303, n
