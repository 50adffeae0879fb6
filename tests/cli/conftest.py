"""Running the `gateway` command in-process, through `gateway.cli.main` (the entry point the
console script calls), on a folder made by `gateway init` and the database of `db_url`.

Why through main(): it is what turns a CliError into one line and an exit status; the tests
check exactly what an operator sees, stdout and stderr apart.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from gateway.cli import main
from gateway.cli.context import state
from mappings import path as mapping


@dataclass
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def run(capsys, monkeypatch) -> Run:
    """run("cases", "--json") -> Result; the exit status is 0 unless the command failed."""
    monkeypatch.setenv("COLUMNS", "220")  # rich tables unwrapped

    def _run(*args: str | Path) -> Result:
        monkeypatch.setattr(state, "config_path", None)
        monkeypatch.setattr(state, "_config", None)
        monkeypatch.setattr(sys, "argv", ["gateway", *map(str, args)])
        capsys.readouterr()
        code = 0
        try:
            main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return _run


@pytest.fixture
def site(run: Run, tmp_path: Path, db_url: str, monkeypatch) -> Path:
    """A folder set up by `gateway init`, its database the `db_url` one; EKC_GATEWAY_CONFIG
    names its gateway.toml, so commands need no --config."""
    root = tmp_path / "site"
    assert run("init", root).code == 0
    monkeypatch.setenv("EKC_GATEWAY_CONFIG", str(root / "gateway.toml"))
    monkeypatch.setenv("EKC_GATEWAY_DATABASE_URL", db_url)
    return root


@pytest.fixture
def imported(run: Run, site: Path) -> Path:
    """The site with the shipped agency directory and registry extract imported."""
    assert run("agencies", "import", mapping("agencies.csv")).code == 0
    assert run("registry", "import", mapping("registry.csv")).code == 0
    return site


def write_csv(where: Path, name: str, lines: list[str], bom: bool = False) -> Path:
    target = where / name
    target.write_text(("\ufeff" if bom else "") + "\n".join(lines) + "\n", encoding="utf-8")
    return target
