"""Legacy, open and scanned formats: seconds per document for each, against the underlying
tool's own time on the same input in the same run, printed as ratios.

    .venv/bin/python benchmarks/bench_formats.py

- .doc/.rtf/.odt/.xls/.ods: parsers.api.parse_document against `soffice --convert-to` of the
  same file alone, a cold start each time (the per-file process's cost); ours converts through
  the worker's resident LibreOffice, started by the first document (timed on its own line).
- PNG, JPEG (skewed, noisy), TIFF, image-only PDF: parse_document against the tesseract
  command line on the same page alone (`tesseract page.png - -l kaz+rus+eng --psm 11 tsv`,
  one thread): the ratio shows what rasterising, deskewing, binarising and the table cost.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import best, line  # noqa: E402
from parsers.api import parse_document  # noqa: E402
from parsers.formats import office  # noqa: E402
from parsers.registry import ParseLimits  # noqa: E402
from tests.parsers.formats.scans import (  # noqa: E402
    degraded,
    encoded,
    image_only_pdf,
    pages,
    printed_form,
)
from tests.parsers.forms.builders import docx_form, xlsx_form  # noqa: E402
from tests.parsers.forms.cases import EXECUTOR_RU, NUMBERS, ROWS, RU  # noqa: E402

LIMITS = ParseLimits(seconds_per_document=120)
REPEAT = 2


def office_inputs(root: Path) -> dict[str, bytes]:
    (root / "form.docx").write_bytes(docx_form([[RU, NUMBERS, *ROWS]], after=EXECUTOR_RU))
    (root / "form.xlsx").write_bytes(xlsx_form([RU, NUMBERS, *ROWS], after=EXECUTOR_RU))
    out: dict[str, bytes] = {}
    exe = office.soffice()
    assert exe, "LibreOffice is not installed (make test-deps)"
    for source, targets in (("docx", ("doc", "rtf", "odt")), ("xlsx", ("xls", "ods"))):
        for target in targets:
            with tempfile.TemporaryDirectory() as tmp:
                office.run(office.command(exe, Path(tmp) / "p", target, [root / f"form.{source}"],
                                          root), Path(tmp), LIMITS)
            out[target] = (root / f"form.{target}").read_bytes()
    return out


def soffice_alone(path: Path, target: str) -> None:
    """The tool's own time: one conversion, a fresh profile, nothing else."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([office.soffice() or "soffice", f"-env:UserInstallation=file://{tmp}/p",
                        "--headless", "--norestore", "--convert-to", office.FILTERS[target],
                        "--outdir", tmp, str(path)], capture_output=True, check=True)


def tesseract_alone(png: Path) -> None:
    subprocess.run(["tesseract", str(png), "-", "-l", "kaz+rus+eng", "--psm", "11", "tsv"],
                   capture_output=True, check=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"})


def main() -> None:
    root = Path(tempfile.mkdtemp(prefix="bench-formats-"))
    try:
        print("# legacy and open Office formats (LibreOffice), seconds per document")
        inputs = office_inputs(root)
        t = time.perf_counter()
        parse_document(inputs["doc"], "form.doc", LIMITS)  # starts the worker's converter
        first = time.perf_counter() - t
        tool = best(lambda: soffice_alone(root / "form.doc", "docx"), REPEAT)
        line("first .doc (starts the resident converter)", first, "s", tool,
             "soffice convert alone")
        for fmt, data in inputs.items():
            path = root / f"form.{fmt}"
            ours = best(lambda d=data, f=fmt: parse_document(d, f"form.{f}", LIMITS), REPEAT)
            tool = best(lambda p=path, f=fmt: soffice_alone(p, office.TARGETS[f]), REPEAT)
            line(f".{fmt} form", ours, "s", tool, "soffice convert alone")
        print("# scans and photos (Tesseract kaz+rus+eng), seconds per document")
        [page] = pages(printed_form([RU, NUMBERS, *ROWS], after=EXECUTOR_RU))
        noisy = degraded(page)
        inputs = {"png (clean, 200 dpi)": (encoded([page], "png"), page),
                  "jpeg (skewed, noisy)": (encoded([noisy], "jpeg"), noisy),
                  "tiff (one page)": (encoded([page], "tiff"), page),
                  "pdf without a text layer": (image_only_pdf([page]), page)}
        for name, (data, img) in inputs.items():
            png = root / "page.png"
            img.save(png)
            ours = best(lambda d=data: parse_document(d, "scan", LIMITS), REPEAT)
            tool = best(lambda p=png: tesseract_alone(p), REPEAT)
            line(name, ours, "s", tool, "tesseract CLI on the page")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
