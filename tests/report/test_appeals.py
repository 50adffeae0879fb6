"""Appeals import: good files (CSV, XLSX) stored once, bad files rejected whole with each line
named, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from gateway.records.appeals import APPEALS_HEADER, import_appeals, month_appeals, parse_received
from gateway.records.imports import ImportError_
from gateway.store.schema import appeals
from tests.report.conftest import row, write_csv


def count(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(appeals)).scalar_one()


def test_csv_imported_once(gw, tmp_path):
    _, engine = gw
    rows = [row(n, "mcs" if n % 3 else "minjust") for n in range(12)]
    rows[4][5] = "Многострочный\nтекст, с запятой и «кавычками»"
    file = write_csv(tmp_path / "appeals.csv", rows)
    first = import_appeals(engine, file)
    assert (first.imported, first.skipped) == (12, 0)
    again = import_appeals(engine, file)  # the same export twice does not double the report
    assert (again.imported, again.skipped) == (0, 12)
    assert count(engine) == 12
    with engine.connect() as conn:
        got = list(month_appeals(conn, "2026-10"))
        mcs = list(month_appeals(conn, "2026-10", "mcs"))
    assert len(got) == 12 and len(mcs) == 8
    assert got == sorted(got, key=lambda a: a.received_at)
    assert {a.agency_id for a in mcs} == {"mcs"}
    assert any(a.content == "Многострочный\nтекст, с запятой и «кавычками»" for a in got)
    assert mcs[0].registry_number == "00402674"


def test_xlsx_keeps_the_time(gw, tmp_path):
    _, engine = gw
    wb = Workbook()
    ws = wb.active
    ws.append(APPEALS_HEADER)
    line = row(1, "dsm")
    line[0] = dt.datetime(2026, 10, 7, 14, 35)  # a real date-time cell
    ws.append(line)
    ws.append([])  # blank rows are ignored
    text_time = row(2, "dsm")
    text_time[0] = "08.10.2026 09:05"  # typed as text, Russian style
    ws.append(text_time)
    wb.save(tmp_path / "appeals.xlsx")
    assert import_appeals(engine, tmp_path / "appeals.xlsx").imported == 2
    with engine.connect() as conn:
        times = [a.received_at for a in month_appeals(conn, "2026-10")]
    assert times == [dt.datetime(2026, 10, 7, 14, 35), dt.datetime(2026, 10, 8, 9, 5)]


def test_bad_file_imports_nothing_and_names_every_line(gw, tmp_path):
    _, engine = gw
    rows = [row(n, "mcs") for n in range(4)]
    rows[1][0] = "2026-13-40 25:00"
    rows[2][3] = ""  # no applicant
    rows[2][9] = "nope"  # and an unknown agency
    rows[0][5] = "первая\nвторая"  # a two-line field: later lines are counted as in the file
    file = write_csv(tmp_path / "bad.csv", rows)
    with pytest.raises(ImportError_) as caught:
        import_appeals(engine, file)
    problems = caught.value.problems
    assert len(problems) == 2
    assert problems[0].startswith("line 4: received_at") and "2026-13-40 25:00" in problems[0]
    assert problems[1].startswith("line 5: ")
    assert "applicant is empty" in problems[1] and "'nope'" in problems[1]
    assert count(engine) == 0


@pytest.mark.parametrize(("content", "expected"), [
    ("", "no such file"),
    ("a,b\n1,2\n", "line 1: the header lacks received_at"),
    (b"\xff\xfe bad", "not UTF-8"),
])
def test_unreadable_files(gw, tmp_path, content, expected):
    _, engine = gw
    file = tmp_path / "f.csv"
    if content:
        (file.write_bytes if isinstance(content, bytes) else file.write_text)(content)
    with pytest.raises(ImportError_) as caught:
        import_appeals(engine, file)
    assert expected in caught.value.problems[0]


def test_received_at_forms():
    assert parse_received("2026-10-01 09:15") == dt.datetime(2026, 10, 1, 9, 15)
    assert parse_received("2026-10-01T09:15:30") == dt.datetime(2026, 10, 1, 9, 15, 30)
    assert parse_received("01.10.2026 09:15") == dt.datetime(2026, 10, 1, 9, 15)
    with pytest.raises(ValueError, match="date and time"):
        parse_received("2026-10-01")  # the time is part of column 2
