"""A letter naming no service and answering no letter of ours goes to the agency's one case
that awaits its kind, and to none when several or none do (gateway.processing.expectations)."""

from __future__ import annotations

import pytest

from gateway.processing.expectations import only_case_awaiting

CASES = [("a", "info_received"), ("b", "consulting"), ("c", "requested")]


@pytest.mark.parametrize(("kind", "case"), [
    ("training_protocol", "a"),  # only a waits for a protocol
    ("change_notice", None),  # a and b may both take one: ambiguous
    ("refusal", None),  # a and c
    ("other", None),  # nothing to route
])
def test_the_one_case_that_awaits(kind: str, case: str | None) -> None:
    assert only_case_awaiting(CASES, kind) == case
