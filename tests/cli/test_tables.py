"""Tables fit an 80-column terminal: `cases` never cuts a case id (two rows must not read the
same), and `case show` wraps "why this date" under its row rather than a word a line."""

from __future__ import annotations

import json
import re


def test_cases_at_80_columns_shows_every_id_whole(run, imported, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    ids = [c["id"] for c in json.loads(run("cases", "--json").out)]
    out = run("cases", "--today", "2026-12-20").out
    assert all(len(line) <= 80 for line in out.splitlines()), out
    first_cells = [m.group(1) for m in re.finditer(r"^ (\S+)\s+│", out, re.MULTILINE)]
    named = [cell for cell in first_cells if cell in ids]
    assert sorted(named) == sorted(ids), out  # every id whole, once
    assert "00405233-krg-abay" in named and "00405233-krg-temirtau" in named


def test_case_show_wraps_why_this_date_under_its_row(run, imported, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    out = run("case", "show", "00301138-minjust", "--today", "2026-12-20").out
    lines = out.splitlines()
    assert all(len(line) <= 80 for line in lines), out
    rows = [line for line in lines if line.count("│") == 4]
    why = [line.rsplit("│", 1)[-1].strip() for line in rows]
    assert len(rows) <= 5, out  # the reason folds into a few lines, not a word a line
    assert sum(len(w.split()) > 1 for w in why if w) >= len([w for w in why if w]) - 1, out
    assert "(23.11.2026), п. 4 Правил" in " ".join(why), out  # the reason in Russian (#18)
