"""`gateway operators add | list | remove | password` and `gateway web` / `gateway run` serving
the board (contracts/web.md), on the command line as an operator types it."""

from __future__ import annotations

import json
import re
import signal
import subprocess

import httpx
import pytest
from typer.testing import CliRunner

from gateway.cli import app
from gateway.cli.context import state
from tests.web.conftest import PASSWORD, copy_site, free_port, gateway, serve


@pytest.fixture
def cli(sqlite_site, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    site = copy_site(sqlite_site, tmp_path / "site")

    def run(*args: str, password: str | None = None, code: int = 0):  # type: ignore[no-untyped-def]
        monkeypatch.setattr(state, "_config", None)
        if password is None:
            monkeypatch.delenv("EKC_OPERATOR_PASSWORD", raising=False)
        else:
            monkeypatch.setenv("EKC_OPERATOR_PASSWORD", password)
        result = CliRunner().invoke(app, ["--config", str(site.toml), *args])
        got = result.exit_code if result.exception is None or isinstance(
            result.exception, SystemExit) else getattr(result.exception, "exit_code", 1)
        assert got == code, (result.output, result.exception)
        return result

    run.site = site  # type: ignore[attr-defined]
    return run


def test_operators_add_list_remove(cli):
    cli("operators", "add", "dana", "--role", "viewer", password="dana-password-1")
    listed = json.loads(cli("operators", "list", "--json").output)
    assert {(o["name"], o["role"]) for o in listed} == {
        ("anna", "operator"), ("viktor", "viewer"), ("dana", "viewer")}
    assert "dana" in cli("operators", "list").output
    cli("operators", "add", "dana", "--role", "viewer", password="dana-password-1", code=1)
    cli("operators", "add", "eve", "--role", "admin", password="eve-password-1", code=2)
    cli("operators", "add", "eve", "--role", "operator", password="short", code=1)
    cli("operators", "add", "eve", "--role", "operator", code=2)  # no password, no terminal
    cli("operators", "remove", "dana")
    cli("operators", "remove", "dana", code=1)
    assert "dana" not in cli("operators", "list").output


def test_operators_password_sets_a_new_one_and_ends_the_sessions(cli):
    from starlette.testclient import TestClient

    from gateway.web.app import build_app
    from tests.web.conftest import log_in

    site = cli.site
    with TestClient(build_app(site.cfg, site.engine, watch_seconds=0),
                    follow_redirects=False) as client:
        log_in(client, "anna")
        said = cli("operators", "password", "anna", password="a brand new one").output
        assert "password of anna changed; 1 session(s) ended" in said
        assert client.get("/cases").status_code == 303  # the old session is over
        log_in(client, "anna", "a brand new one")
    cli("operators", "password", "anna", password="short", code=1)
    cli("operators", "password", "nobody", password="long enough 1", code=1)
    cli("operators", "password", "anna", code=2)  # no password, no terminal


def test_the_stored_password_is_an_argon2_hash(cli):
    from sqlalchemy import select

    from gateway.store.schema import operators

    with cli.site.engine.connect() as conn:
        hashed = conn.execute(select(operators.c.password_hash)
                              .where(operators.c.name == "anna")).scalar_one()
    assert hashed.startswith("$argon2id$") and PASSWORD not in hashed


def test_web_refuses_a_bad_listen_address(cli):
    cli("web", "--listen", "nowhere", code=2)


def test_gateway_run_serves_the_board_when_web_is_configured(sqlite_site, tmp_path):
    site = copy_site(sqlite_site, tmp_path / "site")
    port = free_port()
    text = site.toml.read_text(encoding="utf-8")
    site.toml.write_text(text.replace('listen = "127.0.0.1:0"', f'listen = "127.0.0.1:{port}"')
                         + '\n[smtp_relay]\nport = 1\n', encoding="utf-8")
    served = serve(site, command="run", port=port)
    assert served.url.endswith(f":{port}")
    assert httpx.get(f"{served.url}/login", timeout=30).status_code == 200
    r = httpx.post(f"{served.url}/login", data={"username": "anna", "password": PASSWORD},
                   timeout=30)  # a loaded shared machine: argon2 may take more than 5 s
    assert r.status_code == 303
    served.proc.send_signal(signal.SIGTERM)
    assert served.proc.wait(timeout=30) == 0
    assert "stopped" in served.proc.stderr.read().decode()


def test_gateway_web_stops_on_sigint_with_status_0(sqlite_site, tmp_path):
    served = serve(copy_site(sqlite_site, tmp_path / "site"))
    assert re.search(r"<h1>Вход</h1>", httpx.get(f"{served.url}/login").text)
    served.proc.send_signal(signal.SIGINT)
    assert served.proc.wait(timeout=30) == 0


def test_gateway_web_says_so_when_the_address_is_taken(sqlite_site, tmp_path):
    served = serve(copy_site(sqlite_site, tmp_path / "site"))
    try:
        taken = served.url.rsplit("/", 1)[-1]
        site = served.site
        done = subprocess.run(gateway("--config", str(site.toml), "web", "--listen", taken),
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 1
        assert "Traceback" not in done.stderr and "error:" in done.stderr
    finally:
        served.proc.terminate()
        served.proc.wait(timeout=30)
