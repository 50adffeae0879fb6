"""A board on a real store: the shipped directory and registry (plus one old case, overdue),
one quarantined letter, two operators; served in-process (Starlette's TestClient over httpx) on
SQLite and PostgreSQL, or as a real `gateway web` subprocess for the browser.

TODAY is fixed so "overdue" is the same whatever the date: the shipped cases (registered on
23-27.11.2026) are still within p.4's three working days; OLD_CASE (02.11.2026) is not.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine

from gateway.config import Config, load
from mappings import path as mapping

TODAY = dt.date(2026, 11, 25)
OLD_CASE = "00701003-minjust"
CASE = "00301138-minjust"
PASSWORD = "correct horse battery"
FORM_ROW = ["1", "00301138", "Государственная регистрация рождения ребенка", "Стандарт № 219",
            "Регламент № 300", "—", "www.minjust.gov.kz",
            "Ахметов Ерлан Серикович, ведущий специалист, тел. +7 (7172) 74-00-11, "
            "e-mail: e.akhmetov@minjust.gov.kz"]


@dataclass
class Site:
    root: Path
    cfg: Config
    engine: Engine
    quarantined: int  # the inbound id of the letter waiting in quarantine

    @property
    def toml(self) -> Path:
        return self.root / "gateway.toml"


def build_site(root: Path, db_url: str) -> Site:
    from gateway.delivery.requests import queue_requests
    from gateway.intake.inbound import commit_inbound
    from gateway.processing.worker import process_pending
    from gateway.records.imports import import_agencies, import_registry
    from gateway.store import make_engine
    from gateway.store.migrate import upgrade
    from gateway.web import operators
    from tests.parsers.makers import RU, docx_bytes
    from tests.processing.conftest import letter

    root.mkdir(parents=True, exist_ok=True)
    # SQLite: the default file in data/, so a copy of the folder is a copy of the site
    url_line = "" if db_url.startswith("sqlite") else f'database_url = "{db_url}"\n'
    (root / "gateway.toml").write_text(
        f'data_dir = "data"\n{url_line}'
        '[trust]\ntrusted_authserv_ids = ["mx.ekc.example.kz"]\n'
        '[web]\nlisten = "127.0.0.1:0"\n', encoding="utf-8")
    registry = root / "registry.csv"
    shutil.copy(mapping("registry.csv"), registry)
    with registry.open("a", encoding="utf-8") as fh:
        fh.write("00701003,Выдача справки о несудимости,Сотталмағандығы туралы анықтама беру,"
                 "minjust,Стандарт № 219,2026-11-02\n")
    cfg = load(root / "gateway.toml")
    engine = make_engine(cfg.db_url)
    upgrade(engine)
    import_agencies(engine, cfg, mapping("agencies.csv"))
    import_registry(engine, cfg, registry)
    queue_requests(engine, cfg, 100)  # the outbox pass writes the p.4 requests
    # the agency's form, but from an address that cannot prove it is the agency's: quarantined
    raw = letter("kanc@minjust.gov.kz", "Форма по услуге", "Направляем форму.",
                 attachments=[("form.docx", docx_bytes([[RU, FORM_ROW]]))])
    iid = commit_inbound(engine, origin_key="smtp:web-1", source="smtp", raw=raw)[0]
    process_pending(engine, cfg, today=TODAY)
    operators.add(engine, "anna", "operator", PASSWORD)
    operators.add(engine, "viktor", "viewer", PASSWORD)
    return Site(root, cfg, engine, iid)


@pytest.fixture(scope="session")
def sqlite_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The SQLite site built once (the registry import is most of the work), copied per test."""
    root = tmp_path_factory.mktemp("web-template") / "site"
    build_site(root, "sqlite").engine.dispose()
    return root


def copy_site(template: Path, root: Path) -> Site:
    from gateway.store import make_engine

    shutil.copytree(template, root)
    cfg = load(root / "gateway.toml")
    with make_engine(cfg.db_url).connect() as conn:
        from sqlalchemy import select

        from gateway.store.schema import inbound

        iid = int(conn.execute(select(inbound.c.id).where(
            inbound.c.origin_key == "smtp:web-1")).scalar_one())
    return Site(root, cfg, make_engine(cfg.db_url), iid)


@pytest.fixture
def site(db_url: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Site]:
    if db_url.startswith("sqlite"):
        s = copy_site(request.getfixturevalue("sqlite_site"), tmp_path / "site")
    else:
        s = build_site(tmp_path / "site", db_url)
    yield s
    s.engine.dispose()


@pytest.fixture
def client(site: Site):  # type: ignore[no-untyped-def]
    from starlette.testclient import TestClient

    from gateway.web.app import build_app

    app = build_app(site.cfg, site.engine, today=TODAY, watch_seconds=0)
    with TestClient(app, base_url="http://127.0.0.1:8080", follow_redirects=False) as c:
        yield c


def log_in(client: httpx.Client, name: str = "anna", password: str = PASSWORD) -> str:
    """Log in; the CSRF token of the session (read from a page's form)."""
    r = client.post("/login", data={"username": name, "password": password})
    assert r.status_code == 303, r.text
    page = client.get("/cases")
    found = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert found, page.text[:500]
    return found.group(1)


# -- a real `gateway web` ---------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def gateway(*args: str) -> list[str]:
    return [sys.executable, "-c", "from gateway.cli import main; main()", *args]


@dataclass
class Served:
    site: Site
    url: str
    proc: subprocess.Popen[bytes]


def serve(site: Site, *extra: str, command: str = "web", port: int = 0) -> Served:
    port = port or free_port()
    listen = f"127.0.0.1:{port}"
    args = ["--config", str(site.toml), command]
    args += ["--listen", listen, "--today", TODAY.isoformat()] if command == "web" else []
    env = os.environ | {"PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(gateway(*args, *extra), env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    url = f"http://{listen}"
    for _ in range(300):
        if proc.poll() is not None:
            raise AssertionError(f"gateway {command} exited: {proc.stderr.read().decode()}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code in (200, 503):
                return Served(site, url, proc)
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError(f"gateway {command} did not answer on {url}")


def stop(served: Served) -> int:
    served.proc.terminate()
    try:
        return served.proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        served.proc.kill()
        raise


# -- a real browser ---------------------------------------------------------------------------

CHROMIUM = "/usr/bin/chromium"  # Debian's (make test-deps); Playwright cannot download its own
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):  # type: ignore[no-untyped-def]
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test-deps` installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, request, tmp_path_factory):  # type: ignore[no-untyped-def]
    """A fresh browser context (no cookies); a screenshot of the page when the test fails."""
    context = browser.new_context(locale="ru-RU")
    context.set_default_timeout(15_000)
    pg = context.new_page()
    yield pg
    rep = getattr(request.node, "rep_call", None)
    if rep is not None and rep.failed:
        shots = tmp_path_factory.mktemp("screenshots")
        target = shots / f"{request.node.name}.png"
        pg.screenshot(path=str(target), full_page=True)
        print(f"\nscreenshot of the failure: {target}")
    context.close()
