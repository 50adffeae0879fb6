"""A gateway database with the shipped agency directory, on SQLite and PostgreSQL, and a way to
write an appeals file."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from gateway.config import Config
from gateway.records.appeals import APPEALS_HEADER
from gateway.records.imports import import_agencies
from mappings import path


@pytest.fixture
def gw(db_engine, tmp_path):
    cfg = Config(data_dir=str(tmp_path / "data"))
    import_agencies(db_engine, cfg, path("agencies.csv"))
    return cfg, db_engine


def row(n: int, agency: str, when: str = "2026-10-{day:02d} {hour:02d}:15") -> list[str]:
    """One appeal line in the import header's order."""
    return [when.format(day=1 + n % 28, hour=8 + n % 10), "Сейтжанова А.",
            "Карагандинская область", f"Заявитель {n}", "жалоба",
            f"Срок оказания услуги нарушен, обращение {n}", f"Дан ответ, запрос № {n}",
            "да" if n % 2 else "", "", agency, "00402674" if agency == "mcs" else ""]


def write_csv(target: Path, rows: list[list[str]], header: list[str] = APPEALS_HEADER) -> Path:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([header, *rows])
    target.write_text(out.getvalue(), encoding="utf-8")
    return target
