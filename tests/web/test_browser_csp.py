"""The board under its Content-Security-Policy in a real browser (Playwright, Debian's
chromium, a real `gateway web`): no page has anything the policy blocks (the browser reports
every violation on the console), and what inline handlers used to do still works — the
language switch sends its form, the live log still streams."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.web.conftest import CASE, PASSWORD, Served, copy_site, serve, stop


@pytest.fixture(scope="module")
def board(sqlite_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    site = copy_site(sqlite_site, tmp_path_factory.mktemp("browser-csp") / "site")
    served = serve(site)
    yield served
    assert stop(served) == 0
    site.engine.dispose()


def test_no_page_breaks_the_policy_and_the_language_switch_still_works(page, board):
    said: list[str] = []
    page.on("console", lambda m: said.append(m.text))
    page.on("pageerror", lambda e: said.append(str(e)))
    page.goto(f"{board.url}/login")
    page.fill("input[name=username]", "anna")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{board.url}/")
    q = board.site.quarantined  # and the work-queue pages: a letter, the search, reports
    for path in ("/", "/cases", f"/cases/{CASE}", "/quarantine", "/outbox", "/log", "/tasks",
                 "/cases/no-such-case", f"/messages/in/{q}", "/search?q=minjust", "/reports",
                 "/cases?state=requested&overdue=1"):
        page.goto(f"{board.url}{path}")
        page.wait_for_load_state("networkidle" if path != "/log" else "load")
    blocked = [s for s in said if "Content Security Policy" in s or "Refused to" in s]
    assert blocked == []
    page.goto(f"{board.url}/cases")
    assert page.locator("html").get_attribute("lang") == "ru"
    # the switch posts the form and follows the redirect: the page that comes back is waited
    # for (a loaded machine may still show the old one when the first navigation settles)
    with page.expect_navigation():
        page.select_option("select[name=language]", "kk")
    expect(page.locator("html")).to_have_attribute("lang", "kk")
    with page.expect_navigation():
        page.select_option("select[name=language]", "ru")
    expect(page.locator("html")).to_have_attribute("lang", "ru")
