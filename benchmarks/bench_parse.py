"""Forms per second for DOCX, XLSX and PDF, and the time of a 1-page PDF form, each against the
time the underlying library needs just to open and read the same file (the floor); and letters
per second (the generated corpus's e-mail letters, every kind, Russian and Kazakh) against the
stdlib `email` parse of the same messages alone (message, body, its text).  `gateway parse` of
one DOCX as a command is benchmarks/bench_command.py.

    .venv/bin/python benchmarks/bench_parse.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pdfplumber  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

from benchmarks import bench_forms  # noqa: E402
from benchmarks.common import best, line  # noqa: E402
from parsers.api import parse_document, parse_message  # noqa: E402
from tests.parsers.makers import ROW, RU, docx_bytes, pdf_bytes, xlsx_bytes  # noqa: E402


def main() -> None:
    rows = [RU, [str(i) for i in range(1, 9)], ROW]
    files = {"docx": docx_bytes([rows]), "xlsx": xlsx_bytes(rows), "pdf": pdf_bytes(rows)}

    def floor_docx() -> None:  # unzip + lxml, as bench_forms (the reader no longer uses docx)
        bench_forms.floor_docx(files["docx"])

    def floor_xlsx() -> None:
        wb = load_workbook(io.BytesIO(files["xlsx"]), read_only=True)
        [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
        wb.close()

    def floor_pdf() -> None:
        with pdfplumber.open(io.BytesIO(files["pdf"])) as pdf:
            for page in pdf.pages:
                page.extract_tables()
                page.extract_text()

    floors = {"docx": floor_docx, "xlsx": floor_xlsx, "pdf": floor_pdf}
    print("parse: one Appendix 1 form, best of 5")
    for fmt, data in files.items():
        name = f"form.{fmt}"
        ours = best(lambda d=data, n=name: parse_document(d, n), repeat=5, number=5)
        floor = best(floors[fmt], repeat=5, number=5)
        line(f"{fmt}: seconds per form (ours)", ours, "s", floor, "library open+read")
        line(f"{fmt}: forms per second", 1 / ours, "/s")
    sample = Path(__file__).resolve().parents[2] / "shared/samples/07-responsible-change.eml"
    raw = sample.read_bytes() if sample.exists() else b"From: a@b.kz\r\nSubject: x\r\n\r\nb\r\n"
    import email
    import email.policy

    ours = best(lambda: parse_message(raw), repeat=5, number=50)
    floor = best(lambda: email.message_from_bytes(raw, policy=email.policy.default).get_body(),
                 repeat=5, number=50)
    line("letter (.eml): seconds per message", ours, "s", floor, "email parse alone")
    letters_per_second()


def letters_per_second() -> None:
    """The corpus's letters in e-mails, parsed whole (kind weighed, fields read), against the
    stdlib parse of the same messages (headers, body found, its text decoded)."""
    import email
    import email.policy

    from tests.parsers.corpus import generate

    mails = [c.data for c in generate(seed=12, count=350)
             if c.name.endswith(".eml") and c.key["documents"][0]["part"] == "body"]

    def ours() -> None:
        for raw in mails:
            parse_message(raw)

    def stdlib() -> None:
        for raw in mails:
            body = email.message_from_bytes(raw, policy=email.policy.default).get_body(
                ("plain", "html"))
            if body is not None:
                body.get_content()

    t_ours = best(ours, repeat=5)
    t_floor = best(stdlib, repeat=5)
    print(f"letters: {len(mails)} e-mails of the generated corpus, best of 5")
    line("letters per second (ours)", len(mails) / t_ours, "/s", len(mails) / t_floor,
         "email parse alone")
    line("email parse alone: messages per second", len(mails) / t_floor, "/s")


if __name__ == "__main__":
    main()
