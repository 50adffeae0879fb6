"""Our own strict address and Message-ID checks (Python 3.11.7's email parser is lenient)."""

from __future__ import annotations

import pytest

from outbound.compose import build
from outbound.headers import BadAddress, BadHeader, address, clean, is_address, message_id
from tests.outbound.messages.test_compose import envelope

GOOD = ["kanc@minjust.gov.kz", "First.Last+tag@akimat.kz", "a_b-c@sub.domain-1.kz",
        "  Kense@MCS.gov.kz  "]
BAD = ["", "kanc", "@minjust.gov.kz", "kanc@", "a@b", "a..b@c.kz", ".a@c.kz", "a@-c.kz",
       "a b@c.kz", '"a"@c.kz', "a@b@c.kz", "a@c.kz\r\nBcc: x@y.kz", "a@c.kz\nx",
       "Иван <a@c.kz>", "a@c.kz, b@c.kz", "a(comment)@c.kz", "@route:a@c.kz", "a@[1.2.3.4]",
       "a@c.kz\x00", "иван@почта.kz", "a@" + "x" * 64 + ".kz"]


@pytest.mark.parametrize("value", GOOD)
def test_plain_addresses_pass_lower_cased(value):
    assert address(value) == value.strip().lower() and is_address(value)


@pytest.mark.parametrize("value", BAD)
def test_anything_else_is_refused(value):
    assert not is_address(value)
    with pytest.raises(BadAddress, match="not a valid e-mail address"):
        address(value)


def test_a_bad_recipient_never_reaches_the_message():
    with pytest.raises(BadAddress):
        build(envelope(to=["kanc@minjust.gov.kz", "x@y.kz\r\nBcc: victim@evil.kz"]), "s", "b")
    with pytest.raises(BadAddress):
        build(envelope(sender="ekc@example.kz>\r\nBcc: victim@evil.kz"), "s", "b")


def test_clean_keeps_one_line():
    assert clean("a\r\nb\tc\x00d") == "a b c d"
    assert clean("x" * 2000, 10) == "x" * 10


@pytest.mark.parametrize("value,expected", [
    ("<1.2.3@example.kz>", "<1.2.3@example.kz>"),
    ("abc@example.kz", "<abc@example.kz>"),
    ("<a@[127.0.0.1]>", "<a@[127.0.0.1]>"),
])
def test_message_ids_well_formed(value, expected):
    assert message_id(value) == expected


@pytest.mark.parametrize("value", ["<a b@c>", "<a@c>\r\nBcc: x", "<a@c> <d@e>", "<>", "<@c>",
                                   "<a@>", "<а@с>"])
def test_message_ids_malformed(value):
    with pytest.raises(BadHeader):
        message_id(value)
    assert message_id(value, strict=False) == ""
