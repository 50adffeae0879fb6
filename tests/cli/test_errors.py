"""What a newcomer meets when something is wrong: one sentence naming the key and the fix, exit
status 2 for a configuration or usage mistake, never "internal error" or a traceback."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from gateway.cli import quickstart
from gateway.cli.context import bind_error

pytestmark = pytest.mark.timeout(60)


def one_sentence(err: str) -> None:
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert "internal error" not in err and "Traceback" not in err, err


def edited(site: Path, old: str, new: str) -> Path:
    config = site / "gateway.toml"
    text = config.read_text(encoding="utf-8")
    assert old in text, old
    config.write_text(text.replace(old, new, 1), encoding="utf-8")
    return config


def test_config_naming_a_folder_points_at_the_file_in_it(run, site):
    result = run("--config", site, "status")
    assert result.code == 2
    one_sentence(result.err)
    assert f"did you mean {site / 'gateway.toml'}" in result.err


@pytest.mark.parametrize(("old", "new", "says"), [
    ('timezone = "Asia/Almaty"', 'timezone = "Mars/Base"',
     "timezone: 'Mars/Base' is not a time zone; use an IANA name"),
    ('listen = "127.0.0.1:2525"', 'listen = "127.0.0.1"',
     "smtp_listener.listen: '127.0.0.1' is not host:port"),
    ("port = 2526", "port = 99999", "smtp_relay.port: 99999"),
    ("max_attempts = 3", "max_attempts = 0", "max_attempts: 0"),
    ('language = "ru"', 'language = "en"', "language: 'en'"),
    ('database_url = ""', 'database_url = "mysql+pymysql://u@localhost/db"',
     "database_url: the driver 'pymysql' for 'mysql+pymysql' is not installed; use \"\""),
    ('database_url = ""', 'database_url = "nosuch://x"',
     "database_url: no database driver for 'nosuch'"),
    ('language = "ru"', 'language = "ru"\nlangauge = "kk"', "langauge: no such key"),
])
def test_a_bad_key_is_named_with_its_fix(run, site, monkeypatch, old, new, says):
    monkeypatch.delenv("EKC_GATEWAY_DATABASE_URL")
    edited(site, old, new)
    result = run("status")
    assert result.code == 2
    one_sentence(result.err)
    assert says in result.err, result.err


def test_a_database_url_in_the_environment_is_checked_too(run, site, monkeypatch):
    monkeypatch.setenv("EKC_GATEWAY_DATABASE_URL", "postgresql+asyncpg://u@localhost/db")
    result = run("status")
    assert result.code == 2
    one_sentence(result.err)
    assert "EKC_GATEWAY_DATABASE_URL: the driver 'asyncpg'" in result.err


def test_a_data_dir_that_cannot_be_made_says_which_key(run, site, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    edited(site, 'data_dir = "data"', f'data_dir = "{blocker}/data"')
    result = run("status")
    assert result.code == 2
    one_sentence(result.err)
    assert "data_dir: cannot create" in result.err and "set data_dir" in result.err


def busy_port() -> tuple[socket.socket, int]:
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    holder.listen()
    return holder, holder.getsockname()[1]


def test_a_busy_listener_port_is_one_sentence(run, site):
    holder, port = busy_port()
    with holder:
        edited(site, 'listen = "127.0.0.1:2525"', f'listen = "127.0.0.1:{port}"')
        result = run("run")
    assert result.code == 1
    assert result.err.splitlines()[-1].startswith(
        f"error: [smtp_listener] listen 127.0.0.1:{port}: the port is already in use"), result.err
    assert "internal error" not in result.err and "Traceback" not in result.err


def test_make_run_with_its_sink_port_busy_is_one_sentence(tmp_path, capsys, monkeypatch):
    holder, port = busy_port()
    root = tmp_path / "demo-run"
    root.mkdir()
    from gateway.cli.setup import TEMPLATE

    (root / "gateway.toml").write_text(TEMPLATE.read_text(encoding="utf-8")
                                       .replace("port = 2526", f"port = {port}"),
                                       encoding="utf-8")
    with holder:
        code = quickstart.main([str(root)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.strip().splitlines()[-1].startswith("error: the local SMTP sink"), err
    assert "already in use" in err and "Traceback" not in err


def test_other_socket_errors_are_left_to_the_caller():
    assert bind_error(OSError(5, "I/O error"), "key", "here") is None
