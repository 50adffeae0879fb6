"""The board on a phone and for everyone: every page at 390×844 (a screenshot of each, no
sideways scrolling, tables shown as lists, the menu wrapped), an accessibility check by
axe-core (vendored under tests/web/axe/) with no serious or critical violation in Russian and
Kazakh, and the main flows by keyboard (a skip link, shortcuts)."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.web.conftest import CASE, PASSWORD, Served, copy_site, serve, stop

AXE = Path(__file__).resolve().parent / "axe" / "axe.min.js"
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def board(sqlite_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    site = copy_site(sqlite_site, tmp_path_factory.mktemp("phone") / "site")
    served = serve(site)
    yield served
    assert stop(served) == 0
    site.engine.dispose()


def pages(board: Served) -> list[str]:
    q = board.site.quarantined
    return ["/", "/cases", f"/cases/{CASE}", "/quarantine", f"/messages/in/{q}", "/outbox",
            "/log", "/tasks", "/reports", "/search?q=minjust"]


def log_in(page, board: Served, name: str = "anna") -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{board.url}/login")
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("form.login button[type=submit]")
    page.wait_for_url(f"{board.url}/")


def png_size(shot: bytes) -> tuple[int, int]:
    assert shot[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", shot[16:24])
    return width, height


def test_every_page_fits_a_phone(browser, board, tmp_path):
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, locale="ru-RU",
                                  is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        log_in(page, board)
        assert "width=device-width" in page.locator("meta[name=viewport]").get_attribute(
            "content")
        for path in pages(board):
            page.goto(f"{board.url}{path}")
            wide = page.evaluate("document.documentElement.scrollWidth")
            assert wide <= PHONE["width"], f"{path} is {wide}px wide on a 390px phone"
            name = path.strip("/").replace("/", "_").replace("?", "_") or "dashboard"
            shot = page.screenshot(full_page=True, path=str(tmp_path / f"{name}.png"))
            assert png_size(shot)[0] == PHONE["width"]
        # the menu wraps onto more lines instead of running off the screen
        page.goto(f"{board.url}/cases")
        nav = page.locator("nav[aria-label]").bounding_box()
        assert nav and nav["width"] <= PHONE["width"] and nav["height"] > 40
        # a table is a list: each cell on its own line, labelled with its column
        cell = page.locator("#cases tbody tr").first.locator("td").nth(1)
        assert cell.evaluate("e => getComputedStyle(e).display") == "block"
        assert cell.get_attribute("data-label") == "Дело"
    finally:
        context.close()


def _axe(page) -> list[dict]:  # type: ignore[no-untyped-def,type-arg]
    page.add_script_tag(path=str(AXE))
    found = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ["violations"]});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                       nodes: v.nodes.slice(0, 3).map(n => n.html)}));
    }""")
    return [v for v in found if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1280, "height": 900}],
                         ids=["phone", "desktop"])
def test_no_serious_accessibility_violation(browser, board, viewport):
    # axe is injected as an inline script, which the board's Content-Security-Policy rightly
    # refuses: this context lets the test's own script in (tests/web/test_browser_csp.py checks
    # the board under its policy)
    context = browser.new_context(viewport=viewport, locale="ru-RU", bypass_csp=True)
    page = context.new_page()
    try:
        page.goto(f"{board.url}/login")
        assert not _axe(page), "login"
        log_in(page, board)
        for language in ("ru", "kk"):
            page.goto(f"{board.url}/")
            page.select_option("#language-choice", language)
            expect(page.locator("html")).to_have_attribute("lang", language)
            for path in pages(board):
                page.goto(f"{board.url}{path}")
                bad = _axe(page)
                assert not bad, f"{language} {path}: {bad}"
        page.select_option("#language-choice", "ru")
        expect(page.locator("html")).to_have_attribute("lang", "ru")
        # the check sees what it is for: a field without a label, a page without a language
        page.set_content("<html><head><title>x</title></head><body><main><input>"
                         "</main></body></html>")
        assert {v["id"] for v in _axe(page)} >= {"label", "html-has-lang"}
    finally:
        context.close()


def test_the_main_flows_by_keyboard(page, board):
    log_in(page, board)
    page.keyboard.press("Tab")  # the first stop is the skip link
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    for key, path in (("c", "/cases"), ("q", "/quarantine"), ("o", "/outbox"), ("l", "/log"),
                      ("d", "/")):
        page.keyboard.press("g")
        page.keyboard.press(key)
        page.wait_for_url(f"{board.url}{path}")
    # a list by keyboard: j to the first row, x ticks it, j k move, Enter opens
    page.goto(f"{board.url}/quarantine")
    page.keyboard.press("j")
    page.keyboard.press("x")
    assert page.locator("#quarantine tbody tr").first.locator("input[name=id]").is_checked()
    page.keyboard.press("Enter")
    page.wait_for_url(f"{board.url}/messages/in/{board.site.quarantined}")
    page.goto(f"{board.url}/cases")
    page.keyboard.press("j")
    page.keyboard.press("j")
    page.keyboard.press("k")
    first = page.locator("#cases tbody tr").first.get_attribute("data-case")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{board.url}/cases/{first}")
    page.goto(f"{board.url}/cases")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.name") == "q"
    page.keyboard.type("несудим")
    page.keyboard.press("Enter")
    expect(page.locator("#cases tbody tr")).to_have_count(1)
    # the language switch keeps the page and its filters
    url = page.url
    page.select_option("#language-choice", "kk")
    expect(page.locator("html")).to_have_attribute("lang", "kk")
    assert page.url == url and page.locator("#cases tbody tr").count() == 1
    page.select_option("#language-choice", "ru")
    expect(page.locator("html")).to_have_attribute("lang", "ru")
