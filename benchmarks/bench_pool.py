"""The reader pool's cost: a 1-page PDF form (and a DOCX form, a message carrying it) read
through parsers.api, every reader in a warm pool worker with its time and memory limits,
against the same bytes read by the library in this process, in the same run.  Aim: the PDF form
well under 150 ms, the pool adding a few milliseconds to what pdfplumber itself takes.

    .venv/bin/python benchmarks/bench_pool.py

Also printed: the cold start (forkserver up, readers imported, the first worker forked), which
a long-running gateway pays once, and a worker replaced after an overrun.
"""

from __future__ import annotations

import dataclasses
import io
import sys
import time
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pdfplumber  # noqa: E402

from benchmarks.common import best, line  # noqa: E402
from parsers import pool  # noqa: E402
from parsers.api import parse_document, parse_message  # noqa: E402
from parsers.document import build_document  # noqa: E402
from parsers.formats import docx as docx_format  # noqa: E402
from parsers.formats import pdf as pdf_format  # noqa: E402
from parsers.registry import DocumentRejected, ParseLimits  # noqa: E402
from tests.parsers.containers import jobs  # noqa: E402
from tests.parsers.forms.builders import docx_form, pdf_form  # noqa: E402
from tests.parsers.forms.cases import EXECUTOR_RU, NUMBERS, ROWS, RU  # noqa: E402

LIMITS = ParseLimits()


def raw_pdfplumber(data: bytes) -> None:
    """What pdfplumber needs to read the page's tables and text, in this process."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_tables()
            page.extract_text()


def message_with(name: str, data: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"] = "kanc@minjust.gov.kz"
    msg["Subject"] = "Приложение 1"
    msg.set_content("Направляем заполненную форму.")
    msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return msg.as_bytes()


def main() -> None:
    rows = [RU, NUMBERS, *ROWS]
    pdf = pdf_form(rows, after=EXECUTOR_RU)
    docx = docx_form([rows], after=EXECUTOR_RU)

    began = time.perf_counter()
    [doc] = parse_document(pdf, "form.pdf").documents
    cold = time.perf_counter() - began
    assert doc.kind == "appendix1_form" and len(doc.services) == 3, doc
    pool.warm(LIMITS, 2)

    print("reader pool: one Appendix 1 form with 3 services, best of 5 rounds")
    line("cold start: first PDF form, ms", cold * 1000, "ms")
    raw = best(lambda: raw_pdfplumber(pdf), 5, 5)
    ours = best(lambda: parse_document(pdf, "form.pdf"), 5, 5)
    inside = best(lambda: build_document("form.pdf", *pdf_format._extract(pdf, 50)), 5, 5)
    trip = best(lambda: pool.in_worker(jobs.pid, limits=LIMITS), 5, 50)
    line("1-page PDF form via the pool: ms", ours * 1000, "ms", raw * 1000,
         "raw pdfplumber read")
    line("1-page PDF form read in process: ms", inside * 1000, "ms", raw * 1000,
         "raw pdfplumber read")
    line("the pool's round trip (an empty job): ms", trip * 1000, "ms")

    in_process = best(lambda: docx_format.parse_docx(docx, "form.docx", LIMITS), 5, 20)
    pooled = best(lambda: parse_document(docx, "form.docx"), 5, 20)
    line("DOCX form via the pool: ms", pooled * 1000, "ms", in_process * 1000,
         "the reader in process")

    raw_msg = message_with("form.pdf", pdf)
    result = parse_message(raw_msg)
    assert [d.kind for d in result.documents] == ["appendix1_form"], result
    message = best(lambda: parse_message(raw_msg), 5, 5)
    line("message + 1-page PDF form via the pool: ms", message * 1000, "ms", ours * 1000,
         "the PDF alone via the pool")

    slow = dataclasses.replace(LIMITS, seconds_per_document=0.2)
    began = time.perf_counter()
    try:
        pool.in_worker(jobs.sleep, 5, limits=slow)
    except DocumentRejected as exc:
        assert exc.code == "too_slow"
    overrun = time.perf_counter() - began
    began = time.perf_counter()
    parse_document(pdf, "form.pdf")
    replaced = time.perf_counter() - began
    line("overrun of a 0.2 s limit answered in: ms", overrun * 1000, "ms")
    line("next PDF form after the kill: ms", replaced * 1000, "ms", ours * 1000,
         "a warm worker")


if __name__ == "__main__":
    main()
