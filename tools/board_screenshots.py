"""The README's pictures of the board, made from the demo: the dashboard and a case on a
desktop, the dashboard and the quarantine on a phone (390×844).

    .venv/bin/python tools/board_screenshots.py [--out docs/board] [--days 20]

Why a script: the pictures must show the board as it is; after a change of the pages one
command makes them again (`gateway demo` plays the correspondence, `gateway web` serves it,
Debian's chromium under Playwright takes the pictures).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

CHROMIUM = "/usr/bin/chromium"
PASSWORD = "screenshots only, not a real one"


def gateway(*args: str, env: dict[str, str] | None = None,
            background: bool = False) -> subprocess.Popen[bytes] | None:
    cmd = [sys.executable, "-c", "from gateway.cli import main; main()", *args]
    if background:
        return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    return None


def busiest_case(config: Path) -> str:
    """The case furthest along with the longest history: the one that shows the most."""
    from sqlalchemy import func, select

    from gateway.config import load
    from gateway.store import make_engine
    from gateway.store.schema import cases, events

    engine = make_engine(load(config).db_url)
    along = select(cases.c.id).where(cases.c.state.in_(("info_received", "accepted",
                                                         "consulting")))
    with engine.connect() as conn:
        return str(conn.execute(select(events.c.case_id).where(events.c.case_id.in_(along))
                                .group_by(events.c.case_id)
                                .order_by(func.count().desc(), events.c.case_id)
                                .limit(1)).scalar_one())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/board"))
    parser.add_argument("--days", type=int, default=20)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        demo = Path(tmp) / "demo"
        gateway("demo", "--dir", str(demo), "--days", str(args.days))
        config = demo / "gateway.toml"
        env = os.environ | {"EKC_OPERATOR_PASSWORD": PASSWORD}
        gateway("--config", str(config), "operators", "add", "anna", "--role", "operator",
                env=env)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        today = dt.date.today() + dt.timedelta(days=args.days)
        server = gateway("--config", str(config), "web", "--listen", f"127.0.0.1:{port}",
                         "--today", today.isoformat(), background=True)
        assert server is not None
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    httpx.get(f"{url}/healthz", timeout=1)
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            case = busiest_case(config)
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM,
                                            args=["--no-sandbox", "--disable-gpu"])
                for name, viewport, paths in (
                        ("desktop", {"width": 1280, "height": 900},
                         [("dashboard", "/"), ("case", f"/cases/{case}")]),
                        ("phone", {"width": 390, "height": 844},
                         [("dashboard-phone", "/"), ("quarantine-phone", "/quarantine")])):
                    context = browser.new_context(viewport=viewport, locale="ru-RU")
                    page = context.new_page()
                    page.goto(f"{url}/login")
                    page.fill("input[name=username]", "anna")
                    page.fill("input[name=password]", PASSWORD)
                    page.click("form.login button[type=submit]")
                    page.wait_for_url(f"{url}/")
                    for shot, path in paths:
                        page.goto(f"{url}{path}")
                        page.screenshot(path=str(args.out / f"{shot}.png"))
                        print(args.out / f"{shot}.png", f"({name})")
                    context.close()
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=20)


if __name__ == "__main__":
    main()
