"""`gateway init DIR`: a commented gateway.toml with every contract key and its default, the data
folder, and refusal to write into a folder that already holds something."""

from __future__ import annotations

import re
import tomllib

from gateway.config import load

CONTRACT_KEYS = {
    "": ["data_dir", "database_url", "timezone", "quality_control_agency", "sender_address"],
    "smtp_listener": ["listen", "recipients"],
    "smtp_relay": ["host", "port", "starttls", "username", "password_env"],
    "edoc": ["root"],
}
IMAP_KEYS = ["name", "host", "port", "ssl", "username", "password_env", "folders"]


def test_init_writes_a_working_default_configuration(run, tmp_path):
    root = tmp_path / "d"
    result = run("init", root)
    assert result.code == 0, result.err
    assert (root / "data").is_dir()
    text = (root / "gateway.toml").read_text(encoding="utf-8")
    parsed = tomllib.loads(text)
    for section, keys in CONTRACT_KEYS.items():
        table = parsed[section] if section else parsed
        assert set(keys) <= set(table), (section, set(keys) - set(table))
    assert "imap" not in parsed  # no mailbox by default ...
    for key in IMAP_KEYS:  # ... but a commented example of every key
        assert re.search(rf"^# {key} = ", text, re.M), key
    assert re.search(r"^# \[\[imap\]\]", text, re.M)
    assert sum(line.lstrip().startswith("#") for line in text.splitlines()) > 10  # commented

    cfg = load(root / "gateway.toml")
    assert cfg.data_path == (root / "data").resolve()
    assert cfg.db_url.startswith("sqlite:///") and str(cfg.data_path) in cfg.db_url
    assert cfg.smtp_listener is not None and cfg.smtp_listener.listen == "127.0.0.1:2525"
    assert (cfg.smtp_relay.host, cfg.smtp_relay.port) == ("127.0.0.1", 2526)
    assert cfg.edoc_root == (root / "data" / "edoc").resolve()
    assert cfg.imap == [] and cfg.timezone == "Asia/Almaty" and cfg.quality_control_agency == "qc"


def test_init_accepts_an_empty_folder_and_refuses_a_used_one(run, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run("init", empty).code == 0

    used = tmp_path / "used"
    used.mkdir()
    (used / "notes.txt").write_text("mine", encoding="utf-8")
    result = run("init", used)
    assert result.code == 1
    assert result.err.count("\n") == 1 and "not an empty folder" in result.err
    assert sorted(p.name for p in used.iterdir()) == ["notes.txt"]

    again = run("init", empty)  # a second init never overwrites a configuration
    assert again.code == 1 and "Traceback" not in again.err

    a_file = tmp_path / "file"
    a_file.write_text("x", encoding="utf-8")
    assert run("init", a_file).code == 1


def test_a_command_without_configuration_says_so_in_one_line(run, tmp_path, monkeypatch):
    monkeypatch.delenv("EKC_GATEWAY_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    result = run("cases")
    assert result.code == 2
    assert result.err.startswith("error: ") and result.err.count("\n") == 1
    assert "gateway.toml" in result.err and "Traceback" not in result.err
