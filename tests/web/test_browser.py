"""The board in a real browser (Playwright driving Debian's chromium) against a real
`gateway web` process on a real SQLite store: log in, find an overdue case and open it, release
a quarantined letter to a case and see the case move, a viewer refused, the live log showing a
new event without a reload.  A failing test leaves a screenshot (its path is printed)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.web.conftest import (
    CASE,
    OLD_CASE,
    PASSWORD,
    TODAY,
    Served,
    copy_site,
    serve,
    stop,
)


@pytest.fixture(scope="module")
def board(sqlite_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    site = copy_site(sqlite_site, tmp_path_factory.mktemp("browser") / "site")
    served = serve(site)
    yield served
    assert stop(served) == 0
    site.engine.dispose()


def log_in(page, board: Served, name: str = "anna") -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{board.url}/")
    assert page.url.endswith("/login")
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{board.url}/")


def test_a_wrong_password_stays_on_the_form(page, board):
    page.goto(f"{board.url}/login")
    page.fill("input[name=username]", "anna")
    page.fill("input[name=password]", "not the password")
    page.click("button[type=submit]")
    assert page.locator("#login-error").is_visible()
    page.goto(f"{board.url}/cases")
    assert page.url.endswith("/login")


def test_find_an_overdue_case_and_open_its_timeline(page, board):
    log_in(page, board)
    assert page.locator("#overdue-by-paragraph").inner_text().count("п.4") == 1
    page.click("nav >> text=Дела")
    assert page.locator("#cases tbody tr").count() > 1
    page.check("input[name=overdue]")  # htmx swaps the table in place
    expect(page.locator("#cases tbody tr")).to_have_count(1)
    assert "overdue=1" in page.url
    row = page.locator(f'tr[data-case="{OLD_CASE}"]')
    assert "Просрочено" in row.inner_text()
    row.locator("a").first.click()
    page.wait_for_url(re.compile(f"/cases/{OLD_CASE}$"))
    timeline = page.locator("#timeline").inner_text()
    assert "п.4" in timeline and "05.11.2026" in timeline and "Просрочено" in timeline


def test_release_a_quarantined_letter_to_a_case_and_see_the_case_move(page, board):
    from gateway.processing.worker import process_pending

    site = board.site
    log_in(page, board)
    page.goto(f"{board.url}/cases/{CASE}")
    assert page.locator("#case-state").get_attribute("data-state") != "info_received"
    page.click("nav >> text=Карантин")
    row = page.locator(f'tr[data-inbound="{site.quarantined}"]')
    assert "kanc@minjust.gov.kz" in row.inner_text()
    row.locator("input[name=case]").fill(CASE)
    row.locator("input[name=reason]").first.fill("подтвердили по телефону")
    row.locator("form[data-release] button").click()
    page.wait_for_selector("#notice")
    assert f"#{site.quarantined}" in page.locator("#notice").inner_text()
    assert page.locator(f'tr[data-inbound="{site.quarantined}"]').count() == 0
    process_pending(site.engine, site.cfg, today=TODAY)  # the gateway's next pass
    page.goto(f"{board.url}/cases/{CASE}")
    assert page.locator("#case-state").get_attribute("data-state") == "info_received"
    assert "Ахметов Ерлан Серикович" in page.content()
    assert "anna" in page.locator("#history").inner_text()


def test_a_viewer_reads_and_is_refused_every_action(page, board):
    log_in(page, board, "viktor")
    page.goto(f"{board.url}/quarantine")
    assert page.locator("form[data-release]").count() == 0
    token = page.locator("input[name=csrf]").first.get_attribute("value")
    status = page.evaluate(
        """async ([token]) => {
            const body = new URLSearchParams({csrf: token, reason: "x"});
            const r = await fetch("/outbox/1/retry", {method: "POST", body});
            return r.status;
        }""", [token])
    assert status == 403


def test_the_live_log_shows_a_new_event_without_a_reload(page, board):
    from gateway.runtime.statuslog import record

    site = board.site
    log_in(page, board)
    page.click("nav >> text=Журнал")
    page.evaluate("window.__same_page = true")
    with site.engine.begin() as conn:
        record(conn, site.cfg, kind="test_event", case_id=CASE, paragraph="8",
               summary="Проверка живого журнала")
    page.wait_for_selector("#log-rows tr[data-kind=test_event]")
    first = page.locator("#log-rows tr").first.inner_text()
    assert "Проверка живого журнала" in first and "п.8" in first
    assert page.evaluate("window.__same_page") is True  # no reload happened
