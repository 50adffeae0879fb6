"""The shared sample forms 01-04 read by the format parsers directly (no CLI, no MIME), each
compared with its answer key exactly: no normalisation of either side, unlike the scorer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from parsers.registry import ParseLimits, get

SAMPLES = (Path(__file__).resolve().parents[3] / "../shared/samples").resolve()
FORMS = ["01-form-1row.docx", "02-form-3rows.docx", "03-form-1row.pdf", "04-form-2rows.pdf"]


def differences(key: Any, got: Any, where: str = "") -> list[str]:
    """Where `got` differs from the key (only the fields the key names)."""
    if isinstance(key, dict):
        if not isinstance(got, dict):
            return [f"{where}: {got!r} is not an object"]
        return [d for k, v in key.items() for d in differences(v, got.get(k), f"{where}.{k}")]
    if isinstance(key, list):
        if not isinstance(got, list) or len(got) != len(key):
            return [f"{where}: {len(got) if isinstance(got, list) else got!r} items, "
                    f"expected {len(key)}"]
        return [d for n, (k, g) in enumerate(zip(key, got, strict=True))
                for d in differences(k, g, f"{where}[{n}]")]
    return [] if key == got else [f"{where}: {got!r} != {key!r}"]


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="../shared/samples is not beside the repository")
@pytest.mark.parametrize("name", FORMS)
def test_sample_form(name: str) -> None:
    key = json.loads((SAMPLES / f"{name}.expected.json").read_text(encoding="utf-8"))
    fmt = name.rsplit(".", 1)[1]
    parser = get(fmt)
    assert parser is not None
    docs = parser((SAMPLES / name).read_bytes(), name, ParseLimits())
    got = [d.model_dump(mode="json") for d in docs]
    assert differences(key["documents"], got) == []
